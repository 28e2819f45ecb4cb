"""Reading the native file, ``.opsflow``: parse -> migrate -> validate -> build.

Every failure is one LoadError naming the file and what is wrong; the file is never changed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, cast

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ...i18n import tr
from ...model import Document, Project, find_violations
from ...model.errors import reason
from ..errors import InvalidProjectError, LoadError
from ..progress import Progress, Tracker
from .migrations import CURRENT_FORMAT_VERSION, MigrationError, migrate

FILE_SUFFIX = ".opsflow"
FORMAT_NAME = "opsflow"
# A real project of 20,000 steps is about 25 MB; anything far bigger is not a project file.
MAX_FILE_BYTES = 256 * 1024 * 1024
_MAX_REPORTED_PROBLEMS = 10


# The phases of a load and their share of its time (measured on a 200,000-step file: parsing 5.7 s, validating
# 10 s, the invariants 1.6 s), for a progress bar that moves as the work does.
_PHASES = {"read": 2, "parse": 30, "migrate": 1, "validate": 55, "check": 10}


def load_project(path: str | Path, progress: Progress | None = None) -> Project:
    """Read, migrate and validate a project file. Raises LoadError; never changes the file. ``progress`` is
    told after each phase and may cancel between them (Cancelled)."""
    path = Path(path)
    tracker = Tracker(progress, sum(_PHASES.values()))
    raw = _read_bytes(path)
    tracker.advance(_PHASES["read"])
    data = _parse(path, raw)
    del raw
    tracker.advance(_PHASES["parse"])
    data = _check_version_and_migrate(path, data)
    tracker.advance(_PHASES["migrate"])
    project = _validate(path, data["project"])
    del data
    tracker.advance(_PHASES["validate"])
    violations = find_violations(project)
    tracker.advance(_PHASES["check"])
    if violations:
        raise InvalidProjectError(
            path,
            tr("The file is inconsistent ({count} problems).", count=len(violations)),
            [str(v) for v in violations[:_MAX_REPORTED_PROBLEMS]] + _more(len(violations)),
        )
    return project


def load_document(path: str | Path) -> Document:
    return Document(load_project(path))


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise LoadError(path, tr("This is a folder, not a project file."))
        if path.exists() and not path.is_file():
            # A device, pipe or socket: reading could block forever or never end.
            raise LoadError(path, tr("This is not a regular file."))
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise LoadError(path, tr("The file does not exist.")) from None
    except PermissionError:
        raise LoadError(path, tr("You do not have permission to read this file.")) from None
    except OSError as exc:
        raise LoadError(path, tr("The file could not be read: {reason}", reason=exc.strerror or exc)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise LoadError(
            path,
            tr(
                "The file is larger than {size} MB, too large to be an OpsFlow project.",
                size=MAX_FILE_BYTES // (1024 * 1024),
            ),
        )
    return raw


def _parse(path: Path, raw: bytes) -> dict[str, Any]:
    if not raw.strip():
        raise LoadError(path, tr("The file is empty."))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError(path, tr("The file is UTF-16 text; OpsFlow project files are UTF-8."))
    if b"\x00" in raw[:65536]:
        raise LoadError(path, tr("This is a binary file, not an OpsFlow project."))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(
            path, tr("The file is not UTF-8 text (byte {position}); it is not an OpsFlow project.", position=exc.start)
        ) from None
    if not text.lstrip().startswith(("{", "[")):
        # Notes, a CSV, a planning table saved as text: say what it is, not what the JSON parser expected.
        raise LoadError(
            path, tr("This is a text file, not an OpsFlow project (a project file holds its data as JSON).")
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if _looks_truncated(exc, text):
            raise LoadError(
                path,
                tr(
                    "The file ends too early; it was probably cut off while being copied "
                    "or saved. Try the backup (.bak) next to it."
                ),
            ) from None
        # The parser's own words ("Expecting value") are English and say little: name the place instead.
        raise LoadError(
            path,
            tr(
                "The file is not valid JSON: it is damaged at line {line}, column {column}.",
                line=exc.lineno,
                column=exc.colno,
            ),
        ) from None
    except RecursionError:
        raise LoadError(path, tr("The file is nested too deeply to be an OpsFlow project.")) from None
    except ValueError:  # e.g. a number with thousands of digits
        raise LoadError(path, tr("The file is not valid JSON: it holds a number too long to read.")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME or not isinstance(data.get("project"), dict):
        raise LoadError(path, tr("This JSON file is not an OpsFlow project."))
    if _LONE_SURROGATE_ESCAPE.search(text):
        try:
            data = _repaired(data)
        except RecursionError:
            raise LoadError(path, tr("The file is nested too deeply to be an OpsFlow project.")) from None
    return cast(dict[str, Any], data)


# "\ud800" is valid JSON but no character: text holding one could not be saved, exported or analysed.
_LONE_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _repaired(value: Any) -> Any:
    """``value`` with each lone surrogate (half of a UTF-16 pair, from a broken paste) replaced by U+FFFD, the
    replacement character, so the rest of the text and the file stay usable."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return value
    if isinstance(value, list):
        return [_repaired(item) for item in value]
    if isinstance(value, dict):
        return {_repaired(key): _repaired(item) for key, item in value.items()}
    return value


