"""Sticky lane and phase headers: where they are on screen, and drawing them over the scene."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from ..model import Lane, Phase
from . import style


@dataclass
class Header:
    band: Lane | Phase
    rect: QRectF  # viewport coordinates


def lane_headers(view) -> list[Header]:
    """One header per lane, pinned to the left edge of the viewport."""
    top_limit = style.PHASE_HEADER_HEIGHT
    headers = []
    for lane, band in view.scene().lane_rects():
        top = view.mapFromScene(QPointF(0, band.top())).y()
        bottom = view.mapFromScene(QPointF(0, band.bottom())).y()
        headers.append(Header(lane, QRectF(0, max(top, top_limit), style.LANE_HEADER_WIDTH,
                                           max(0.0, bottom - max(top, top_limit)))))
    return headers


def phase_headers(view) -> list[Header]:
    """One header per phase, pinned to the top edge of the viewport."""
    left_limit = style.LANE_HEADER_WIDTH
    headers = []
    for phase, band in view.scene().phase_rects():
        left = view.mapFromScene(QPointF(band.left(), 0)).x()
        right = view.mapFromScene(QPointF(band.right(), 0)).x()
        headers.append(Header(phase, QRectF(max(left, left_limit), 0, max(0.0, right - max(left, left_limit)),
                                            style.PHASE_HEADER_HEIGHT)))
    return headers


def header_at(view, position: QPointF) -> Header | None:
    for header in lane_headers(view) + phase_headers(view):
        if header.rect.contains(position):
            return header
    return None


def in_header_strip(position: QPointF) -> bool:
    return position.x() < style.LANE_HEADER_WIDTH or position.y() < style.PHASE_HEADER_HEIGHT


def draw_headers(view, painter: QPainter, corner_text: str) -> None:
    width, height = view.viewport().width(), view.viewport().height()
    painter.setPen(QPen(style.BAND_LINE, 1))
    painter.setBrush(style.HEADER_FILL)
    painter.drawRect(QRectF(0, 0, style.LANE_HEADER_WIDTH, height))
    painter.drawRect(QRectF(0, 0, width, style.PHASE_HEADER_HEIGHT))
    painter.setFont(style.header_font())
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    for header in lane_headers(view):
        if header.rect.height() <= 1:
            continue
        painter.setPen(QPen(style.BAND_LINE, 1))
        painter.drawLine(header.rect.bottomLeft(), header.rect.bottomRight())
        painter.setPen(style.HEADER_INK)
        painter.drawText(header.rect.adjusted(6, 2, -6, -2), flags, header.band.name)
    for header in phase_headers(view):
        if header.rect.width() <= 1:
            continue
        painter.setPen(QPen(style.BAND_LINE, 1))
        painter.drawLine(header.rect.topRight(), header.rect.bottomRight())
        painter.setPen(style.HEADER_INK)
        painter.drawText(header.rect.adjusted(4, 0, -4, 0), flags, header.band.name)
    painter.setPen(QPen(style.BAND_LINE, 1))
    corner = QRectF(0, 0, style.LANE_HEADER_WIDTH, style.PHASE_HEADER_HEIGHT)
    painter.drawRect(corner)
    painter.setPen(style.MUTED_INK)
    painter.setFont(style.header_font(bold=False))
    painter.drawText(corner, int(Qt.AlignmentFlag.AlignCenter), corner_text)
