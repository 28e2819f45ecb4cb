"""A step on the canvas: its kind's outline and its name, wrapped. Moves freely; the scene commits on release."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ...model import Step, StepKind
from .. import style
from .shapes import step_outline, text_rect

_TEXT_FLAGS = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)


class StepItem(QGraphicsItem):
    """Item type for a step; ``step_id`` ties it to the model."""

    def __init__(self, step: Step, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.step_id = step.id
        self.width = self.height = 0.0
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        # Painting is Python; the cache turns panning into pixmap blits.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(2)
        self.sync(step)

    def sync(self, step: Step) -> None:
        """Take name, kind, position and size from the model."""
        self.prepareGeometryChange()
        self.name, self.kind = step.name, step.kind
        self.width, self.height = step.width, step.height
        self._outline = step_outline(step.kind, step.width, step.height)
        self._text_rect = text_rect(step.kind, step.width, step.height)
        self.setPos(step.x, step.y)
        self.update()

    def rect(self) -> QRectF:
        """The step's rectangle in scene coordinates."""
        return QRectF(self.pos().x(), self.pos().y(), self.width, self.height)

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.width + 4, self.height + 4)

    def shape(self) -> QPainterPath:
        return self._outline

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(style.step_pen(self.kind, selected))
        painter.setBrush(QBrush(style.STEP_FILLS[self.kind]))
        painter.drawPath(self._outline)
        if self.kind is StepKind.SUBPROCESS:
            painter.drawLine(8, 0, 8, int(self.height))
            painter.drawLine(int(self.width - 8), 0, int(self.width - 8), int(self.height))
        painter.setPen(style.INK)
        painter.setFont(style.step_font())
        painter.drawText(self._text_rect, _TEXT_FLAGS, self.name)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):  # noqa: N802 - Qt override
        scene = self.scene()
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and scene is not None:
            return scene.constrain_step_position(self, value)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and scene is not None:
            scene.step_item_moved(self)
        return super().itemChange(change, value)
