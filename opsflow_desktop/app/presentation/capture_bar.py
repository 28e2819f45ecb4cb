"""The capture line: what was said and who said it, typed in one line without leaving the presentation.

Enter adds the finding (to the step or hand-off in the spotlight, else to the whole map), Esc closes the line.
The type comes from the line's first word ("瓶颈：…") or from the list beside it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...i18n import tr
from ...labels import label
from ...model import FindingType


class CaptureLine(QLineEdit):
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Esc closes the line, not the show
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
        # QLineEdit lets Enter, the arrows and PgUp/PgDn through to the window, where the walk would move on
        # while the facilitator types: keys typed here stay here.
        event.accept()


class CaptureBar(QWidget):
    captured = Signal(str, object)  # the typed line, the FindingType chosen beside it
    closed = Signal()
    empty = Signal()  # Enter on an empty line: say what to type

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("capture")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        self.target = QLabel()
        self.kind = QComboBox()
        for kind in FindingType:
            self.kind.addItem(label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(FindingType.PAIN_POINT))
        self.line = CaptureLine()
        self.line.setPlaceholderText(tr("What was said — who said it   (e.g. 素材返工太多 — 王敏)"))
        self.line.returnPressed.connect(self._submit)
        self.line.cancelled.connect(self.closed)
        row.addWidget(self.target)
        row.addWidget(self.kind)
        row.addWidget(self.line, 1)
        self.setStyleSheet("#capture { background: #fef3c7; }")

    def set_pixel_size(self, pixels: int) -> None:
        for widget in (self.target, self.kind, self.line):
            font = widget.font()
            font.setPixelSize(pixels)
            widget.setFont(font)

    def open_for(self, target_name: str) -> None:
        self.target.setText(tr("On “{name}”:", name=target_name))
        self.show()
        self.line.setFocus()

    def _submit(self) -> None:
        text = self.line.text().strip()
        if not text:
            self.empty.emit()
            return
        self.captured.emit(text, FindingType(self.kind.currentData()))  # Qt hands the enum back as str
