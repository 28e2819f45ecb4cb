"""Puts editing commands on a QUndoStack, so the window's undo/redo and clean state are Qt's own."""

from __future__ import annotations

import zlib

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..editing import Command


class QtCommand(QUndoCommand):
    """A QUndoCommand around an editing command. The editor has already applied it when it is pushed."""

    def __init__(self, command: Command, already_done: bool) -> None:
        super().__init__(command.text)
        self.command = command
        self._skip_first_redo = already_done

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self.command.redo()

    def undo(self) -> None:
        self.command.undo()

    def id(self) -> int:
        key = self.command.merge_key
        return -1 if key is None else zlib.crc32(key.encode()) & 0x7FFFFFFF

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if isinstance(other, QtCommand) and self.command.merge_with(other.command):
            self.setText(self.command.text)
            return True
        return False


class QtUndoStackBridge:
    """What DocumentEditor needs of a stack (``push``), backed by a QUndoStack."""

    def __init__(self, stack: QUndoStack) -> None:
        self.qstack = stack

    def push(self, command: Command, *, already_done: bool = False) -> None:
        self.qstack.push(QtCommand(command, already_done))

    def withdraw(self, command: Command) -> bool:
        """Undo ``command`` and drop it from the history: Qt skips and deletes an obsolete command on redo."""
        index = self.qstack.index()
        top = self.qstack.command(index - 1) if index > 0 else None
        if not isinstance(top, QtCommand) or (
            top.command is not command and getattr(top.command, "inner", None) is not command
        ):
            return False
        self.qstack.undo()
        top.setObsolete(True)
        self.qstack.redo()
        return True
