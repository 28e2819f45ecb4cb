"""Add a goal: a metric of the current/target pair, its target value and which way is better."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
)

from ...analysis.metrics import METRIC_KEYS
from ...i18n import tr
from ...labels import metric_label
from ...model import GoalDirection

# Metrics where more is better; for all others less is better (time, steps, hand-offs ...).
HIGHER_IS_BETTER = {"value_added_ratio"}


class GoalDialog(QDialog):
    """Widgets are attributes named after what they hold, never after a QWidget method: ``metric`` would hide
    ``QWidget.metric()``, which Qt calls while painting the dialog (that crashed the application)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add goal"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.metric_box = QComboBox()
        for key in METRIC_KEYS:
            self.metric_box.addItem(metric_label(key), key)
        self.metric_box.setCurrentIndex(self.metric_box.findData("lead_time_hours"))
        self.target = QDoubleSpinBox()
        self.target.setRange(0, 1_000_000)
        self.target.setDecimals(2)
        self.unit = QLineEdit(tr("hours"))
        self.direction = QComboBox()
        self.direction.addItem(tr("lower is better"), GoalDirection.LOWER_IS_BETTER.value)
        self.direction.addItem(tr("higher is better"), GoalDirection.HIGHER_IS_BETTER.value)
        self.metric_box.currentIndexChanged.connect(self._metric_changed)
        form.addRow(tr("Name:"), self.name)
        form.addRow(tr("Metric:"), self.metric_box)
        form.addRow(tr("Target value:"), self.target)
        form.addRow(tr("Unit:"), self.unit)
        form.addRow(tr("Better when:"), self.direction)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _metric_changed(self) -> None:
        higher = self.metric_box.currentData() in HIGHER_IS_BETTER
        self.direction.setCurrentIndex(1 if higher else 0)
        self.unit.setText("" if higher else tr("hours") if self.metric_box.currentData().endswith("hours") else "")

    def values(self) -> dict:
        return {
            "name": self.name.text().strip() or self.metric_box.currentText(),
            "metric": self.metric_box.currentData(),
            "target": self.target.value(),
            "unit": self.unit.text().strip(),
            "direction": GoalDirection(self.direction.currentData()),
        }
