"""Small editors that commit once, when the user is done with the field (not on every keystroke)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit


class LinesEdit(QPlainTextEdit):
    """A list of strings, one per line; emits ``committed`` when focus leaves after a change."""

    committed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)
        self._original: list[str] = []

    def set_lines(self, lines: list[str]) -> None:
        self._original = list(lines)
        self.setPlainText("\n".join(lines))

    def lines(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if self.lines() != self._original:
            self._original = self.lines()
            self.committed.emit()


class TextEdit(LinesEdit):
    """Free text over several lines (remarks)."""

    def set_text(self, text: str) -> None:
        self._original = [text]
        self.setPlainText(text)

    def text(self) -> str:
        return self.toPlainText().strip()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        QPlainTextEdit.focusOutEvent(self, event)
        if [self.text()] != self._original:
            self._original = [self.text()]
            self.committed.emit()
