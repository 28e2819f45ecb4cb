"""Where a flow can start on a hovered step: a connection point in the middle of each side, and an arrow
beyond each side that adds the next step in that direction with one click (Visio's AutoConnect, draw.io's
blue arrows). Geometry in viewport pixels, so they keep their size at every zoom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPen, QPolygonF

from ...layout.routing import OUTWARD, side_port
from ...model import Side
from .. import style

if TYPE_CHECKING:
    from .host import ToolHost

PORT_RADIUS = 6.0
ARROW_GAP = 10.0  # from the step's edge to the arrow's base
ARROW_LENGTH = 14.0
ARROW_WIDTH = 16.0
HOVER_REACH = ARROW_GAP + ARROW_LENGTH + 6  # around a step, the mouse still counts as over it
SIDES = (Side.TOP, Side.RIGHT, Side.BOTTOM, Side.LEFT)
DIRECTION_OF = {Side.TOP: "up", Side.RIGHT: "right", Side.BOTTOM: "down", Side.LEFT: "left"}


def step_rect(view: ToolHost, step_id: str) -> QRectF:
    """The step's rectangle in viewport pixels."""
    return view.mapFromScene(view.scene().step_items[step_id].rect()).boundingRect().toRectF()


def side_point(rect: QRectF, side: Side) -> QPointF:
    return QPointF(*side_port((rect.x(), rect.y(), rect.width(), rect.height()), side))


def arrow(rect: QRectF, side: Side) -> QPolygonF:
    dx, dy = OUTWARD[side]
    base = side_point(rect, side) + QPointF(dx, dy) * ARROW_GAP
    tip = base + QPointF(dx, dy) * ARROW_LENGTH
    across = QPointF(-dy, dx) * (ARROW_WIDTH / 2)
    return QPolygonF([base + across, tip, base - across])


def port_at(view: ToolHost, step_id: str, position: QPointF, slack: float = 3.0) -> Side | None:
    rect = step_rect(view, step_id)
    for side in SIDES:
        delta = side_point(rect, side) - position
        if delta.x() ** 2 + delta.y() ** 2 <= (PORT_RADIUS + slack) ** 2:
            return side
    return None


def arrow_at(view: ToolHost, step_id: str, position: QPointF) -> Side | None:
    rect = step_rect(view, step_id)
    for side in SIDES:
        if arrow(rect, side).boundingRect().adjusted(-3, -3, 3, 3).contains(position):
            return side
    return None


def near(view: ToolHost, step_id: str, position: QPointF) -> bool:
    """Over the step or close enough to reach its points and arrows."""
    return step_rect(view, step_id).adjusted(-HOVER_REACH, -HOVER_REACH, HOVER_REACH, HOVER_REACH).contains(position)


def nearest_side(view: ToolHost, step_id: str, position: QPointF, reach: float = 14.0) -> Side | None:
    """The connection point a flow is dropped on, when the drop lands close to one."""
    rect = step_rect(view, step_id)
    best = min(SIDES, key=lambda side: _distance(side_point(rect, side), position))
    return best if _distance(side_point(rect, best), position) <= reach else None


def _distance(a: QPointF, b: QPointF) -> float:
    return ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5


def draw_ports(view: ToolHost, painter: QPainter, step_id: str, with_arrows: bool) -> None:
    rect = step_rect(view, step_id)
    if with_arrows:
        painter.setPen(style.ARROW_PEN_COLOUR)
        painter.setBrush(style.ARROW_FILL)
        for side in SIDES:
            painter.drawPolygon(arrow(rect, side))
    painter.setPen(QPen(style.SELECTION, 1.5))
    painter.setBrush(style.CANVAS)
    for side in SIDES:
        painter.drawEllipse(side_point(rect, side), PORT_RADIUS, PORT_RADIUS)
