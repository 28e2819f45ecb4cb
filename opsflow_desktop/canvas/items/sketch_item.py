"""The whole map in one item for far zoom: coloured boxes and thin lines, no text, batched painting.

Thousands of individual items cost a Python paint call each; this draws them with a handful of calls.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...model import ProcessMap, StepKind
from .. import style


class SketchItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(0.5)
        self._rects: dict[StepKind, list[QRectF]] = {}
        self._flows = QPainterPath()
        self._bounds = QRectF()

    def rebuild(self, process_map: ProcessMap, routes: dict[str, list[tuple[float, float]]]) -> None:
        """Take the picture from the model and the current flow routes."""
        self.prepareGeometryChange()
        rects: dict[StepKind, list[QRectF]] = defaultdict(list)
        for step in process_map.steps:
            rects[step.kind].append(QRectF(step.x, step.y, step.width, step.height))
        self._rects = dict(rects)
        path = QPainterPath()
        for points in routes.values():
            if len(points) >= 2:
                path.moveTo(*points[0])
                for point in points[1:]:
                    path.lineTo(*point)
        self._flows = path
        bounds = path.boundingRect()
        for group in self._rects.values():
            for rect in group:
                bounds = bounds.united(rect)
        self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self.draw(painter)

    def draw(self, painter: QPainter) -> None:
        """Draw the sketch with any painter (the canvas, or the overview's pixmap)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(style.FLOW_INK, 0))  # cosmetic: one pixel at any zoom
        painter.drawPath(self._flows)
        for kind, rects in self._rects.items():
            painter.setPen(QPen(style.STEP_BORDERS[kind], 0))
            painter.setBrush(style.sketch_fill(kind))
            painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
