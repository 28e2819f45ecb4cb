"""In-place renaming: a line edit over the item (so Chinese input methods work as in any text field)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class InlineEditor(QLineEdit):
    """Enter or leaving the field commits; Esc cancels. Commits at most once."""

    def __init__(self, parent: QWidget, rect: QRect, text: str, commit: Callable[[str], None]) -> None:
        super().__init__(text, parent)
        self._commit = commit
        self._done = False
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setGeometry(rect.adjusted(0, max(0, rect.height() // 2 - 14), 0, 0).intersected(parent.rect())
                         if rect.height() > 28 else rect)
        self.setFixedHeight(28)
        self.selectAll()
        self.editingFinished.connect(self._finish)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    element_id: str | None = None

    def close_if_for(self, element_id: str) -> None:
        if element_id == self.element_id and not self._done:
            self._done = True
            self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self._done = True
            self.deleteLater()
            return
        super().keyPressEvent(event)

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        text = self.text().strip()
        self.deleteLater()
        if text:
            self._commit(text)
