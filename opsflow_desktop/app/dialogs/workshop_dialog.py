"""The workshop record (研讨会记录) a facilitator writes down: title, date and place, who took part, the agenda,
the decisions, the next actions with owners and due dates, and notes.

OK applies everything as one undoable edit; a new workshop is only created then (so Cancel leaves nothing), in
the same undo step. A refused value is said in the dialog, which stays open. On a signed-off document the
dialog only shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...editing.signoff import is_signed_off
from ...editing.workshops import workshop
from ...i18n import tr
from ...model import DocumentError, Interview
from ..fields import DateField, LinesEdit, RowsEditor
from ..panels.findings import DateDelegate

NAME, DEPARTMENT, ROLE = range(3)
ITEM, MINUTES = range(2)
ACTION, OWNER, DUE = range(3)
MAX_MINUTES = 600  # AgendaItem.minutes


class DepartmentDelegate(QStyledItemDelegate):
    """The attendee's department: one of the project's, or typed (a guest from outside the project)."""

    def __init__(self, departments: list[str], parent=None) -> None:
        super().__init__(parent)
        self.departments = departments

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(["", *self.departments])
        combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)  # typed text stays as typed
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802
        editor.setEditText(index.data(Qt.ItemDataRole.DisplayRole) or "")
        editor.lineEdit().selectAll()

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.DisplayRole)


class OwnerDelegate(QStyledItemDelegate):
    """Who owns a next action: free text, completed from the attendees as they stand in the table."""

    def __init__(self, names: Callable[[], list[str]], parent=None) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        edit = QLineEdit(parent)
        completer = QCompleter(QStringListModel(self.names(), edit), edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        return edit


class MinutesDelegate(QStyledItemDelegate):
    """Planned minutes of an agenda item: a spin box; 0 (shown as "—") is "not planned"."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_MINUTES)
        spin.setSpecialValueText("—")
        spin.setSuffix(tr(" min"))
        return spin

    def setEditorData(self, editor: QSpinBox, index) -> None:  # noqa: N802
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        editor.setValue(int(text) if text.isdigit() else 0)

    def setModelData(self, editor: QSpinBox, model, index) -> None:  # noqa: N802
        editor.interpretText()
        model.setData(index, str(editor.value()) if editor.value() else "", Qt.ItemDataRole.DisplayRole)


