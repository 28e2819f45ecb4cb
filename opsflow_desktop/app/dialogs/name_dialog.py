"""Small naming dialogs: a name for a map or a stage, and a lane that may stand for a department."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ...i18n import tr
from ...model import Project


class NameDialog(QDialog):
    """One name; OK only once something is typed."""

    def __init__(self, title: str, prompt: str, text: str = "", parent=None, note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(text)
        self.name.selectAll()
        form.addRow(prompt, self.name)
        layout.addLayout(form)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    def value(self) -> str:
        return self.name.text().strip()


class AddLaneDialog(QDialog):
    """A new lane: pick one of the project's departments, or type a new name. A lane that stands for a
    department (the usual case) is linked to it, and a new name creates the department; a lane for a role
    outside the company (顾客, 供应商) is left without one, so it asks for no countersignature."""

    def __init__(self, project: Project, lane_names: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add lane (department)"))
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        unused = [d.name for d in project.departments if d.name not in lane_names]
        used = [d.name for d in project.departments if d.name in lane_names]
        for name in unused + used:
            self.name.addItem(name)
        self.name.setCurrentText(unused[0] if unused else "")
        self.name.lineEdit().setPlaceholderText(tr("A department, e.g. 仓储部"))
        form.addRow(tr("Lane:"), self.name)
        self.is_department = QCheckBox(tr("The lane is a department (it countersigns and has RACI letters)"))
        self.is_department.setChecked(True)
        form.addRow("", self.is_department)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.currentTextChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.value()))

    def value(self) -> str:
        return self.name.currentText().strip()
