"""Departments and their heads (项目 → 部门与负责人): the 会签 rows of the manual and the RACI columns.

Each change is applied at once as its own undoable edit, and the table follows the document, so an undo while
the dialog is open shows at once. Removing a department that lanes, RACI or sign-offs use first says what
uses it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...canvas.refusals import accepted, attempt
from ...editing.naming import numbered_name
from ...editing.signoff import is_signed_off
from ...i18n import tr

ID_ROLE = Qt.ItemDataRole.UserRole
NAME, HEAD, USE = range(3)


class DepartmentsDialog(QDialog):
    def __init__(self, editor_provider, report, parent=None) -> None:
        super().__init__(parent)
        self._editor, self._report = editor_provider, report
        self._loading = False
        self.setWindowTitle(tr("Departments and heads"))
        self.setMinimumSize(620, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Each department head countersigns the manual (会签); the departments are the columns of "
                "the RACI matrix. Lanes are linked to departments from their header's menu."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Department"), tr("Head (countersigns)"), tr("Used by")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HEAD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(USE, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add department"))
        self.remove_button = QPushButton(tr("Remove…"))
        self.up_button = QPushButton(tr("Move up"))
        self.down_button = QPushButton(tr("Move down"))
        self.from_lanes_button = QPushButton(tr("Create from the lanes"))
        self.from_lanes_button.setToolTip(tr("A department for every lane that has none, each lane linked to it"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.from_lanes_button)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.from_lanes_button.clicked.connect(self._from_lanes)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        layout.addWidget(self.close_buttons)
        # Follows the document it was opened on; an edit from its own table refreshes it after the edit, not
        # inside the change handler that made it (the item being edited must not be replaced under it).
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        events, timer = self._editor().doc.events, self._refresh_timer

        def later() -> None:  # a plain function: it must not touch the dialog once Qt has deleted it
            if shiboken6.isValid(timer):
                timer.start()

        def unsubscribe(*_args) -> None:
            if later in events.batch_finished.handlers():
                events.batch_finished.disconnect(later)

        events.batch_finished.connect(later)
        self.finished.connect(unsubscribe)
        self.destroyed.connect(unsubscribe)
        self.refresh()

    # ------------------------------------------------------------ rows
    def refresh(self) -> None:
        editor = self._editor()
        departments = editor.doc.project.departments
        selected = self.selected_id()
        self._loading = True
        try:
            self.table.setRowCount(len(departments))
            for row, department in enumerate(departments):
                usage = editor.department_usage(department.id)
                used = "；".join(usage.sentences()) if usage else tr("Not used yet")
                for column, text in ((NAME, department.name), (HEAD, department.head), (USE, used)):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, department.id)
                    if column == USE or self._read_only():
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(row, column, item)
        finally:
            self._loading = False
        if selected is not None:
            self.select(selected)
        self._update_buttons()

    def _read_only(self) -> bool:
        return is_signed_off(self._editor().doc.project)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        item = self.table.item(rows[0].row(), NAME) if rows else None
        return item.data(ID_ROLE) if item else None

    def select(self, department_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, NAME).data(ID_ROLE) == department_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        read_only = self._read_only()
        row = self.table.currentRow() if self.selected_id() else -1
        for button in (self.add_button, self.from_lanes_button):
            button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only and row >= 0)
        self.up_button.setEnabled(not read_only and row > 0)
        self.down_button.setEnabled(not read_only and 0 <= row < self.table.rowCount() - 1)

    # ------------------------------------------------------------ edits
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        department_id = item.data(ID_ROLE)
        editor = self._editor()
        if item.column() == NAME:
            ok = accepted(editor.rename_department, department_id, item.text())
        else:
            ok = accepted(editor.set_department_head, department_id, item.text())
        if not ok:
            self.refresh()  # put the old value back; the status bar says why

    def _add(self) -> None:
        editor = self._editor()
        taken = [d.name for d in editor.doc.project.departments]
        name = numbered_name(lambda n: tr("Department {number}", number=n), taken, len(taken) + 1)
        department = attempt(editor.add_department, name)
        if department is not None:
            self.refresh()
            self.select(department.id)
            self.table.setCurrentCell(self.table.currentRow(), NAME)
            self.table.editItem(self.table.currentItem())

    def _remove(self) -> None:
        department_id = self.selected_id()
        if department_id is None:
            return
        editor = self._editor()
        department = editor.doc.get(department_id)
        usage = editor.department_usage(department_id)
        if usage:
            text = tr("Remove the department “{name}”?", name=department.name)
            details = (
                "\n".join(usage.sentences())
                + "\n"
                + tr(
                    "Its lanes stay (without a department), its RACI letters go; recorded sign-offs stay on record. "
                    "Undo (Ctrl+Z) brings it back."
                )
            )
            answer = QMessageBox.question(self, tr("Remove department"), text + "\n\n" + details)
            if answer != QMessageBox.StandardButton.Yes:
                return
        attempt(editor.remove_department, department_id)
        self.refresh()

    def _move(self, step: int) -> None:
        department_id = self.selected_id()
        if department_id is not None:
            index = self._editor().doc.index_of(department_id)
            attempt(self._editor().move_department, department_id, index + step)
            self.refresh()
            self.select(department_id)

    def _from_lanes(self) -> None:
        created = attempt(self._editor().departments_from_lanes)
        self.refresh()
        if created is not None:
            self._report(tr("{count} departments created from the lanes; every lane is linked.", count=created))
