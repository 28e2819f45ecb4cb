"""The analysis panel: metrics (current → target), structure checks, suggested findings, goals in three
colours, and the change list by lineage. It re-analyses shortly after edits settle, and only when shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...analysis.metrics import METRIC_KEYS
from ...analysis.readiness import deliverable_gaps
from ...analysis.report import ProjectAnalysis, analyze_project
from ...canvas import style
from ...canvas.refusals import attempt
from ...i18n import tr
from ...labels import (
    CHANGE_LABELS,
    GOAL_STATUS_LABELS,
    format_metric,
    label,
    metric_label,
)
from ...model import Goal

GOAL_FILLS = {
    "green": QColor("#bbf7d0"),
    "yellow": QColor("#fef08a"),
    "red": QColor("#fecaca"),
    "unknown": QColor("#e5e7eb"),
}
ROLE = Qt.ItemDataRole.UserRole
FIX_ROLE = Qt.ItemDataRole.UserRole + 1


class AnalysisPanel(QWidget):
    select_requested = Signal(str, list)  # map id, element ids
    overlays_changed = Signal()  # critical path / differences switched on or off, or recomputed
    side_by_side_requested = Signal(str, str)  # current map id, target map id
    fix_requested = Signal(str)  # a gap of the deliverables to fill: "details", "departments" or "raci"

    def __init__(
        self,
        editor_provider: Callable[[], Any],
        map_provider: Callable[[], str | None],
        report: Callable[[str], None],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._editor, self._current_map, self._report = editor_provider, map_provider, report
        self.analysis: ProjectAnalysis | None = None
        self._last_target: dict[str, str] = {}
        self._creation_order: dict[str, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        # One switch per row: the panel shares a narrow column with the properties.
        self.critical_path = QCheckBox()
        self.differences = QCheckBox()
        self.side_by_side = QPushButton()
        layout.addWidget(self.critical_path)
        layout.addWidget(self.differences)
        side_row = QHBoxLayout()
        side_row.addWidget(self.side_by_side)
        side_row.addStretch(1)
        layout.addLayout(side_row)
        self.tabs = QTabWidget()
        self.metrics = QTableWidget(0, 4)
        self.checks = QListWidget()
        self.suggestions = QListWidget()
        suggestion_page = QWidget()
        suggestion_layout = QVBoxLayout(suggestion_page)
        suggestion_layout.setContentsMargins(0, 0, 0, 0)
        suggestion_layout.addWidget(self.suggestions)
        buttons = QHBoxLayout()
        self.accept = QPushButton()
        self.dismiss = QPushButton()
        buttons.addWidget(self.accept)
        buttons.addWidget(self.dismiss)
        buttons.addStretch(1)
        suggestion_layout.addLayout(buttons)
        self.goals = QTableWidget(0, 5)
        goals_page = QWidget()
        goals_layout = QVBoxLayout(goals_page)
        goals_layout.setContentsMargins(0, 0, 0, 0)
        goals_layout.addWidget(self.goals)
        goal_buttons = QHBoxLayout()
        self.add_goal = QPushButton()
        self.remove_goal = QPushButton()
        goal_buttons.addWidget(self.add_goal)
        goal_buttons.addWidget(self.remove_goal)
        goal_buttons.addStretch(1)
        goals_layout.addLayout(goal_buttons)
        self.add_goal.clicked.connect(self._add_goal)
        self.remove_goal.clicked.connect(self._remove_goal)
        self.changes = QTableWidget(0, 4)
        for table in (self.metrics, self.goals, self.changes):
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.pages = [self.metrics, self.checks, suggestion_page, goals_page, self.changes]
        for page in self.pages:
            self.tabs.addTab(page, "")
        layout.addWidget(self.tabs)
        self.checks.itemClicked.connect(self._check_clicked)
        self.suggestions.itemClicked.connect(self._suggestion_clicked)
        self.accept.clicked.connect(self._accept)
        self.dismiss.clicked.connect(self._dismiss)
        self.critical_path.toggled.connect(lambda _: self.overlays_changed.emit())
        self.differences.toggled.connect(lambda _: self.overlays_changed.emit())
        self.side_by_side.clicked.connect(self._side_by_side)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)  # after typing settles: never in the middle of a burst of edits
        self._timer.timeout.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.critical_path.setText(tr("Show critical path"))
        self.differences.setText(tr("Show differences on the target map"))
        self.side_by_side.setText(tr("Current and target side by side"))
        self.accept.setText(tr("Accept as finding"))
        self.add_goal.setText(tr("Add goal…"))
        self.remove_goal.setText(tr("Remove goal"))
        self.dismiss.setText(tr("Dismiss"))
        for index, title in enumerate((tr("Metrics"), tr("Checks"), tr("Suggestions"), tr("Goals"), tr("Changes"))):
            self.tabs.setTabText(index, title)
        self.goals.setHorizontalHeaderLabels([tr("Goal"), tr("Baseline"), tr("Target"), tr("Measured"), tr("Status")])
        self.changes.setHorizontalHeaderLabels(
            [tr("Change"), tr("Current steps"), tr("Target steps"), tr("What changed")]
        )
        self.schedule()

    def schedule(self) -> None:
        self._timer.start()

    # ------------------------------------------------------------ data
    def refresh(self) -> None:
        if not self.isVisible() and self.analysis is not None:
            return  # hidden: analyse when shown again
        doc = self._editor().doc
        self.analysis = analyze_project(doc.project)
        map_id = self._current_map()
        self._fill_metrics(map_id)
        self._fill_checks(map_id)
        self._fill_suggestions(map_id)
        self._fill_goals()
        self._fill_changes(map_id)
        self.overlays_changed.emit()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.schedule()

    def _pair(self, map_id: str | None):
        """The comparison for the map in view. A current map with several targets is compared with the
        target last looked at, else the one its goals measure, else the first derived."""
        if not self.analysis or not map_id:
            return None
        pairs = [c for c in self.analysis.comparisons if map_id in (c.current_map_id, c.target_map_id)]
        if len(pairs) <= 1:
            return pairs[0] if pairs else None
        if map_id in self._last_target:
            chosen = next((c for c in pairs if c.target_map_id == self._last_target[map_id]), None)
            if chosen is not None:
                return chosen
        goal_targets = {g.target_map_id for g in self._editor().doc.project.goals}
        by_goal = next((c for c in pairs if c.target_map_id in goal_targets), None)
        if by_goal is not None:
            return by_goal
        order = {m.id: self._creation_order.get(m.id, i) for i, m in enumerate(self._editor().doc.maps)}
        return min(pairs, key=lambda c: order[c.target_map_id])

    def note_map_viewed(self, map_id: str | None) -> None:
        """Remember which target of a current map the user looked at last."""
        if map_id and map_id in self._editor().doc:
            process_map = self._editor().doc.get(map_id)
            if process_map.derived_from:
                self._last_target[process_map.derived_from] = map_id

    def _fill_metrics(self, map_id: str | None) -> None:
        comparison = self._pair(map_id)
        if comparison is not None:
            doc = self._editor().doc
            headers = [
                tr("Metric"),
                doc.get(comparison.current_map_id).name,
                doc.get(comparison.target_map_id).name,
                tr("Change"),
            ]
        else:
            headers = [tr("Metric"), tr("This map"), "", ""]
        self.metrics.setHorizontalHeaderLabels(headers)
        self.metrics.setRowCount(len(METRIC_KEYS))
        for row, key in enumerate(METRIC_KEYS):
            cells = [metric_label(key)]
            if comparison is not None:
                before, after = comparison.current_metrics.value(key), comparison.target_metrics.value(key)
                delta = comparison.delta(key)
                cells += [
                    format_metric(key, before),
                    format_metric(key, after),
                    ("+" if delta > 0 else "") + format_metric(key, delta),
                ]
            elif map_id in (self.analysis.maps if self.analysis else {}):
                cells += [format_metric(key, self.analysis.maps[map_id].metrics.value(key)), "", ""]
            for column, text in enumerate(cells):
                self.metrics.setItem(row, column, QTableWidgetItem(text))

    def _fill_checks(self, map_id: str | None) -> None:
        """What the documents would print empty comes first (a click opens the place to fill it), then the
        structure of the map in view (a click selects what the check concerns)."""
        self.checks.clear()
        for gap in deliverable_gaps(self._editor().doc.project):
            item = QListWidgetItem("✎ " + gap.message)
            item.setData(FIX_ROLE, gap.fix)
            item.setToolTip(tr("Click to fill it in"))
            self.checks.addItem(item)
        result = self.analysis.maps.get(map_id) if self.analysis and map_id else None
        if result is None:
            return
        for check in result.checks:
            item = QListWidgetItem("✗ " + check.message)
            item.setData(ROLE, list(check.element_ids))
            self.checks.addItem(item)
        if not result.checks:
            self.checks.addItem(tr("No structural problems."))

    def _fill_suggestions(self, map_id: str | None) -> None:
        self.suggestions.clear()
        result = self.analysis.maps.get(map_id) if self.analysis and map_id else None
        for suggestion in result.suggestions if result else []:
            item = QListWidgetItem(f"{label(suggestion.type)} — {suggestion.title}: {suggestion.description}")
            item.setForeground(QBrush(style.FINDING_COLOURS[suggestion.type]))
            item.setData(ROLE, suggestion.key)
            self.suggestions.addItem(item)

    def _fill_goals(self) -> None:
        project = self._editor().doc.project
        results = self.analysis.goals if self.analysis else []
        self.goals.setRowCount(len(results))
        for row, (goal, result) in enumerate(zip(project.goals, results)):
            cells = [
                goal.name,
                _goal_value(goal, result.baseline),
                _goal_value(goal, result.target),
                _goal_value(goal, result.measured),
                tr(GOAL_STATUS_LABELS[result.status.value]),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setBackground(QBrush(GOAL_FILLS[result.status.value]))
                self.goals.setItem(row, column, item)

    def _fill_changes(self, map_id: str | None) -> None:
        comparison = self._pair(map_id)
        changes = comparison.changes if comparison else []
        doc = self._editor().doc
        self.changes.setRowCount(len(changes))
        field_names = {
            "name": tr("Name"),
            "lane": tr("Department (lane)"),
            "kind": tr("Kind"),
            "processing_hours": tr("Processing time (h)"),
            "waiting_hours": tr("Waiting time (h)"),
        }
        for row, change in enumerate(changes):
            cells = [
                tr(CHANGE_LABELS[change.kind]),
                "、".join(doc.get(i).name for i in change.current_ids),
                "、".join(doc.get(i).name for i in change.target_ids),
                "、".join(field_names[f] for f in change.fields),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0 and change.kind in style.CHANGE_COLOURS:
                    item.setForeground(QBrush(style.CHANGE_COLOURS[change.kind]))
                self.changes.setItem(row, column, item)
        self.side_by_side.setEnabled(comparison is not None)
        self.differences.setEnabled(comparison is not None)

    # ------------------------------------------------------------ overlays for the canvas
    def overlays_for(self, map_id: str) -> dict[str, QColor]:
        """What the canvas of ``map_id`` should highlight now."""
        overlays: dict[str, QColor] = {}
        if self.analysis is None or map_id not in self.analysis.maps:
            return overlays
        process_map = self._editor().doc.get(map_id)
        if self.differences.isChecked():
            comparison = self._pair(map_id)
            if comparison is not None:
                for change in comparison.changes:
                    colour = style.CHANGE_COLOURS.get(change.kind)
                    ids = (
                        change.target_ids
                        if map_id == comparison.target_map_id
                        else (change.current_ids if change.kind != "kept" else ())
                    )
                    for element_id in ids:
                        if colour is not None:
                            overlays[element_id] = colour
        if self.critical_path.isChecked():
            path = self.analysis.maps[map_id].metrics.critical_path
            for element_id in path:
                overlays[element_id] = style.CRITICAL_PATH
            pairs = set(zip(path, path[1:]))
            for flow in process_map.flows:
                if (flow.source_id, flow.target_id) in pairs:
                    overlays[flow.id] = style.CRITICAL_PATH
        return overlays

    def differences_only(self, map_id: str) -> dict[str, QColor]:
        """The difference colours for a map, whatever the switches say (the side-by-side view)."""
        was = self.differences.isChecked(), self.critical_path.isChecked()
        self.differences.blockSignals(True)
        self.critical_path.blockSignals(True)
        self.differences.setChecked(True)
        self.critical_path.setChecked(False)
        overlays = self.overlays_for(map_id)
        self.differences.setChecked(was[0])
        self.critical_path.setChecked(was[1])
        self.differences.blockSignals(False)
        self.critical_path.blockSignals(False)
        return overlays

    # ------------------------------------------------------------ actions
    def _check_clicked(self, item: QListWidgetItem) -> None:
        if item.data(FIX_ROLE):
            self.fix_requested.emit(item.data(FIX_ROLE))
            return
        ids = item.data(ROLE) or []
        map_id = self._current_map()
        if map_id and ids:
            self.select_requested.emit(map_id, ids)

    def _selected_suggestion(self):
        item = self.suggestions.currentItem()
        map_id = self._current_map()
        if item is None or self.analysis is None or map_id not in self.analysis.maps:
            return None, None
        key = item.data(ROLE)
        return map_id, next((s for s in self.analysis.maps[map_id].suggestions if s.key == key), None)

    def _suggestion_clicked(self, item: QListWidgetItem) -> None:
        map_id, suggestion = self._selected_suggestion()
        if suggestion is not None:
            self.select_requested.emit(map_id, [suggestion.target_id, *suggestion.related_ids])

    def _accept(self) -> None:
        map_id, suggestion = self._selected_suggestion()
        if suggestion is None:
            return
        attempt(
            self._editor().add_finding,
            suggestion.target_id,
            suggestion.type,
            title=suggestion.title,
            description=suggestion.description,
        )
        self.refresh()

    def _dismiss(self) -> None:
        map_id, suggestion = self._selected_suggestion()
        if suggestion is None:
            return
        process_map = self._editor().doc.get(map_id)
        attempt(
            self._editor().set_fields,
            map_id,
            {"dismissed_suggestions": [*process_map.dismissed_suggestions, suggestion.key]},
            text=tr("Dismiss suggestion “{title}”", title=suggestion.title),
        )
        self.refresh()

    def _add_goal(self) -> None:
        """A goal on the current/target pair of the map in view (baseline from the current map)."""
        comparison = self._pair(self._current_map())
        if comparison is None:
            self._report(tr("Goals compare a current map with its target map: derive a target map first."))
            return
        from ..dialogs.goal_dialog import GoalDialog
        from ..dialogs.open_dialog import open_dialog

        dialog = GoalDialog(self)

        def add() -> None:
            values = dialog.values()
            attempt(
                self._editor().add_goal,
                values.pop("name"),
                values.pop("metric"),
                values.pop("target"),
                current_map_id=comparison.current_map_id,
                target_map_id=comparison.target_map_id,
                **values,
            )
            self.refresh()

        self.goal_dialog = open_dialog(dialog, add)

    def _remove_goal(self) -> None:
        row = self.goals.currentRow()
        goals = self._editor().doc.project.goals
        if 0 <= row < len(goals):
            attempt(self._editor().remove_goal, goals[row].id)
            self.refresh()

    def _side_by_side(self) -> None:
        comparison = self._pair(self._current_map())
        if comparison is not None:
            self.side_by_side_requested.emit(comparison.current_map_id, comparison.target_map_id)


def _goal_value(goal: Goal, value: float | None) -> str:
    return "—" if value is None else f"{format_metric(goal.metric, value)} {goal.unit}".strip()
