"""Drag a segment of the selected flow across itself to bend the flow where you want it; the bends are kept in
the file (``Flow.waypoints``) with the sides where the flow leaves and enters its steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPen

from ...layout.routing import move_segment, side_of_travel
from .. import style
from ..refusals import attempt
from . import Tool

if TYPE_CHECKING:
    from .host import ToolHost

GRAB = 6.0  # pixels from a segment that still grab it


def segment_at(view: ToolHost, flow_id: str, position: QPointF) -> int | None:
    """The index of the segment of ``flow_id`` under the mouse (viewport position), or None."""
    points = [view.mapFromScene(QPointF(x, y)) for x, y in view.scene().flow_items[flow_id].points()]
    for index, (a, b) in enumerate(zip(points, points[1:])):
        left, right = sorted((a.x(), b.x()))
        top, bottom = sorted((a.y(), b.y()))
        if left - GRAB <= position.x() <= right + GRAB and top - GRAB <= position.y() <= bottom + GRAB:
            return index
    return None


class BendTool(Tool):
    def __init__(self, view: ToolHost, flow_id: str, index: int, start: QPointF) -> None:
        super().__init__(view)
        self.flow_id, self.index = flow_id, index
        self.points = view.scene().flow_items[flow_id].points()
        a, b = self.points[index], self.points[index + 1]
        self.horizontal = abs(a[1] - b[1]) < 0.01
        self.start = view.mapToScene(start.toPoint())
        self.preview = list(self.points)
        self.delta = 0.0
        view.viewport().setCursor(Qt.CursorShape.SizeVerCursor if self.horizontal else Qt.CursorShape.SizeHorCursor)

    def move(self, event: QMouseEvent) -> bool:
        point = self.view.mapToScene(event.position().toPoint())
        delta = point.y() - self.start.y() if self.horizontal else point.x() - self.start.x()
        if self.view.scene().snap_to_grid:
            delta = round(delta / style.GRID) * style.GRID
        self.delta = delta
        self.preview = move_segment(self.points, self.index, delta) if delta else list(self.points)
        self.view.viewport().update()
        return True

    def release(self, event: QMouseEvent) -> bool:
        self.finish()
        if not self.delta or len(self.preview) < 2 or self.flow_id not in self.view.doc:
            return True  # a click on the flow, not a drag (or the flow went while dragging)
        route = self.preview
        attempt(
            self.view.editor.set_flow_route,
            self.flow_id,
            route[1:-1],
            side_of_travel(route[0], route[1], leaving=True),
            side_of_travel(route[-2], route[-1], leaving=False),
        )
        return True

    def cancel(self) -> None:
        self.finish()

    def finish(self) -> None:
        self.view.viewport().unsetCursor()
        super().finish()

    def paint(self, painter: QPainter) -> None:
        painter.setPen(QPen(style.SELECTION, 2, Qt.PenStyle.DashLine))
        points = [self.view.mapFromScene(QPointF(x, y)) for x, y in self.preview]
        for a, b in zip(points, points[1:]):
            painter.drawLine(a, b)
