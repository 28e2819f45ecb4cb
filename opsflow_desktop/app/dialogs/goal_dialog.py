"""Add a goal: a metric of the current/target pair, its target value and which way is better."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLineEdit)

from ...analysis.metrics import METRIC_KEYS
from ...i18n import tr
from ...labels import metric_label
from ...model import GoalDirection

# Metrics where more is better; for all others less is better (time, steps, hand-offs ...).
HIGHER_IS_BETTER = {"value_added_ratio"}


class GoalDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add goal"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.metric = QComboBox()
        for key in METRIC_KEYS:
            self.metric.addItem(metric_label(key), key)
        self.metric.setCurrentIndex(self.metric.findData("lead_time_hours"))
        self.target = QDoubleSpinBox()
        self.target.setRange(0, 1_000_000)
        self.target.setDecimals(2)
        self.unit = QLineEdit(tr("hours"))
        self.direction = QComboBox()
        self.direction.addItem(tr("lower is better"), GoalDirection.LOWER_IS_BETTER.value)
        self.direction.addItem(tr("higher is better"), GoalDirection.HIGHER_IS_BETTER.value)
        self.metric.currentIndexChanged.connect(self._metric_changed)
        form.addRow(tr("Name:"), self.name)
        form.addRow(tr("Metric:"), self.metric)
        form.addRow(tr("Target value:"), self.target)
        form.addRow(tr("Unit:"), self.unit)
        form.addRow(tr("Better when:"), self.direction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _metric_changed(self) -> None:
        higher = self.metric.currentData() in HIGHER_IS_BETTER
        self.direction.setCurrentIndex(1 if higher else 0)
        self.unit.setText("" if higher else tr("hours") if self.metric.currentData().endswith("hours") else "")

    def values(self) -> dict:
        return {"name": self.name.text().strip() or self.metric.currentText(), "metric": self.metric.currentData(),
                "target": self.target.value(), "unit": self.unit.text().strip(),
                "direction": GoalDirection(self.direction.currentData())}