def _looks_truncated(error: json.JSONDecodeError, text: str) -> bool:
    """The parser ran out of text: the error sits at the end, or a string never closes before the end."""
    return error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string")


def _check_version_and_migrate(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise LoadError(path, tr("The file has no valid format version."))
    if version > CURRENT_FORMAT_VERSION:
        raise LoadError(
            path,
            tr(
                "The file was saved by a newer OpsFlow Desktop (format {version}); this "
                "version reads up to format {current}. Please update the application.",
                version=version,
                current=CURRENT_FORMAT_VERSION,
            ),
        )
    try:
        return migrate(data)
    except MigrationError as exc:
        raise InvalidProjectError(
            path,
            tr(
                "The file uses the old format {version} and could not be upgraded: {reason}",
                version=version,
                reason=str(exc),
            ),
        ) from None


def _validate(path: Path, raw_project: dict[str, Any]) -> Project:
    try:
        return Project.model_validate(raw_project)
    except ValidationError as exc:
        errors = exc.errors()
        problems = [_describe_error(raw_project, error) for error in errors[:_MAX_REPORTED_PROBLEMS]]
        raise InvalidProjectError(
            path, tr("The file has {count} invalid values.", count=len(errors)), problems + _more(len(errors))
        ) from None


def _describe_error(raw: Any, error: ErrorDetails) -> str:
    """Name the element that holds the bad value (by its name and id) and the field."""
    kinds = {
        "maps": tr("map"),
        "lanes": tr("lane"),
        "phases": tr("phase"),
        "steps": tr("step"),
        "flows": tr("flow"),
        "findings": tr("finding"),
        "goals": tr("goal"),
        "departments": tr("department"),
        "signoffs": tr("sign-off"),
        "revisions": tr("revision"),
    }
    owner, node, collection = tr("project"), raw, ""
    field_path: list[str] = []
    for key in error["loc"]:
        if isinstance(node, dict) and node is not raw and isinstance(node.get("id"), str):
            name = node.get("name") or node.get("title") or ""
            owner = (
                f"{kinds.get(collection, '')}「{name}」({node['id']})"
                if name
                else f"{kinds.get(collection, '')} ({node['id']})"
            )
            field_path = []
        if isinstance(key, str) and key in kinds:
            collection = key
        field_path.append(str(key))
        node = _child(node, key)
    field = ".".join(p for p in field_path if not p.isdigit()) or "?"
    return tr("{owner}, field “{field}”: {reason}", owner=owner, field=field, reason=reason(error))


def _child(node: object, key: int | str) -> object:
    """``node[key]`` in the raw data, or None where the error's location holds nothing."""
    if isinstance(node, dict):
        return node[key] if key in node else None
    if isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
        return node[key]
    return None


def _more(total: int) -> list[str]:
    return [tr("... and {count} more", count=total - _MAX_REPORTED_PROBLEMS)] if total > _MAX_REPORTED_PROBLEMS else []
