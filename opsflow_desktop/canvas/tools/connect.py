"""Drag from a step's port (or Alt-drag from anywhere on it) to another step to connect them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPen

from ...editing import connection_problem
from .. import style
from . import Tool


class ConnectTool(Tool):
    def __init__(self, view, source_id: str, start: QPointF) -> None:
        super().__init__(view)
        self.source_id = source_id
        self.start = start  # viewport coordinates
        self.current = start
        self.target_id: str | None = None

    def move(self, event: QMouseEvent) -> bool:
        self.current = event.position()
        candidate = self.view.step_id_at(event.position())
        ok = candidate is not None and connection_problem(self.view.doc, self.source_id, candidate) is None
        self.target_id = candidate if ok else None
        self.view.viewport().update()
        return True

    def release(self, event: QMouseEvent) -> bool:
        target = self.target_id
        self.finish()
        if target is not None:
            self.view.editor.connect(self.source_id, target)
        return True

    def cancel(self) -> None:
        self.finish()

    def paint(self, painter: QPainter) -> None:
        pen = QPen(style.SELECTION, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(self.start, self.current)
        if self.target_id is not None:
            item = self.view.scene().step_items[self.target_id]
            painter.setBrush(style.DROP_HINT)
            painter.drawRect(self.view.mapFromScene(item.sceneBoundingRect()).boundingRect())
