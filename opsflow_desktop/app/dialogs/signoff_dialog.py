"""Record one sign-off: who signs in which role and department, when, and with which decision.

The dialog lists the slots of the sign-off block (编制, 审查, 会签 per department, 核准) with who has signed;
picking an open slot fills in its role, department and the person expected (the department head).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from ...i18n import tr
from ...labels import label
from ...model import Project, SignOffDecision, SignOffRole
from ...model.signing import SignOffSlot, required_signoff_slots

SLOT_ROLE = Qt.ItemDataRole.UserRole


def slot_text(slot: SignOffSlot) -> str:
    """ "Countersigned by · 设计部 (王敏): open" or "Drafted by: 张婷, 2026-11-20"."""
    where = f" · {slot.department}" + (f" ({slot.expected})" if slot.expected else "") if slot.department else ""
    if slot.signoff is None:
        return tr("{role}{where}: open", role=label(slot.role), where=where)
    return tr(
        "{role}{where}: {name}, {date}",
        role=label(slot.role),
        where=where,
        name=slot.signoff.name,
        date=slot.signoff.date or "",
    )


class SignOffDialog(QDialog):
    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Record sign-off"))
        self.setMinimumWidth(460)
        self.project = project
        self.slots = required_signoff_slots(project)
        layout = QVBoxLayout(self)
        open_count = sum(not s.filled for s in self.slots)
        self.summary = QLabel(
            tr(
                "Version {version}: {open} of {total} sign-offs still open. The last approval freezes this version.",
                version=project.meta.version,
                open=open_count,
                total=len(self.slots),
            )
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.slot_list = QListWidget()
        for index, slot in enumerate(self.slots):
            item = QListWidgetItem(("✓ " if slot.filled else "○ ") + slot_text(slot))
            item.setData(SLOT_ROLE, index)
            self.slot_list.addItem(item)
        self.slot_list.currentRowChanged.connect(self._slot_chosen)
        layout.addWidget(self.slot_list)

        form = QFormLayout()
        self.role = QComboBox()
        for role in SignOffRole:
            self.role.addItem(label(role), role.value)
        self.department = QComboBox()
        self.department.setEditable(True)  # 审查 or 核准 may come from a department outside the project
        self.department.addItem("")
        for department in project.departments:
            self.department.addItem(department.name)
        self.department.currentTextChanged.connect(self._department_chosen)
        self.name = QLineEdit()
        self.name.textChanged.connect(self._update_ok)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.decision = QComboBox()
        for decision in SignOffDecision:
            self.decision.addItem(label(decision), decision.value)
        self.comment = QPlainTextEdit()
        self.comment.setFixedHeight(60)
        form.addRow(tr("Role:"), self.role)
        form.addRow(tr("Department:"), self.department)
        form.addRow(tr("Name:"), self.name)
        form.addRow(tr("Date:"), self.date)
        form.addRow(tr("Decision:"), self.decision)
        form.addRow(tr("Comment:"), self.comment)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        first_open = next((i for i, s in enumerate(self.slots) if not s.filled), 0)
        self.slot_list.setCurrentRow(first_open)
        self._update_ok()

    def _slot_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.slots):
            return
        slot = self.slots[row]
        self.role.setCurrentIndex(self.role.findData(slot.role.value))
        self.department.setCurrentText(slot.department)
        self.name.setText(slot.expected)

    def _department_chosen(self, name: str) -> None:
        """A countersignature is usually the department head's: offer that name when none is typed."""
        head = next((d.head for d in self.project.departments if d.name == name), "")
        if head and not self.name.text().strip():
            self.name.setText(head)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    def values(self) -> dict:
        """Keyword arguments for ``DocumentEditor.record_signoff``."""
        return {
            "role": SignOffRole(self.role.currentData()),
            "name": self.name.text().strip(),
            "department": self.department.currentText().strip(),
            "date": dt.date(self.date.date().year(), self.date.date().month(), self.date.date().day()),
            "decision": SignOffDecision(self.decision.currentData()),
            "comment": self.comment.toPlainText().strip(),
        }
