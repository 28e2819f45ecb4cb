"""A flow on the canvas: an orthogonal connector with an arrowhead and an optional label."""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ...model import Flow
from .. import projector, style
from ..projector import is_projector
from .badges import badge_summary, badges_width, draw_badges, tooltip

ARROW = 9.0


@lru_cache(maxsize=1)
def _label_metrics() -> QFontMetricsF:
    return QFontMetricsF(style.label_font())


class FlowItem(QGraphicsItem):
    def __init__(self, flow: Flow, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.flow_id = flow.id
        self.source_id, self.target_id = flow.source_id, flow.target_id
        self.label = flow.label
        self.probability = flow.probability
        self.badges: list = []
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self._points: list[QPointF] = []
        self._path = QPainterPath()
        self._shape: QPainterPath | None = QPainterPath()
        self._bounds = QRectF()
        self._label_rect = QRectF()

    def sync(self, flow: Flow) -> None:
        self.source_id, self.target_id = flow.source_id, flow.target_id
        self.label, self.probability = flow.label, flow.probability
        self.update()

    def text(self) -> str:
        if self.probability is not None:
            percent = f"{self.probability * 100:.0f}%"
            return f"{self.label} ({percent})" if self.label else percent
        return self.label

    def set_route(self, points: list[tuple[float, float]]) -> None:
        self.prepareGeometryChange()
        self._points = [QPointF(x, y) for x, y in points]
        path = QPainterPath(self._points[0]) if self._points else QPainterPath()
        for point in self._points[1:]:
            path.lineTo(point)
        self._path = path
        self._shape = None  # built on first hit test: most flows are never clicked
        if not self.text():
            self._label_rect = QRectF()  # a labelled flow's label is placed by the scene, clear of its neighbours
        self._bounds = self._compute_bounds()
        self.update()

    def points(self) -> list[tuple[float, float]]:
        """The route, from the source's side to the target's, in scene coordinates."""
        return [(p.x(), p.y()) for p in self._points]

    def label_size(self) -> tuple[float, float] | None:
        """The label's width and height, or None for a flow without one."""
        text = self.text()
        if not text:
            return None
        metrics = _label_metrics()
        return metrics.horizontalAdvance(text) + 8, metrics.height() + 2

    def set_label_rect(self, rect: QRectF) -> None:
        """Where the scene placed the label, clear of the labels and badges around it."""
        if rect != self._label_rect:
            self.prepareGeometryChange()
            self._label_rect = rect
            self._bounds = self._compute_bounds()
            self.update()

    def label_rect(self) -> QRectF:
        return QRectF(self._label_rect)

    def badge_rect(self) -> QRectF:
        """Where this flow's badges are drawn (empty without findings)."""
        if not self.badges or len(self._points) < 2:
            return QRectF()
        anchor = self._badge_anchor()
        width = badges_width(self.badges)
        return QRectF(anchor.x() - width, anchor.y(), width, style.BADGE)

    def set_findings(self, findings: list) -> None:
        self.prepareGeometryChange()
        self.badges = badge_summary(findings)
        self.setToolTip(tooltip(findings) if findings else "")
        self._bounds = self._compute_bounds()
        self.update()

    def _badge_anchor(self) -> QPointF:
        """Beside the middle of the longest segment (above a horizontal one, right of a vertical one), so the
        badge marks the flow without hiding its line. Returns the badges' top-right corner."""
        a, b = max(
            zip(self._points, self._points[1:]),
            key=lambda seg: abs(seg[1].x() - seg[0].x()) + abs(seg[1].y() - seg[0].y()),
        )
        middle = (a + b) / 2
        width = badges_width(self.badges)
        if abs(a.y() - b.y()) < 1:  # horizontal
            return QPointF(middle.x() + width / 2, middle.y() - style.BADGE - 3)
        return QPointF(middle.x() + 4 + width, middle.y() - style.BADGE / 2)

    def _compute_bounds(self) -> QRectF:
        bounds = self._path.boundingRect().adjusted(-ARROW, -ARROW, ARROW, ARROW).united(self._label_rect)
        return bounds.united(self.badge_rect()) if self.badges else bounds

    def end_points(self) -> tuple[QPointF, QPointF] | None:
        return (self._points[0], self._points[-1]) if len(self._points) >= 2 else None

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            self._shape = stroker.createStroke(self._path)
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if len(self._points) < 2:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        shown = is_projector(widget)
        pen = projector.flow_pen() if shown and not selected else style.flow_pen(selected)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        tip, before = self._points[-1], self._points[-2]
        angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
        left = tip - QPointF(math.cos(angle - 0.4) * ARROW, math.sin(angle - 0.4) * ARROW)
        right = tip - QPointF(math.cos(angle + 0.4) * ARROW, math.sin(angle + 0.4) * ARROW)
        painter.setBrush(QBrush(pen.color()))
        painter.drawPolygon(QPolygonF([tip, left, right]))
        if not self._label_rect.isNull():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.LABEL_FILL)
            painter.drawRoundedRect(self._label_rect, 3, 3)
            painter.setPen(style.SELECTION if selected else projector.LABEL_INK if shown else style.MUTED_INK)
            painter.setFont(projector.label_font() if shown else style.label_font())
            painter.drawText(self._label_rect, int(Qt.AlignmentFlag.AlignCenter), self.text())
        if self.badges:
            draw_badges(painter, self.badges, self._badge_anchor())
