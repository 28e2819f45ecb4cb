"""Drag a lane or phase header to reorder it, or its far edge to resize it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPen

from ...model import Lane
from .. import style
from ..headers import Header, lane_headers, phase_headers
from . import Tool

EDGE = 5.0  # pixels from a header's far edge that grab the resize handle


def near_far_edge(header: Header, position: QPointF) -> bool:
    if isinstance(header.band, Lane):
        return abs(position.y() - header.rect.bottom()) <= EDGE
    return abs(position.x() - header.rect.right()) <= EDGE


class HeaderTool(Tool):
    def __init__(self, view, header: Header, position: QPointF) -> None:
        super().__init__(view)
        self.band = header.band
        self.vertical = isinstance(header.band, Lane)  # lanes stack vertically
        self.resizing = near_far_edge(header, position)
        self.start = position
        self.current = position
        self.start_size = header.band.height if self.vertical else header.band.width

    def _along(self, point: QPointF) -> float:
        return point.y() if self.vertical else point.x()

    def move(self, event: QMouseEvent) -> bool:
        self.current = event.position()
        self.view.viewport().update()
        return True

    def _new_size(self) -> float:
        scale = self.view.transform().m11()
        return max(40.0, self.start_size + (self._along(self.current) - self._along(self.start)) / scale)

    def _drop_index(self) -> int:
        headers = lane_headers(self.view) if self.vertical else phase_headers(self.view)
        along = self._along(self.current)
        for index, header in enumerate(headers):
            rect = header.rect
            middle = rect.center().y() if self.vertical else rect.center().x()
            if along < middle:
                own = next(i for i, h in enumerate(headers) if h.band is self.band)
                return index if index <= own else index - 1
        return len(headers) - 1

    def release(self, event: QMouseEvent) -> bool:
        self.current = event.position()
        self.finish()
        if abs(self._along(self.current) - self._along(self.start)) < 3:
            return True  # a click, not a drag
        if self.resizing:
            self.view.editor.resize_band(self.band.id, round(self._new_size()))
        else:
            collection = self.view.scene().map.lanes if self.vertical else self.view.scene().map.phases
            old_index = next(i for i, b in enumerate(collection) if b is self.band)
            new_index = self._drop_index()
            if new_index != old_index:
                self.view.editor.move_band(self.band.id, new_index)
        return True

    def cancel(self) -> None:
        self.finish()

    def paint(self, painter: QPainter) -> None:
        painter.setPen(QPen(style.SELECTION, 2, Qt.PenStyle.DashLine))
        along = self._along(self.current)
        if self.vertical:
            painter.drawLine(QPointF(0, along), QPointF(self.view.viewport().width(), along))
        else:
            painter.drawLine(QPointF(along, 0), QPointF(along, self.view.viewport().height()))
        if not self.resizing:
            painter.setBrush(style.DROP_HINT)
            painter.drawRect(QRectF(self.current.x() - 40, self.current.y() - 12, 80, 24))
