"""The overview: the whole map small, with a frame around what the canvas shows. Click or drag to go there."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from ...canvas import style
from ...canvas.items.sketch_item import SketchItem
from ...canvas.view import MapView


class Overview(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(140)
        self.view: MapView | None = None
        self._pixmap: QPixmap | None = None
        self._content = QRectF()
        self._scale = 1.0
        self._offset = QPointF()
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(300)  # edits come in bursts: draw once they settle
        self._redraw.timeout.connect(self._render)

    def set_view(self, view: MapView | None) -> None:
        if self.view is not None:
            for signal in (
                self.view.horizontalScrollBar().valueChanged,
                self.view.verticalScrollBar().valueChanged,
                self.view.zoom_changed,
            ):
                try:
                    signal.disconnect(self.update)
                except (RuntimeError, TypeError):
                    pass
        self.view = view
        if view is not None:
            view.horizontalScrollBar().valueChanged.connect(self.update)
            view.verticalScrollBar().valueChanged.connect(self.update)
            view.zoom_changed.connect(self.update)
        self.schedule()

    def schedule(self) -> None:
        self._redraw.start()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.schedule()

    def _render(self) -> None:
        self._pixmap = None
        if self.view is None:
            self.update()
            return
        scene = self.view.scene()
        sketch = SketchItem()
        sketch.rebuild(scene.map, scene.routes())
        content = scene.bands_extent.united(sketch.boundingRect()).adjusted(-20, -20, 20, 20)
        if content.isEmpty() or self.width() < 10 or self.height() < 10:
            self.update()
            return
        self._content = content
        self._scale = min(self.width() / content.width(), self.height() / content.height())
        self._offset = QPointF(
            (self.width() - content.width() * self._scale) / 2, (self.height() - content.height() * self._scale) / 2
        )
        pixmap = QPixmap(self.size())
        pixmap.fill(style.CANVAS)
        painter = QPainter(pixmap)
        painter.translate(self._offset)
        painter.scale(self._scale, self._scale)
        painter.translate(-content.topLeft())
        for index, (_, band) in enumerate(scene.lane_rects()):
            painter.fillRect(band, style.LANE_FILLS[index % 2])
        sketch.draw(painter)
        painter.end()
        self._pixmap = pixmap
        self.update()

    def _to_scene(self, point: QPointF) -> QPointF:
        return (point - self._offset) / self._scale + self._content.topLeft()

    def _from_scene(self, point: QPointF) -> QPointF:
        return (point - self._content.topLeft()) * self._scale + self._offset

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), style.CANVAS)
        if self._pixmap is None or self.view is None:
            return
        painter.drawPixmap(0, 0, self._pixmap)
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        frame = QRectF(self._from_scene(visible.topLeft()), self._from_scene(visible.bottomRight()))
        painter.setPen(QPen(style.SELECTION, 2))
        painter.setBrush(style.DROP_HINT)
        painter.drawRect(frame)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._go(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event.position())

    def _go(self, position: QPointF) -> None:
        if self.view is not None and self._pixmap is not None:
            self.view.centerOn(self._to_scene(position))
