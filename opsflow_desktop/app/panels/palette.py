"""The step kinds as a toolbar of shapes: click one, then click on the canvas; or drag one onto the canvas.

A toolbar rather than a dock: it costs the canvas one row of buttons instead of a column of the screen, and the
user can still move it to the left edge like any toolbar.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QDrag, QIcon, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from ...canvas import style
from ...canvas.items.shapes import step_outline
from ...canvas.tools.place import STEP_KIND_MIME
from ...i18n import tr
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


class KindButton(QToolButton):
    """One step kind: a click chooses it for the next click on the canvas, a drag carries it there."""

    chosen = Signal(object)  # StepKind

    def __init__(self, kind: StepKind, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setIcon(kind_icon(kind))
        self.setAutoRaise(True)
        self._pressed_at: QPoint | None = None
        self.clicked.connect(lambda: self.chosen.emit(self.kind))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if (
            self._pressed_at is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - self._pressed_at).manhattanLength() >= QApplication.startDragDistance()
        ):
            self._pressed_at = None
            self.setDown(False)
            mime = QMimeData()
            mime.setData(STEP_KIND_MIME, self.kind.value.encode())
            drag = QDrag(self)
            drag.setMimeData(mime)
            drag.setPixmap(self.icon().pixmap(32, 32))
            drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)


class Palette(QToolBar):
    kind_chosen = Signal(object)  # StepKind

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("palette_toolbar")
        self.setIconSize(QSize(28, 22))
        self.buttons: dict[StepKind, KindButton] = {}
        for kind in StepKind:
            button = KindButton(kind, self)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.chosen.connect(self.kind_chosen)
            self.addWidget(button)
            self.buttons[kind] = button
        self.retranslate()

    def button(self, kind: StepKind) -> KindButton:
        return self.buttons[kind]

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Step kinds"))
        for kind, button in self.buttons.items():
            button.setText(label(kind))
            button.setToolTip(tr("{kind}: click, then click on the map; or drag it onto the map", kind=label(kind)))
