"""Find a step by name (Ctrl+F): the first match is shown selected, Enter goes on to the next, Esc closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from ..canvas.view import MapView
from ..i18n import tr


class FindBar(QWidget):
    def __init__(self, current_view: Callable[[], MapView | None], report: Callable[[str], None], parent=None) -> None:
        super().__init__(parent)
        self._current_view, self._report = current_view, report
        self._matches: list[str] = []
        self._position = -1
        self._searched: tuple[str, str] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.label = QLabel()
        self.edit = QLineEdit()
        self.edit.returnPressed.connect(self.find_next)
        self.count = QLabel()
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(tr("Find step:"))
        self.edit.setPlaceholderText(tr("Type part of a step name, then Enter (Enter again: the next one)"))

    def start(self) -> None:
        view = self._current_view()
        if view is None:
            return
        names = sorted({s.name for s in view.scene().map.steps})
        completer = QCompleter(names, self.edit)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(completer)
        self._searched = None
        self.count.clear()
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def find_next(self) -> None:
        """A new text finds every match and shows the first, selected; the same text again shows the next one.
        The matches are looked up again when the map in view or its steps changed."""
        view = self._current_view()
        text = self.edit.text().strip().lower()
        if self.edit.completer() is not None:
            self.edit.completer().popup().hide()  # the list would cover the tabs and headers
        if view is None or not text:
            return
        key = (view.scene().map_id, text)
        still_there = all(i in view.scene().step_items for i in self._matches)
        if key != self._searched or not still_there:
            steps = view.scene().map.steps
            exact = [s.id for s in steps if s.name.lower() == text]
            self._matches = exact + [s.id for s in steps if text in s.name.lower() and s.id not in exact]
            self._searched, self._position = key, -1
        if not self._matches:
            self.count.setText("")
            self._report(tr("No step named like “{text}”.", text=self.edit.text()))
            return
        self._position = (self._position + 1) % len(self._matches)
        current = self._matches[self._position]
        view.center_on_element(current)  # first: a far zoomed-out map is drawn as a sketch, which selects nothing
        view.scene().select_ids([current])
        self.count.setText(tr("{number} of {count}", number=self._position + 1, count=len(self._matches)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            view = self._current_view()
            if view is not None:
                view.setFocus()
            return
        super().keyPressEvent(event)
