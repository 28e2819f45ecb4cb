"""The two errors file handling raises, each with a message a user can act on."""

from __future__ import annotations

from pathlib import Path


class LoadError(Exception):
    """A file could not be opened as a project. ``details`` lists individual problems when there are several."""

    def __init__(self, path: str | Path, message: str, details: list[str] | None = None) -> None:
        self.path = Path(path)
        self.message = message
        self.details = list(details or [])
        super().__init__(str(self))

    def __str__(self) -> str:
        head = f"{self.path}: {self.message}"
        return "\n".join([head, *(f"  - {d}" for d in self.details)]) if self.details else head


class InvalidProjectError(LoadError):
    """The file was read, but its content breaks the format or the project's rules (``details`` says where)."""


class SaveError(Exception):
    """A project could not be saved; the file on disk is unchanged."""

    def __init__(self, path: str | Path, message: str) -> None:
        self.path = Path(path)
        self.message = message
        super().__init__(f"{self.path}: {message}")
