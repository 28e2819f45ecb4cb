"""Starting a dot vote: what the room votes on, how many dots each participant has, and who takes part."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
)

from ...i18n import tr
from ...model import Interview, VoteSubject
from ...model.workshop import MAX_DOTS_EACH


class VoteDialog(QDialog):
    """The facilitator's settings for one round of dot voting; the attendees are ticked as participants."""

    def __init__(self, record: Interview | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Start a dot vote"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.subject = QComboBox()
        self.subject.addItem(tr("Findings: which problems to fix first"), VoteSubject.FINDINGS)
        self.subject.addItem(tr("Steps: where it hurts most"), VoteSubject.STEPS)
        form.addRow(tr("Vote on"), self.subject)
        self.dots = QSpinBox()
        self.dots.setRange(1, MAX_DOTS_EACH)
        self.dots.setValue(3)
        self.dots.setSuffix(tr(" dots"))
        form.addRow(tr("Dots per participant"), self.dots)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Participants (ticked ones have dots):")))
        self.people = QListWidget()
        for person in record.attendees if record is not None else []:
            item = QListWidgetItem(person.label or person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.name)
            item.setCheckState(Qt.CheckState.Checked)
            self.people.addItem(item)
        self.people.setMinimumHeight(120)
        layout.addWidget(self.people)
        self.others = QLineEdit()
        self.others.setPlaceholderText(tr("Others, separated by commas: 王敏, 李娜"))
        layout.addWidget(self.others)
        hint = QLabel(
            tr(
                "With no participants the room's dots are entered as counts (a tally). Votes are entered as the "
                "room calls them out: click a numbered disc (right-click takes a dot back), or type its number "
                "and press Enter; Tab passes to the next participant."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Start vote"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def voters(self) -> list[str]:
        ticked = [
            self.people.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]
        typed = [name.strip() for name in self.others.text().replace("，", ",").replace("、", ",").split(",")]
        return list(dict.fromkeys([*ticked, *(name for name in typed if name)]))

    def chosen_subject(self) -> VoteSubject:
        return VoteSubject(self.subject.currentData())  # Qt hands the enum back as str
