"""Frozen lane and phase headers, as widgets in the view's margins (like a spreadsheet's headers).

Being outside the viewport, they do not scroll with the map: a horizontal pan repaints only the phase
bar, a vertical pan only the lane bar, and the map under them is never painted twice. Dragging a header
reorders its band, dragging its far edge resizes it, double-click renames it, right-click opens its menu.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ..model import Lane, Phase
from . import style
from .items.badges import badge_summary, draw_badges
from .refusals import attempt
from .render import paint_header_cell

EDGE = 5.0  # pixels from a header's far edge that grab the resize handle
_TEXT = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)


@lru_cache(maxsize=16)
def _header_font(pixels: int) -> tuple[QFont, QFontMetricsF]:
    font = style.header_font()
    font.setPixelSize(pixels)
    return font, QFontMetricsF(font)


@dataclass
class Header:
    band: Lane | Phase
    rect: QRectF  # in the bar's coordinates


class HeaderBar(QWidget):
    """The lane headers (vertical) or the phase headers (horizontal) of one MapView."""

    def __init__(self, view, vertical: bool) -> None:
        super().__init__(view)
        self.view = view
        self.vertical = vertical
        self._drag: dict | None = None
        self.setMouseTracking(True)

    # -------------------------------------------------------------- geometry
    def headers(self) -> list[Header]:
        scene = self.view.scene()
        result = []
        if self.vertical:
            for lane, band in scene.lane_rects():
                top = self.view.mapFromScene(QPointF(0, band.top())).y()
                bottom = self.view.mapFromScene(QPointF(0, band.bottom())).y()
                result.append(Header(lane, QRectF(0, top, self.width(), bottom - top)))
        else:
            for phase, band in scene.phase_rects():
                left = self.view.mapFromScene(QPointF(band.left(), 0)).x()
                right = self.view.mapFromScene(QPointF(band.right(), 0)).x()
                result.append(Header(phase, QRectF(left, 0, right - left, self.height())))
        return result

    def header_at(self, position: QPointF) -> Header | None:
        return next((h for h in self.headers() if h.rect.contains(position)), None)

    def _along(self, point: QPointF) -> float:
        return point.y() if self.vertical else point.x()

    def _near_far_edge(self, header: Header, position: QPointF) -> bool:
        edge = header.rect.bottom() if self.vertical else header.rect.right()
        return abs(self._along(position) - edge) <= EDGE

    # -------------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), style.BAND_HEADER_FILL)
        visible = QRectF(event.rect())
        bar = QRectF(self.rect())
        last_text: QRectF | None = None
        for header in self.headers():
            if not header.rect.intersects(visible):
                continue
            # The cell as every picture draws it; the name by the screen's own rules (_draw_name).
            paint_header_cell(painter, header.rect, "")
            last_text = self._draw_name(painter, header, bar, last_text)
            findings = self.view.scene().findings_by_target.get(header.band.id)
            if findings:
                corner = header.rect.topRight() + QPointF(-3, 3)
                draw_badges(painter, badge_summary(findings), corner)
        if self._drag is not None and self._drag["moved"]:
            painter.setPen(QPen(style.SELECTION, 2, Qt.PenStyle.DashLine))
            along = self._along(self._drag["current"])
            if self.vertical:
                painter.drawLine(QPointF(0, along), QPointF(self.width(), along))
            else:
                painter.drawLine(QPointF(along, 0), QPointF(along, self.height()))

    def _draw_name(self, painter: QPainter, header: Header, bar: QRectF, last: QRectF | None) -> QRectF | None:
        """The band's name in the part of its header that is on screen, so a stage wider than the window still
        shows its name; far zoomed out a lane's name keeps a readable size (lanes too thin for it take turns,
        and every header names its band in a tooltip). Returns where the text went."""
        shown = header.rect.intersected(bar)
        if shown.isEmpty():
            return last
        # The size follows the whole header, not the part on screen: a lane half scrolled off keeps its size.
        room = header.rect.height() if self.vertical else header.rect.width()
        size = style.header_font().pixelSize()
        if self.vertical and room < size * 1.6:
            size = max(style.HEADER_MIN_PIXELS, min(size, int(room - 2)))
        font, metrics = _header_font(size)
        painter.setFont(font)
        text_rect = shown.adjusted(6, 2, -6, -2)
        if text_rect.height() < metrics.height():
            centre = text_rect.center().y()
            text_rect.setTop(centre - metrics.height() / 2)
            text_rect.setHeight(metrics.height())
        if last is not None and text_rect.intersects(last):
            return last  # no room between the neighbours' names: the tooltip names it
        lines = int(text_rect.height() // metrics.lineSpacing())
        name = header.band.name
        painter.setPen(style.HEADER_INK)
        if lines >= 2:
            painter.drawText(text_rect, _TEXT, name)
        else:
            elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignCenter), elided)
        return text_rect

    def event(self, event) -> bool:  # noqa: D102 - Qt override
        if event.type() == QEvent.Type.ToolTip:
            header = self.header_at(QPointF(event.pos()))
            if header is not None:
                QToolTip.showText(event.globalPos(), header.band.name, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -------------------------------------------------------------- mouse
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        position = event.position()
        if self._drag is not None:
            self._drag["current"] = position
            self._drag["moved"] |= abs(self._along(position) - self._along(self._drag["start"])) >= 3
            self.update()
            return
        header = self.header_at(position)
        resize = header is not None and self._near_far_edge(header, position)
        shape = (
            (Qt.CursorShape.SizeVerCursor if self.vertical else Qt.CursorShape.SizeHorCursor)
            if resize
            else Qt.CursorShape.ArrowCursor
        )
        self.setCursor(shape)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        header = self.header_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or header is None:
            return
        self._drag = {
            "band": header.band,
            "start": event.position(),
            "current": event.position(),
            "moved": False,
            "resize": self._near_far_edge(header, event.position()),
            "size": header.band.height if self.vertical else header.band.width,
        }

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        self.update()
        if drag is None or not drag["moved"]:
            return
        band = drag["band"]
        if drag["resize"]:
            delta = (self._along(event.position()) - self._along(drag["start"])) / self.view.current_scale()
            attempt(self.view.editor.resize_band, band.id, max(40.0, round(drag["size"] + delta)))
            return
        headers = self.headers()
        old_index = next(i for i, h in enumerate(headers) if h.band is band)
        new_index = self._drop_index(headers, old_index, self._along(event.position()))
        if new_index != old_index:
            attempt(self.view.editor.move_band, band.id, new_index)

    def _drop_index(self, headers: list[Header], own: int, along: float) -> int:
        for index, header in enumerate(headers):
            middle = header.rect.center().y() if self.vertical else header.rect.center().x()
            if along < middle:
                return index if index <= own else index - 1
        return len(headers) - 1

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.update()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        header = self.header_at(event.position())
        if header is not None:
            self.view.start_rename(header.band.id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        header = self.header_at(QPointF(event.pos()))
        if header is not None:
            self.view.scene().clearSelection()  # the menu is about the band, not what was selected before
            point = self.view.mapToScene(self.view.viewport().mapFromGlobal(event.globalPos()))
            self.view.context_requested.emit(header.band.id, point, event.globalPos())
