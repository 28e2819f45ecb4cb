"""Start a new revision of a signed-off document: minor (V1.0 -> V1.1) or major (-> V2.0), and its record line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from ...editing.signoff import next_version
from ...i18n import tr
from ...model import Project


class RevisionDialog(QDialog):
    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Start new revision"))
        self.setMinimumWidth(440)
        current = project.meta.version
        self._proposals = {
            False: next_version(current, major=False) or "",
            True: next_version(current, major=True) or "",
        }
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "The sign-offs of version {version} stay on record. The new revision can be edited "
                "and needs new sign-offs.",
                version=current,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.minor = QRadioButton(tr("Small change: {current} → {new}", current=current, new=self._proposals[False]))
        self.major = QRadioButton(tr("Large change: {current} → {new}", current=current, new=self._proposals[True]))
        self.minor.setChecked(True)
        self.minor.toggled.connect(self._kind_changed)
        layout.addWidget(self.minor)
        layout.addWidget(self.major)
        form = QFormLayout()
        self.version = QLineEdit(self._proposals[False])
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(tr("What changes, e.g. material production limit 48 h → 36 h"))
        self.sections = QLineEdit()
        self.sections.setPlaceholderText(tr("e.g. 5 map, 6 procedure"))
        self.author = QLineEdit(project.meta.process_owner)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(tr("New version:"), self.version)
        form.addRow(tr("Summary of change:"), self.summary)
        form.addRow(tr("Sections changed:"), self.sections)
        form.addRow(tr("Author:"), self.author)
        form.addRow(tr("Date:"), self.date)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.version, self.summary):
            edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _kind_changed(self) -> None:
        self.version.setText(self._proposals[self.major.isChecked()])

    def _update_ok(self) -> None:
        ready = bool(self.version.text().strip() and self.summary.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def values(self) -> dict:
        """Keyword arguments for ``DocumentEditor.start_new_revision``."""
        qdate = self.date.date()
        return {
            "major": self.major.isChecked(),
            "summary": self.summary.text().strip(),
            "sections": self.sections.text().strip(),
            "author": self.author.text().strip(),
            "date": dt.date(qdate.year(), qdate.month(), qdate.day()),
            "version": self.version.text().strip(),
        }
