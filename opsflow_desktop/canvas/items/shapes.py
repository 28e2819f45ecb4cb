"""The outline of each step kind, in the step's local coordinates (0, 0, width, height).

A kind names its outline in its traits (model/traits.py); this module draws each outline once.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from ...model import StepKind
from ...model.traits import step_kind


def step_outline(kind: StepKind, width: float, height: float) -> QPainterPath:
    shape = step_kind(kind).shape
    rect = QRectF(0, 0, width, height)
    path = QPainterPath()
    if shape == "pill":
        radius = height / 2
        path.addRoundedRect(rect, radius, radius)
    elif shape == "diamond":
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(width / 2, 0),
                    QPointF(width, height / 2),
                    QPointF(width / 2, height),
                    QPointF(0, height / 2),
                    QPointF(width / 2, 0),
                ]
            )
        )
    elif shape == "hexagon":  # a gate the work must pass
        cut = min(height / 2, width / 6)
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(cut, 0),
                    QPointF(width - cut, 0),
                    QPointF(width, height / 2),
                    QPointF(width - cut, height),
                    QPointF(cut, height),
                    QPointF(0, height / 2),
                    QPointF(cut, 0),
                ]
            )
        )
    elif shape == "delay":  # the "delay" D shape
        radius = height / 2
        path.moveTo(0, 0)
        path.lineTo(width - radius, 0)
        path.arcTo(QRectF(width - 2 * radius, 0, 2 * radius, height), 90, -180)
        path.lineTo(0, height)
        path.closeSubpath()
    elif shape == "document":  # wavy bottom edge
        wave = height * 0.12
        path.moveTo(0, 0)
        path.lineTo(width, 0)
        path.lineTo(width, height - wave)
        path.cubicTo(width * 0.75, height - 3 * wave, width * 0.25, height + wave, 0, height - wave)
        path.closeSubpath()
    else:  # rect, subprocess
        path.addRoundedRect(rect, 6, 6)
    return path


def step_decoration(kind: StepKind, width: float, height: float) -> QPainterPath:
    """Lines drawn inside the outline: a sub-process's two inner edges. Empty for the other outlines."""
    path = QPainterPath()
    if step_kind(kind).shape == "subprocess":
        for x in (8.0, width - 8.0):
            path.moveTo(x, 0)
            path.lineTo(x, height)
    return path


def text_rect(kind: StepKind, width: float, height: float) -> QRectF:
    """Where the name is written: inside the outline, away from slanted or decorated edges."""
    shape = step_kind(kind).shape
    if shape == "diamond":
        return QRectF(width * 0.2, height * 0.15, width * 0.6, height * 0.7)
    if shape == "hexagon":
        cut = min(height / 2, width / 6)
        return QRectF(cut * 0.8, 2, width - cut * 1.6, height - 4)
    if shape == "subprocess":
        return QRectF(12, 2, width - 24, height - 4)
    if shape == "document":
        return QRectF(4, 2, width - 8, height * 0.8)
    return QRectF(6, 2, width - 12, height - 4)
