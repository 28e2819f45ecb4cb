"""A step on the canvas: its kind's outline and its name, wrapped. Moves freely; the scene commits on release."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ...model import Step, StepKind
from .. import projector, style
from ..projector import is_projector
from .badges import badge_summary, badges_width, draw_badges, tooltip
from .shapes import step_decoration, step_outline, text_rect

_TEXT_FLAGS = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)


@lru_cache(maxsize=256)
def _geometry(kind: StepKind, width: float, height: float) -> tuple[QPainterPath, QPainterPath, QRectF]:
    """Outline, inner lines and text area, shared by every step of the same kind and size (Qt copies share data)."""
    return step_outline(kind, width, height), step_decoration(kind, width, height), text_rect(kind, width, height)


class StepItem(QGraphicsItem):
    """Item type for a step; ``step_id`` ties it to the model."""

    def __init__(self, step: Step, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.step_id = step.id
        self.width = self.height = 0.0
        self.badges: list = []  # (FindingType, count), set by the scene
        self.sync(step)
        # No itemChange override and no geometry callbacks: each would be a Python call per step and
        # per change. The view snaps dragged steps and asks the scene to re-route their flows.
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        # Painting is Python; the cache turns panning into pixmap blits.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def sync(self, step: Step) -> None:
        """Take name, kind, position and size from the model."""
        self.prepareGeometryChange()
        self.name, self.kind = step.name, step.kind
        self.width, self.height = step.width, step.height
        self._outline, self._decoration, self._text_rect = _geometry(step.kind, step.width, step.height)
        self.setPos(step.x, step.y)
        self.update()

    def rect(self) -> QRectF:
        """The step's rectangle in scene coordinates."""
        return QRectF(self.pos().x(), self.pos().y(), self.width, self.height)

    def set_findings(self, findings: list) -> None:
        self.prepareGeometryChange()
        self.badges = badge_summary(findings)
        self.setToolTip(tooltip(findings) if findings else "")
        self.update()

    def badge_rect(self) -> QRectF:
        """Where the badges are drawn, in scene coordinates (empty without findings)."""
        if not self.badges:
            return QRectF()
        width = badges_width(self.badges)
        right = self.x() + self.width + style.BADGE / 2
        return QRectF(right - width, self.y() - style.BADGE / 2, width, style.BADGE)

    def boundingRect(self) -> QRectF:
        half = style.BADGE / 2
        left = min(-2.0, self.width + half - badges_width(self.badges) - 2)  # many badges reach further left
        return QRectF(left, -half - 2, self.width + half + 4 - left, self.height + half + 4)

    def shape(self) -> QPainterPath:
        return self._outline

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        shown = is_projector(widget)
        pen = style.step_pen(self.kind, selected)
        if shown:
            pen.setWidthF(pen.widthF() + projector.BORDER_EXTRA)
        painter.setPen(pen)
        painter.setBrush(QBrush(style.STEP_FILLS[self.kind]))
        painter.drawPath(self._outline)
        if not self._decoration.isEmpty():
            painter.drawPath(self._decoration)
        painter.setPen(projector.INK if shown else style.INK)
        painter.setFont(projector.step_font() if shown else style.step_font())
        painter.drawText(self._text_rect, _TEXT_FLAGS, self.name)
        if self.badges:
            draw_badges(painter, self.badges, QPointF(self.width + style.BADGE / 2, -style.BADGE / 2))
