"""A Qt-free undo stack for the command line and tests; the window bridges to QUndoStack instead."""

from __future__ import annotations

from ..model import Signal
from .command import Command


class UndoStack:
    """Linear history with a clean (saved) mark, like QUndoStack."""

    def __init__(self) -> None:
        self._commands: list[Command] = []
        self._index = 0  # number of applied commands
        self._clean_index: int | None = 0
        self.index_changed = Signal("index_changed")

    def push(self, command: Command, *, already_done: bool = False) -> None:
        """Apply ``command`` (unless already done) and record it, merging with the top when allowed."""
        if not already_done:
            command.redo()
        del self._commands[self._index :]
        if self._clean_index is not None and self._clean_index > self._index:
            self._clean_index = None  # the saved state can no longer be reached
        top = self._commands[-1] if self._commands else None
        # Never merge into the saved state: "clean" must keep meaning "as on disk".
        if top is not None and self._index != self._clean_index and top.merge_with(command):
            self.index_changed.emit(self._index)
            return
        self._commands.append(command)
        self._index += 1
        self.index_changed.emit(self._index)

    def undo(self) -> None:
        if self.can_undo():
            self._index -= 1
            self._commands[self._index].undo()
            self.index_changed.emit(self._index)

    def redo(self) -> None:
        if self.can_redo():
            self._commands[self._index].redo()
            self._index += 1
            self.index_changed.emit(self._index)

    def withdraw(self, command: Command) -> bool:
        """Undo ``command`` and forget it, if it is the last one done; False otherwise."""
        if not self.can_undo():
            return False
        top = self._commands[self._index - 1]
        if top is not command and getattr(top, "inner", None) is not command:
            return False
        self.undo()
        del self._commands[self._index :]
        if self._clean_index is not None and self._clean_index > self._index:
            self._clean_index = None
        return True

    def can_undo(self) -> bool:
        return self._index > 0

    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    def undo_text(self) -> str:
        return self._commands[self._index - 1].text if self.can_undo() else ""

    def redo_text(self) -> str:
        return self._commands[self._index].text if self.can_redo() else ""

    def set_clean(self) -> None:
        self._clean_index = self._index

    def is_clean(self) -> bool:
        return self._clean_index == self._index

    @property
    def index(self) -> int:
        return self._index

    def __len__(self) -> int:
        return len(self._commands)

    def clear(self) -> None:
        self._commands.clear()
        self._index = 0
        self._clean_index = 0
        self.index_changed.emit(self._index)
