"""Where an import writes: into the project `--into` names, or a new project (`-o`, or next to what is
imported). Shared by import-table and import-text."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pydantic import ValidationError

from ..i18n import tr
from ..io import SaveError, load_document, save_project
from ..model import Document, Project, find_violations
from ..model.errors import first_reason


def add_target_arguments(parser: argparse.ArgumentParser, into_help: str, output_help: str) -> None:
    parser.add_argument("--into", metavar="FILE", help=into_help)
    parser.add_argument("-o", "--output", metavar="FILE", help=output_help)


def open_target(source: Path, into: str | None, output: str | None) -> tuple[Path, Document] | None:
    """The file to save and the document to import into; None, with the reason printed, when a new project's
    name is already taken (nothing is overwritten without --into)."""
    if into:
        target = Path(into)
        return target, load_document(target)
    target = Path(output) if output else source.with_suffix(".opsflow")
    if target.exists():
        print(
            tr("{file} already exists. Use --into to import into it, or -o to choose another name.", file=target),
            file=sys.stderr,
        )
        return None
    document = Document(Project())
    document.project.meta.title = source.stem
    return target, document


def save_target(document: Document, target: Path) -> bool:
    """Save the imported project; False, with the reason printed, when it cannot be (the file is unchanged).
    The project is checked first as opening it would check it, so an import never writes what cannot be
    opened again."""
    problem = _unloadable(document.project)
    if problem:
        print(
            tr("{file}: not saved, the imported project would not open again: {reason}", file=target, reason=problem),
            file=sys.stderr,
        )
        return False
    try:
        save_project(document.project, target)
    except SaveError as exc:
        print(f"{exc.path}: {exc.message}", file=sys.stderr)
        return False
    return True


def _unloadable(project: Project) -> str:
    """Why the project, once saved, would be refused when opened; empty when it would open."""
    try:
        checked = Project.model_validate_json(project.model_dump_json())
    except ValidationError as exc:
        return first_reason(exc)
    except ValueError as exc:  # text that cannot be written
        return str(exc)[:200]
    violations = find_violations(checked)
    return str(violations[0]) if violations else ""
