"""The palette of step kinds: click one, then click on the canvas; or drag one onto the canvas."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QDrag, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ...canvas import style
from ...canvas.items.shapes import step_outline
from ...canvas.tools.place import STEP_KIND_MIME
from ...labels import label
from ...model import StepKind


def kind_icon(kind: StepKind, size: int = 32) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(2, size * 0.2)
    painter.setPen(style.step_pen(kind, False))
    painter.setBrush(QBrush(style.STEP_FILLS[kind]))
    painter.drawPath(step_outline(kind, size - 4, size * 0.6))
    painter.end()
    return QIcon(pixmap)


class Palette(QListWidget):
    kind_chosen = Signal(object)  # StepKind

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(32, 32))
        self.setDragEnabled(True)
        self.setSpacing(2)
        for kind in StepKind:
            item = QListWidgetItem(kind_icon(kind), label(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            self.addItem(item)
        self.itemClicked.connect(lambda item: self.kind_chosen.emit(StepKind(item.data(Qt.ItemDataRole.UserRole))))

    def retranslate(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            item.setText(label(StepKind(item.data(Qt.ItemDataRole.UserRole))))

    def startDrag(self, actions) -> None:  # noqa: N802 - Qt override
        item = self.currentItem()
        if item is None:
            return
        mime = QMimeData()
        mime.setData(STEP_KIND_MIME, item.data(Qt.ItemDataRole.UserRole).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(item.icon().pixmap(32, 32))
        drag.exec(Qt.DropAction.CopyAction)
