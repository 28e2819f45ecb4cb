"""Recovery copies of unsaved work, kept in a folder of their own: never written over the user's file.

A copy is one file, ``<session>-<key>.opsflow``: a project file whose first line also says which file it belongs
to (absolute path) and when it was written, so copy and description are written by one atomic rename and can
never be separated. Each running session holds ``<session>.lock`` locked; the operating system releases the lock
when the process dies however it dies, so a copy is offered for recovery exactly when its session's lock is free
(a zombie or a reused process id no longer hides a copy).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

from ..io import LoadError
from ..io.atomic import atomic_output, write_bytes
from ..io.native import load_project, serialize
from ..model import Project

_HEADER_KEY = b'{"recovery": '
_MAX_HEADER_BYTES = 64 * 1024


def recovery_dir() -> Path:
    override = os.environ.get("OPSFLOW_RECOVERY_DIR")
    base = (
        Path(override)
        if override
        else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"
    )
    base.mkdir(parents=True, exist_ok=True)
    return base


# --------------------------------------------------------------------------------------------- session locks
_held: dict[str, int] = {}  # session id -> descriptor of its locked file, for the sessions of this process


def _lock_path(session_id: str) -> Path:
    return recovery_dir() / f"{session_id}.lock"


def _try_lock(fd: int) -> bool:
    """Lock ``fd`` without waiting; False if another open file holds the lock."""
    try:
        import fcntl
    except ImportError:  # Windows: a byte-range lock, released by the system when the process ends
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def hold_session(session_id: str) -> None:
    """Mark this session as running for as long as the process lives (or until release_session)."""
    if session_id in _held:
        return
    try:
        fd = os.open(_lock_path(session_id), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return  # no recovery folder: autosave reports that itself
    if not _try_lock(fd):
        os.close(fd)
        return
    _held[session_id] = fd


def release_session(session_id: str) -> None:
    """The session ends (a clean exit; a test simulating a crash): its copies become recoverable."""
    fd = _held.pop(session_id, None)
    if fd is None:
        return
    os.close(fd)  # closing the descriptor releases the lock
    _lock_path(session_id).unlink(missing_ok=True)


def session_alive(session_id: str) -> bool:
    """Whether the session that wrote a copy still runs (then its copy is not ours to restore)."""
    if session_id in _held:
        return True
    try:
        fd = os.open(_lock_path(session_id), os.O_RDWR)
    except OSError:
        return False  # no lock file: the session is long gone (or from a version that wrote none)
    try:
        if not _try_lock(fd):
            return True
    finally:
        os.close(fd)  # releases the probe's lock too
    return False


# --------------------------------------------------------------------------------------------- copies
@dataclass
class RecoveryCopy:
    """A recovery file and the document it belongs to (None for a document never saved)."""

    path: Path
    original: Path | None
    saved_at: float
    session: str | None = None

    def load(self) -> Project:
        return load_project(self.path)

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
        _legacy_info_path(self.path).unlink(missing_ok=True)


def _legacy_info_path(copy_path: Path) -> Path:
    """Earlier versions wrote the description beside the copy, as a second file."""
    return copy_path.with_suffix(".json")


def absolute(original: Path | None) -> Path | None:
    """The file as the user meant it when it was opened: relative to the folder of that day, not of the
    restart (symlinks are kept, as the user named them)."""
    return Path(os.path.abspath(original)) if original is not None else None


def slot_for(original: Path | None, session_id: str) -> Path:
    """One recovery file per document and session: two windows on one file never share a copy."""
    key = str(absolute(original)) if original else "untitled"
    return recovery_dir() / f"{session_id}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.opsflow"


@dataclass
class PreparedCopy:
    """A copy turned into bytes (on the thread that owns the document), ready to be written on any thread."""

    path: Path
    data: bytes

    def write(self) -> Path:
        """Raises SaveError (a full disk, a folder that cannot be written)."""
        with atomic_output(self.path) as tmp:
            write_bytes(tmp, self.data)
        return self.path


def prepare_copy(project: Project, original: Path | None, session_id: str) -> PreparedCopy:
    header = json.dumps(
        {"original": str(absolute(original)) if original else None, "saved_at": time.time()}, ensure_ascii=False
    ).encode("utf-8")
    # b'{"format": ...}' -- the description goes in front, on a line of its own
    body = serialize(project, compact=True)
    return PreparedCopy(slot_for(original, session_id), _HEADER_KEY + header + b",\n" + body[1:])


def write_copy(project: Project, original: Path | None, session_id: str) -> Path:
    """Write (or replace) this session's copy of the document. Raises SaveError."""
    return prepare_copy(project, original, session_id).write()


