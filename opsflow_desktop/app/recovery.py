"""Recovery copies of unsaved work, kept in a folder of their own: never written over the user's file."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ..io import LoadError, save_project
from ..io.native import load_project
from ..model import Project


def recovery_dir() -> Path:
    override = os.environ.get("OPSFLOW_RECOVERY_DIR")
    base = (
        Path(override)
        if override
        else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"
    )
    base.mkdir(parents=True, exist_ok=True)
    return base


@dataclass
class RecoveryCopy:
    """A recovery file and the document it belongs to (None for a document never saved)."""

    path: Path
    original: Path | None
    saved_at: float
    pid: int | None = None

    def load(self) -> Project:
        return load_project(self.path)

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
        _info_path(self.path).unlink(missing_ok=True)


def _info_path(copy_path: Path) -> Path:
    return copy_path.with_suffix(".json")


def slot_for(original: Path | None, session_id: str) -> Path:
    """One recovery file per document and session: two windows on one file never share a copy."""
    key = f"{original.resolve() if original else 'untitled'}|{session_id}"
    return recovery_dir() / (hashlib.sha256(key.encode()).hexdigest()[:16] + ".opsflow")


def _alive(pid: int | None) -> bool:
    """Whether the session that wrote a copy is still running (then its copy is not ours to restore)."""
    if not pid or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_copy(project: Project, original: Path | None, session_id: str) -> Path:
    path = slot_for(original, session_id)
    save_project(project, path, keep_backup=False)
    import time

    _info_path(path).write_text(
        json.dumps({"original": str(original) if original else None, "saved_at": time.time(), "pid": os.getpid()}),
        encoding="utf-8",
    )
    return path


def remove_copy(original: Path | None, session_id: str) -> None:
    path = slot_for(original, session_id)
    path.unlink(missing_ok=True)
    _info_path(path).unlink(missing_ok=True)


def pending_copies() -> list[RecoveryCopy]:
    """Recovery files left by sessions that did not end cleanly (not by ones still running), newest first."""
    copies = []
    for path in recovery_dir().glob("*.opsflow"):
        try:
            info = json.loads(_info_path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            info = {}
        original = info.get("original")
        pid = info.get("pid") if isinstance(info.get("pid"), int) else None
        if _alive(pid):
            continue
        copies.append(
            RecoveryCopy(
                path, Path(original) if original else None, float(info.get("saved_at", path.stat().st_mtime)), pid
            )
        )
    return sorted(copies, key=lambda c: c.saved_at, reverse=True)


__all__ = ["RecoveryCopy", "pending_copies", "write_copy", "remove_copy", "recovery_dir", "LoadError"]
