"""Small editors shared by panels and dialogs: lists of lines and texts that commit once the user is done with
the field (not on every keystroke), dates that may be left empty, and tables of rows typed in place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr


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


class _OptionalDateEdit(QDateEdit):
    """The first arrow key or wheel step on an empty date starts from today, not from the "not set" mark
    (1900-01-02 would be written otherwise)."""

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        if self.date() == self.minimumDate():
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)


class DateField(QWidget):
    """A date that may be left empty: a calendar drop-down, and a button that clears it.

    ``value()`` is a ``datetime.date`` or None; ``edited`` is emitted when the user changes it.
    """

    edited = Signal()
    _UNSET = QDate(1900, 1, 1)  # shown as "not set"; no process document is dated this early

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = _OptionalDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(self._UNSET)
        self.edit.setSpecialValueText(tr("(not set)"))
        self.edit.dateChanged.connect(self._changed)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(tr("Clear the date"))
        self.clear_button.clicked.connect(lambda: self.set_value(None, user=True))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.set_value(None)

    def set_value(self, value: dt.date | None, user: bool = False) -> None:
        self.edit.blockSignals(not user)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else self._UNSET)
        self.edit.blockSignals(False)
        if value is None:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())  # not January 2000
        self.clear_button.setEnabled(value is not None)

    def value(self) -> dt.date | None:
        date = self.edit.date()
        return None if date == self._UNSET else dt.date(date.year(), date.month(), date.day())

    def _changed(self, _date: QDate) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        self.edited.emit()


# Double-click, F2 or typing opens a cell's editor, as in a spreadsheet.
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class RowsEditor(QWidget):
    """A table of short texts typed in place (attendees, agenda items), with Add and Remove buttons below.

    ``rows()`` gives each row's stripped texts; a row whose first cell is empty is dropped, so an added row the
    user never filled in leaves nothing behind. ``buttons`` is the row of buttons, for a dialog's own ones.
    """

    changed = Signal()  # a row was added or removed, or a cell edited

    def __init__(self, headers: list[str], add_text: str, stretch: int = 0, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(EDIT_TRIGGERS)
        self.table.itemChanged.connect(self.changed)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(tr("Remove row"))
        self.add_button.clicked.connect(self.start_new_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)

    def add_row(self, *texts: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            self.table.setItem(row, column, QTableWidgetItem(texts[column] if column < len(texts) else ""))
        self.changed.emit()
        return row

    def start_new_row(self) -> None:
        """An empty row, its first cell open for typing."""
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.currentItem())

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows or ([self.table.currentRow()] if self.table.currentRow() >= 0 else []):
            self.table.removeRow(row)
        self.changed.emit()

    def texts(self, row: int) -> list[str]:
        return [
            (item.text() if (item := self.table.item(row, column)) else "").strip()
            for column in range(self.table.columnCount())
        ]

    def rows(self) -> list[list[str]]:
        """The filled rows' texts, in table order."""
        return [texts for row in range(self.table.rowCount()) if (texts := self.texts(row))[0]]

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDIT_TRIGGERS)
        for button in (self.add_button, self.remove_button):
            button.setEnabled(not read_only)