def remove_copy(original: Path | None, session_id: str) -> None:
    slot_for(original, session_id).unlink(missing_ok=True)


def adopt(copy: RecoveryCopy, session_id: str) -> RecoveryCopy:
    """Make a restored copy this session's own: kept (a second crash still finds it) until the user saves or
    the next autosave replaces it, and no longer offered to another session while this one runs."""
    target = slot_for(copy.original, session_id)
    if copy.path != target:
        os.replace(copy.path, target)
        _legacy_info_path(copy.path).unlink(missing_ok=True)
    return RecoveryCopy(target, copy.original, copy.saved_at, session_id)


def read_description(path: Path) -> dict[str, Any]:
    """The first line of a copy: ``{"recovery": {"original": ..., "saved_at": ...},``; {} if it has none."""
    try:
        with path.open("rb") as handle:
            line = handle.readline(_MAX_HEADER_BYTES)  # the project follows on one (long) line
    except OSError:
        return {}
    if not line.startswith(_HEADER_KEY):
        return {}
    try:
        info = json.loads(line[len(_HEADER_KEY) :].rstrip().rstrip(b","))
    except ValueError:
        return {}
    return info if isinstance(info, dict) else {}


def _describe(path: Path) -> tuple[str | None, dict[str, Any]]:
    session, _, rest = path.stem.partition("-")
    if rest:
        return session, read_description(path)
    try:  # an older version's copy, described in a second file
        info = json.loads(_legacy_info_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        info = {}
    return None, info if isinstance(info, dict) else {}


def pending_copies() -> list[RecoveryCopy]:
    """Recovery files left by sessions that did not end cleanly (not by ones still running), newest first."""
    folder = recovery_dir()
    copies = []
    alive: dict[str, bool] = {}
    for path in folder.glob("*.opsflow"):
        session, info = _describe(path)
        if session is not None:
            if session not in alive:
                alive[session] = session_alive(session)
            if alive[session]:
                continue
        original = info.get("original")
        saved_at = info.get("saved_at")
        try:
            when = float(saved_at) if isinstance(saved_at, int | float) else path.stat().st_mtime
        except OSError:
            continue  # removed meanwhile
        copies.append(RecoveryCopy(path, Path(original) if isinstance(original, str) else None, when, session))
    _remove_dead_locks(folder, {c.session for c in copies} | {s for s, live in alive.items() if live})
    return sorted(copies, key=lambda c: c.saved_at, reverse=True)


_LOCK_GRACE_SECONDS = 60.0


def _remove_dead_locks(folder: Path, keep: set[str | None]) -> None:
    """Lock files of sessions that ended without leaving a copy (a crash with nothing unsaved). Only old ones:
    a session starting this instant has created its file but may not have locked it yet."""
    now = time.time()
    for lock in folder.glob("*.lock"):
        session = lock.stem
        try:
            young = now - lock.stat().st_mtime < _LOCK_GRACE_SECONDS
        except OSError:
            continue
        if session not in keep and not young and not session_alive(session):
            lock.unlink(missing_ok=True)


__all__ = [
    "RecoveryCopy",
    "PreparedCopy",
    "pending_copies",
    "prepare_copy",
    "write_copy",
    "remove_copy",
    "adopt",
    "hold_session",
    "release_session",
    "session_alive",
    "recovery_dir",
    "LoadError",
]
