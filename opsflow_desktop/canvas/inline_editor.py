"""In-place renaming: a line edit over the item (so Chinese input methods work as in any text field)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class InlineEditor(QLineEdit):
    """Enter or leaving the field commits; Esc cancels; Tab commits and asks for the next step. Commits at most
    once."""

    cancelled = Signal()
    tabbed = Signal()  # committed with Tab: the canvas adds the next step to the right

    def __init__(self, parent: QWidget, rect: QRect, text: str, commit: Callable[[str], None]) -> None:
        super().__init__(text, parent)
        self._commit = commit
        self._original = text
        self._done = False
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setGeometry(
            rect.adjusted(0, max(0, rect.height() // 2 - 14), 0, 0).intersected(parent.rect())
            if rect.height() > 28
            else rect
        )
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
            self._hand_back_focus()
            self.hide()
            self.deleteLater()
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # QLineEdit passes Enter on to its parent, where it would add the next step

    def event(self, event) -> bool:  # noqa: D102 - Qt override
        # Tab would move the focus (and commit on the way out): commit here, then go on to the next step.
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._finish()
            self.tabbed.emit()
            return True
        return super().event(event)

    def _hand_back_focus(self) -> None:
        """The canvas (or header) the editor sits on gets the keyboard again, so Tab and Enter go on there."""
        if not self.hasFocus():
            return
        widget = self.parentWidget()
        while widget is not None and not widget.focusPolicy() & Qt.FocusPolicy.StrongFocus:
            widget = widget.parentWidget()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        text = self.text().strip()
        self._hand_back_focus()
        self.hide()
        self.deleteLater()
        if text and text != self._original:
            self._commit(text)
