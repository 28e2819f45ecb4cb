"""Writing the native file, ``.opsflow``: UTF-8 JSON with a format version.

Saving is atomic: a temporary file is written and synced, the previous file is kept as ``.bak``, and only then
does the new file replace it; a failure leaves the original untouched. A read-only file is refused, and
temporaries that killed saves left next to the file are removed (see io/atomic.py).
"""

from __future__ import annotations

import json
import logging
import os
import stat
import tempfile
from pathlib import Path

from ... import __version__
from ...i18n import tr
from ...model import Project
from ..atomic import atomic_output, lock_temporary, write_bytes
from ..errors import SaveError
from .migrations import CURRENT_FORMAT_VERSION
from .reader import FORMAT_NAME

_log = logging.getLogger(__name__)


def serialize(project: Project, *, compact: bool = False) -> bytes:
    """The file's bytes: a small envelope around the project, human-readable UTF-8 JSON (``compact``: on one
    line, about twice as fast to make, for files no person reads such as recovery copies)."""
    envelope = json.dumps(
        {"format": FORMAT_NAME, "format_version": CURRENT_FORMAT_VERSION, "saved_by": f"OpsFlow Desktop {__version__}"},
        ensure_ascii=False,
    )
    body = project.model_dump_json(indent=None if compact else 1)
    return (envelope[:-1] + ', "project": ' + body + "}\n").encode("utf-8")


def save_project(project: Project, path: str | Path, *, keep_backup: bool = True) -> None:
    """Write atomically; the previous version is kept as ``<name>.bak``. Raises SaveError."""
    path = Path(path)
    try:
        data = serialize(project)
    except ValueError as exc:  # pydantic's serialisation errors are ValueErrors
        raise SaveError(
            path,
            tr(
                "Could not save: the document contains text that cannot be written ({reason}). "
                "The file on disk is unchanged.",
                reason=str(exc)[:200],
            ),
        ) from None
    with atomic_output(path, before_replace=_replace_backup if keep_backup else None) as tmp:
        write_bytes(tmp, data)


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _replace_backup(path: Path) -> None:
    """Copy the current file to .bak atomically too, so a crash never leaves a broken backup.

    A backup that cannot be written (say a folder named like it) is skipped: the save itself is
    still atomic, and refusing to save would put the user's work at greater risk.
    """
    if not path.exists():
        return  # a first save has nothing to keep
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".bak.tmp", dir=path.parent)
    except OSError:
        _log.warning("no backup of %s: cannot create a temporary file", path)
        return
    lock_temporary(fd)  # not stale while it is copied, whatever its age (see clean_stale_temporaries)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(path.read_bytes())
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes it private (rw-------): the backup is readable by whoever could read the original.
        os.chmod(tmp_name, stat.S_IMODE(path.stat().st_mode))
        os.replace(tmp_name, backup_path(path))
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        _log.warning("no backup of %s: %s", path, exc)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
