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
        _draw_headers(painter, scene, content)
        painter.end()
        return image
    finally:
        scene.detach()


def _draw_headers(painter: QPainter, scene: MapScene, content: QRectF) -> None:
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    painter.setFont(style.header_font())
    painter.setPen(QPen(style.BAND_LINE, 1))
    for lane, band in scene.lane_rects():
        rect = QRectF(content.left() - HEADER_WIDTH, band.top(), HEADER_WIDTH, band.height())
        painter.setBrush(style.BAND_HEADER_FILL)
        painter.setPen(QPen(style.BAND_LINE, 1))
        painter.drawRect(rect)
        painter.setPen(style.HEADER_INK)
        painter.drawText(rect.adjusted(6, 2, -6, -2), flags, lane.name)
    for phase, band in scene.phase_rects():
        rect = QRectF(band.left(), content.top() - HEADER_HEIGHT, band.width(), HEADER_HEIGHT)
        painter.setBrush(style.BAND_HEADER_FILL)
        painter.setPen(QPen(style.BAND_LINE, 1))
        painter.drawRect(rect)
        painter.setPen(style.HEADER_INK)
        painter.drawText(rect.adjusted(4, 0, -4, 0), flags, phase.name)
