"""Undoable editing: commands, the Qt-free stack and the DocumentEditor facade. No Qt."""

from .command import (
    Command,
    InsertElementCommand,
    MacroCommand,
    MoveElementCommand,
    RemoveElementCommand,
    UpdateFieldsCommand,
)
from .editor import DocumentEditor, InvalidEditError
from .rules import can_connect, connection_problem
from .stack import UndoStack

__all__ = [
    "Command",
    "InsertElementCommand",
    "MacroCommand",
    "MoveElementCommand",
    "RemoveElementCommand",
    "UpdateFieldsCommand",
    "DocumentEditor",
    "InvalidEditError",
    "can_connect",
    "connection_problem",
    "UndoStack",
]