class WorkshopDialog(QDialog):
    """``workshop_id`` None: a new workshop, created on OK (``title`` and ``date`` are its proposals);
    afterwards ``workshop_id`` names it."""

    def __init__(
        self, editor, workshop_id: str | None, parent=None, title: str = "", date: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.editor, self.workshop_id = editor, workshop_id
        project = editor.doc.project
        record = workshop(editor.doc, workshop_id) if workshop_id else Interview(title=title, date=date)
        self.read_only = is_signed_off(project)
        self.departments = project.departments
        self.setWindowTitle(tr("Workshop record") if workshop_id else tr("New workshop"))
        self.setMinimumSize(720, 560)
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.title_edit = QLineEdit(record.title)
        self.title_edit.setPlaceholderText(tr("e.g. 商品上架流程 现状研讨会"))
        self.date = DateField()
        self.date.set_value(record.date)
        self.date.setMaximumWidth(180)
        self.place = QLineEdit(record.occasion)
        self.place.setPlaceholderText(tr("e.g. 三楼大会议室"))
        form.addRow(tr("Title:"), self.title_edit)
        form.addRow(tr("Date:"), self.date)
        form.addRow(tr("Place:"), self.place)
        layout.addLayout(form)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.attendees = RowsEditor([tr("Full name"), tr("Department"), tr("Role")], tr("Add attendee"), ROLE)
        self.attendees.table.setItemDelegateForColumn(
            DEPARTMENT, DepartmentDelegate([d.name for d in project.departments], self)
        )
        self.heads_button = QPushButton(tr("Add department heads"))
        self.heads_button.setToolTip(tr("Each department's head (Project → Departments and heads) with the department"))
        self.heads_button.setEnabled(any(d.head for d in project.departments))
        self.heads_button.clicked.connect(self.add_department_heads)
        self.attendees.buttons.addWidget(self.heads_button)
        for attendee in record.attendees:
            self.attendees.add_row(attendee.name, attendee.department, attendee.role)
        self.tabs.addTab(self.attendees, "")

        self.agenda = RowsEditor([tr("Agenda item"), tr("Planned minutes")], tr("Add agenda item"), ITEM)
        self.agenda.table.setItemDelegateForColumn(MINUTES, MinutesDelegate(self))
        self.total = QLabel()
        self.agenda.buttons.addWidget(self.total)
        for item in record.agenda:
            self.agenda.add_row(item.title, str(item.minutes or ""))
        self.tabs.addTab(self.agenda, "")

        outcome = QWidget()
        outcome_layout = QVBoxLayout(outcome)
        self.decisions = LinesEdit()
        self.decisions.set_lines(record.decisions)
        self.decisions.setFixedHeight(110)
        self.decisions.setPlaceholderText(tr("One decision per line, e.g. 素材需求统一由商品部提交"))
        self.next_actions = RowsEditor([tr("Next action"), tr("Owner"), tr("Due date")], tr("Add action"), ACTION)
        self.next_actions.table.setItemDelegateForColumn(OWNER, OwnerDelegate(self.attendee_names, self))
        self.next_actions.table.setItemDelegateForColumn(DUE, DateDelegate(self))
        for action in record.actions:
            self.next_actions.add_row(action.action, action.owner, action.due.isoformat() if action.due else "")
        outcome_layout.addWidget(QLabel(tr("Decisions (one per line):")))
        outcome_layout.addWidget(self.decisions)
        outcome_layout.addWidget(QLabel(tr("Next actions:")))
        outcome_layout.addWidget(self.next_actions, 1)
        self.tabs.addTab(outcome, "")

        self.notes = QPlainTextEdit(record.notes)
        self.notes.setPlaceholderText(tr("What else the room said, open questions, what to prepare next time."))
        self.tabs.addTab(self.notes, "")

        self._size_columns()
        for rows in (self.attendees, self.agenda, self.next_actions):
            rows.changed.connect(self._update_counts)
        self.decisions.textChanged.connect(self._update_counts)
        self._update_counts()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close
            if self.read_only
            else QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.read_only:
            self._show_read_only()
        self.title_edit.setFocus()

    def _size_columns(self) -> None:
        widths = (
            (self.attendees, {NAME: 130, DEPARTMENT: 150}),
            (self.agenda, {MINUTES: 130}),
            (self.next_actions, {OWNER: 130, DUE: 150}),
        )
        for rows, columns in widths:
            for column, width in columns.items():
                rows.table.setColumnWidth(column, width)

    def _show_read_only(self) -> None:
        self.show_message(tr("The document is signed off: start a new revision to change the workshop record."))
        for line in (self.title_edit, self.place):
            line.setReadOnly(True)
        for text in (self.decisions, self.notes):
            text.setReadOnly(True)
        for rows in (self.attendees, self.agenda, self.next_actions):
            rows.set_read_only(True)
        self.date.setEnabled(False)
        self.heads_button.setEnabled(False)

    def _update_counts(self) -> None:
        outcome = len(self.decisions.lines()) + len(self.next_actions.rows())
        texts = (
            tr("Attendees ({count})", count=len(self.attendees.rows())),
            tr("Agenda ({count})", count=len(self.agenda.rows())),
            tr("Decisions and actions ({count})", count=outcome),
            tr("Workshop notes"),
        )
        for index, text in enumerate(texts):
            self.tabs.setTabText(index, text)
        minutes = sum(int(texts[MINUTES]) for texts in self.agenda.rows() if texts[MINUTES].isdigit())
        self.total.setText(tr("Planned: {minutes} min in all", minutes=minutes) if minutes else "")

    # ------------------------------------------------------------ attendees
    def attendee_names(self) -> list[str]:
        return [texts[NAME] for texts in self.attendees.rows()]

    def add_department_heads(self) -> None:
        """Each department's head as an attendee of that department, unless already listed."""
        present = {(texts[NAME], texts[DEPARTMENT]) for texts in self.attendees.rows()}
        added = 0
        for department in self.departments:
            if department.head and (department.head, department.name) not in present:
                self.attendees.add_row(department.head, department.name, tr("Department head"))
                added += 1
        missing = [d.name for d in self.departments if not d.head]
        text = tr("{count} department heads added.", count=added) if added else tr("Every head is already listed.")
        if missing:
            text += " " + tr("No head recorded for: {names}.", names="、".join(missing))
        self.show_message(text)

    # ------------------------------------------------------------ result
    def values(self) -> dict:
        """The record's fields for ``DocumentEditor.set_fields``; a DocumentError says which value is wrong."""
        title = " ".join(self.title_edit.text().split())
        if not title:
            raise DocumentError(tr("The workshop needs a title."))
        agenda = []
        for item, minutes in self.agenda.rows():
            if minutes and not (minutes.isdigit() and 1 <= int(minutes) <= MAX_MINUTES):
                raise DocumentError(
                    tr("Agenda item “{item}”: the planned time is whole minutes from 1 to 600.", item=item)
                )
            agenda.append({"title": item, "minutes": int(minutes) if minutes else None})
        actions = []
        for action, owner, due in self.next_actions.rows():
            try:
                actions.append({"action": action, "owner": owner, "due": dt.date.fromisoformat(due) if due else None})
            except ValueError:
                raise DocumentError(
                    tr("Next action “{action}”: “{due}” is not a date (YYYY-MM-DD).", action=action, due=due)
                ) from None
        return {
            "title": title,
            "date": self.date.value(),
            "occasion": self.place.text().strip(),
            "attendees": [{"name": n, "department": d, "role": r} for n, d, r in self.attendees.rows()],
            "agenda": agenda,
            "decisions": self.decisions.lines(),
            "actions": actions,
            "notes": self.notes.toPlainText().strip(),
        }

    def accept(self) -> None:
        """Apply the record as one undo step; a refused value is said here and the dialog stays open."""
        if self.read_only:
            super().accept()
            return
        try:
            values = self.values()
            if self.workshop_id is None:
                self.workshop_id = self.editor.start_workshop(**values).id
            else:
                text = tr("Edit workshop “{name}”", name=values["title"])
                self.editor.set_fields(self.workshop_id, values, text=text)
        except DocumentError as error:
            self.show_message(str(error), error=True)
            return
        super().accept()

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("QLabel { color: #b91c1c; }" if error else "")
        self.message.show()
