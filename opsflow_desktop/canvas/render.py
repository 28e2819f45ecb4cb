"""Render a map to an image (PNG for documents, previews and tests), lane and phase headers included."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPen

from ..editing import DocumentEditor
from . import style
from .scene import MapScene

HEADER_WIDTH = 110.0  # scene units: in a picture the headers are part of the drawing
HEADER_HEIGHT = 30.0


def render_map(editor: DocumentEditor, map_id: str, scale: float = 1.0) -> QImage:
    """The whole map at ``scale`` (2.0 gives about 200 dpi on an A4 page), with its headers."""
    scene = MapScene(editor, map_id)
    try:
        scene.finish_routing()
        scene.set_detailed(True)
        content = scene.content_rect().adjusted(-20, -20, 20, 20)
        full = content.adjusted(-HEADER_WIDTH, -HEADER_HEIGHT, 0, 0)
        image = QImage(QSize(int(full.width() * scale), int(full.height() * scale)), QImage.Format.Format_ARGB32)
        image.fill(style.CANVAS)
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        painter.translate(-full.topLeft())
        scene.render(painter, content, content)
        draw_band_headers(painter, scene, content)
        painter.end()
        return image
    finally:
        scene.detach()


def draw_band_headers(painter: QPainter, scene: MapScene, area: QRectF) -> None:
    """The lane headers left of ``area`` and the headers of the stages it shows above it, in scene units (a
    picture's headers are part of the drawing). A stage cut by the picture's edge is named in the part shown."""
    painter.setFont(style.header_font())
    for lane, band in scene.lane_rects():
        paint_header_cell(
            painter, QRectF(area.left() - HEADER_WIDTH, band.top(), HEADER_WIDTH, band.height()), lane.name
        )
    strip = QRectF(area.left(), area.top() - HEADER_HEIGHT, area.width(), HEADER_HEIGHT)
    for phase, band in scene.phase_rects():
        cell = QRectF(band.left(), area.top() - HEADER_HEIGHT, band.width(), HEADER_HEIGHT).intersected(strip)
        if cell.width() > 0:
            paint_header_cell(painter, cell, phase.name, inset=4)


def paint_header_cell(
    painter: QPainter, rect: QRectF, text: str, inset: float = 6, shown: QRectF | None = None, border: bool = True
) -> None:
    """One lane or stage header: its fill, its outline, and its name wrapped in the part that is ``shown``
    (the whole cell unless given). The canvas's frozen headers and every picture draw their headers here."""
    painter.setBrush(style.BAND_HEADER_FILL)
    painter.setPen(QPen(style.BAND_LINE, 1) if border else Qt.PenStyle.NoPen)
    painter.drawRect(rect)
    if text:
        painter.setPen(style.HEADER_INK)
        painter.drawText(
            (shown or rect).adjusted(inset, 0, -inset, 0),
            int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
            text,
        )
