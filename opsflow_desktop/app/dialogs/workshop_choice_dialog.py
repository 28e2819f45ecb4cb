"""Which workshop: the project's workshops, the last held first, or a new one (before presenting, or to edit a
record when there are several)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ...editing.signoff import is_signed_off
from ...i18n import tr
from ...model import Interview, InterviewKind, Project

ID_ROLE = Qt.ItemDataRole.UserRole


def workshops_newest_first(project: Project) -> list[Interview]:
    """The project's workshops, the last held first; undated ones after the dated."""
    held = [i for i in project.interviews if i.kind is InterviewKind.WORKSHOP]
    return sorted(held, key=lambda w: (w.date is not None, w.date or dt.date.min), reverse=True)


def workshop_choice(record: Interview) -> str:
    """ "2026-11-20 · 商品上架流程 现状研讨会 · 三楼大会议室 · 6 人参加"."""
    people = tr("{count} attendees", count=len(record.attendees)) if record.attendees else ""
    date = record.date.isoformat() if record.date else ""
    return " · ".join(part for part in (date, record.title or tr("(untitled)"), record.occasion, people) if part)


class WorkshopChoiceDialog(QDialog):
    """``chosen_id`` after OK (or a double-click); None when "New workshop…" was pressed."""

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Choose workshop"))
        self.setMinimumSize(520, 320)
        self.chosen_id: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Which workshop is it? The findings captured and the votes go into its record."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choices = QListWidget()
        for record in workshops_newest_first(project):
            item = QListWidgetItem(workshop_choice(record))
            item.setData(ID_ROLE, record.id)
            self.choices.addItem(item)
        self.choices.setCurrentRow(0)
        self.choices.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.choices)
        self.new_button = QPushButton(tr("New workshop…"))
        self.new_button.setEnabled(not is_signed_off(project))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self._new)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.buttons, 1)
        layout.addLayout(bottom)

    def accept(self) -> None:
        item = self.choices.currentItem()
        self.chosen_id = item.data(ID_ROLE) if item is not None else None
        super().accept()

    def _new(self) -> None:
        self.chosen_id = None
        super().accept()
