"""Interactions as objects with press/move/release/key and cancel (Esc), not mode flags in the view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter

if TYPE_CHECKING:
    from .host import ToolHost


class Tool:
    """One interaction in progress. Handlers return True when they used the event."""

    def __init__(self, view: ToolHost) -> None:
        self.view = view

    def press(self, event: QMouseEvent) -> bool:
        return False

    def move(self, event: QMouseEvent) -> bool:
        return False

    def release(self, event: QMouseEvent) -> bool:
        return False

    def key(self, event: QKeyEvent) -> bool:
        return False

    def cancel(self) -> None:
        """Esc: undo any preview and end."""

    def paint(self, painter: QPainter) -> None:
        """Draw a preview in viewport coordinates."""

    def finish(self) -> None:
        self.view.end_tool(self)
