"""Which current map a target map is designed from: the pair that the analysis compares and goals measure."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from ...i18n import tr
from ...model import MapKind, ProcessMap, Project


class MapSourceDialog(QDialog):
    def __init__(self, project: Project, target: ProcessMap, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Current map of “{name}”", name=target.name))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.source = QComboBox()
        self.source.addItem(tr("(none)"), None)
        for process_map in project.maps:
            if process_map.kind is MapKind.CURRENT:
                self.source.addItem(process_map.name, process_map.id)
        self.source.setCurrentIndex(max(0, self.source.findData(target.derived_from)))
        form.addRow(tr("Designed from:"), self.source)
        layout.addLayout(form)
        note = QLabel(
            tr(
                "The analysis compares the two maps and goals measure them. Changing it clears which "
                "current steps each target step came from."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def value(self) -> str | None:
        return self.source.currentData()
