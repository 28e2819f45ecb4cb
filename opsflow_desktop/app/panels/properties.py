"""The properties panel: every field of the selected step or flow, each change one undoable edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...canvas.refusals import accepted
from ...editing.signoff import is_signed_off
from ...i18n import tr
from ...labels import label
from ...model import Flow, Raci, Step, StepKind, ValueClass
from ..fields import LinesEdit, TextEdit

_NO_RACI = ""


class PropertiesPanel(QScrollArea):
    """Shows one element; ``show_element(None)`` shows a hint. Commits through ``editor_provider()``."""

    def __init__(self, editor_provider: Callable[[], Any], report: Callable[[str], None], parent=None) -> None:
        super().__init__(parent)
        self._editor = editor_provider
        self._report = report
        self._element_id: str | None = None
        self._loading = False
        self._read_only = False
        self.setWidgetResizable(True)
        self._build()
        self.show_element(None)

    # ------------------------------------------------------------ widgets
    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.step_box = QWidget()
        step_layout = QVBoxLayout(self.step_box)
        step_layout.setContentsMargins(0, 0, 0, 0)
        self.basic, basic_form = self._group()
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.lane = QComboBox()
        self.phase = QComboBox()
        self.planning, planning_form = self._group()
        self.owner = QLineEdit()
        self.inputs = LinesEdit()
        self.outputs = LinesEdit()
        self.deadline = QLineEdit()
        self.remarks = TextEdit()
        self.lean, lean_form = self._group()
        self.processing = self._hours()
        self.waiting = self._hours()
        self.value_class = QComboBox()
        self.raci_box = QGroupBox()
        raci_layout = QVBoxLayout(self.raci_box)
        self.raci = QTableWidget(0, 2)
        self.raci.verticalHeader().hide()
        self.raci.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        raci_layout.addWidget(self.raci)
        self.detail, detail_form = self._group()
        self.instructions = LinesEdit()
        self.instructions.setFixedHeight(90)
        self.systems = LinesEdit()
        self.forms = LinesEdit()
        self.kpis = LinesEdit()

        self._rows: list[tuple[QFormLayout, QWidget, Callable[[], str]]] = [
            (basic_form, self.name, lambda: tr("Name")),
            (basic_form, self.kind, lambda: tr("Kind")),
            (basic_form, self.lane, lambda: tr("Department (lane)")),
            (basic_form, self.phase, lambda: tr("Stage")),
            (planning_form, self.owner, lambda: tr("Owner (dept./person)")),
            (planning_form, self.inputs, lambda: tr("Inputs")),
            (planning_form, self.outputs, lambda: tr("Outputs")),
            (planning_form, self.deadline, lambda: tr("Deadline")),
            (planning_form, self.remarks, lambda: tr("Remarks")),
            (lean_form, self.processing, lambda: tr("Processing time (h)")),
            (lean_form, self.waiting, lambda: tr("Waiting time (h)")),
            (lean_form, self.value_class, lambda: tr("Value class")),
            (detail_form, self.instructions, lambda: tr("SOP instructions")),
            (detail_form, self.systems, lambda: tr("Systems")),
            (detail_form, self.forms, lambda: tr("Forms")),
            (detail_form, self.kpis, lambda: tr("KPIs")),
        ]
        self._labels: list[QLabel] = []
        for form, widget, text in self._rows:
            row_label = QLabel(text())
            self._labels.append(row_label)
            form.addRow(row_label, widget)
        for box in (self.basic, self.planning, self.lean, self.raci_box, self.detail):
            step_layout.addWidget(box)
        layout.addWidget(self.step_box)

        self.flow_box, flow_form = self._group()
        self.flow_label = QLineEdit()
        self.has_probability = QCheckBox()
        self.probability = QDoubleSpinBox()
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.probability.setKeyboardTracking(False)  # one undo step when the value is done, not per keystroke
        self.flow_ends = QLabel()
        self.flow_ends.setWordWrap(True)
        self._flow_rows = [
            (flow_form, self.flow_label, lambda: tr("Label / condition")),
            (flow_form, self.has_probability, lambda: tr("Branch probability")),
            (flow_form, self.probability, lambda: ""),
            (flow_form, self.flow_ends, lambda: tr("From → to")),
        ]
        self._flow_labels = []
        for form, widget, text in self._flow_rows:
            row_label = QLabel(text())
            self._flow_labels.append(row_label)
            form.addRow(row_label, widget)
        layout.addWidget(self.flow_box)
        layout.addStretch(1)
        self.setWidget(body)
        self._wire()
        self.retranslate()

    def _group(self) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    @staticmethod
    def _hours() -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 100_000)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setKeyboardTracking(False)
        return spin

    def retranslate(self) -> None:
        self.basic.setTitle(tr("Step"))
        self.planning.setTitle(tr("Planning table"))
        self.lean.setTitle(tr("Time and value"))
        self.raci_box.setTitle(tr("RACI"))
        self.detail.setTitle(tr("Key-node detail"))
        self.flow_box.setTitle(tr("Flow"))
        self.raci.setHorizontalHeaderLabels([tr("Department"), tr("Role")])
        for row_label, (_, _, text) in zip(self._labels, self._rows):
            row_label.setText(text())
        for row_label, (_, _, text) in zip(self._flow_labels, self._flow_rows):
            row_label.setText(text())
        self.kind.clear()
        for kind in StepKind:
            self.kind.addItem(label(kind), kind.value)
        self.value_class.clear()
        self.value_class.addItem(tr("(not classified)"), None)
        for value in ValueClass:
            self.value_class.addItem(label(value), value.value)
        self.show_element(self._element_id)

    # ------------------------------------------------------------ wiring
    def _wire(self) -> None:
        self.name.editingFinished.connect(lambda: self._commit({"name": self.name.text().strip()}))
        self.kind.activated.connect(lambda _: self._commit({"kind": self.kind.currentData()}))
        self.lane.activated.connect(lambda _: self._commit({"lane_id": self.lane.currentData()}))
        self.phase.activated.connect(lambda _: self._commit({"phase_id": self.phase.currentData()}))
        self.owner.editingFinished.connect(lambda: self._commit({"owner": self.owner.text().strip()}))
        self.inputs.committed.connect(lambda: self._commit({"inputs": self.inputs.lines()}))
        self.outputs.committed.connect(lambda: self._commit({"outputs": self.outputs.lines()}))
        self.deadline.editingFinished.connect(lambda: self._commit({"deadline": self.deadline.text().strip()}))
        self.remarks.committed.connect(lambda: self._commit({"remarks": self.remarks.text()}))
        self.processing.valueChanged.connect(lambda v: self._commit({"processing_hours": v}))
        self.waiting.valueChanged.connect(lambda v: self._commit({"waiting_hours": v}))
        self.value_class.activated.connect(lambda _: self._commit({"value_class": self.value_class.currentData()}))
        self.instructions.committed.connect(lambda: self._commit({"instructions": self.instructions.lines()}))
        self.systems.committed.connect(lambda: self._commit({"systems": self.systems.lines()}))
        self.forms.committed.connect(lambda: self._commit({"forms": self.forms.lines()}))
        self.kpis.committed.connect(lambda: self._commit({"kpis": self.kpis.lines()}))
        self.flow_label.editingFinished.connect(lambda: self._commit({"label": self.flow_label.text().strip()}))
        self.has_probability.toggled.connect(self._probability_toggled)
        self.probability.valueChanged.connect(
            lambda v: self._commit({"probability": v / 100}) if self.has_probability.isChecked() else None
        )

    def _probability_toggled(self, checked: bool) -> None:
        self.probability.setVisible(checked)
        self._commit({"probability": self.probability.value() / 100 if checked else None})

    def _commit(self, changes: dict) -> None:
        if self._loading or self._element_id is None:
            return
        element = self._editor().doc.get(self._element_id) if self._element_id in self._editor().doc else None
        if element is None:
            return
        changes = {k: v for k, v in changes.items() if getattr(element, k) != v}
        if not changes or changes.get("name") == "":
            if changes.get("name") == "":
                self.show_element(self._element_id)  # an empty name is not allowed: put it back
            return
        if not accepted(self._editor().set_fields, self._element_id, changes):
            self.show_element(self._element_id)
            return
        # What was typed is in the model now: later changes (an undo) may refresh these fields again.
        for line in self.findChildren(QLineEdit):
            line.setModified(False)
        for lines in self.findChildren(LinesEdit):
            lines.document().setModified(False)

    def _commit_raci(self, department_id: str, combo: QComboBox) -> None:
        if self._loading or self._element_id is None:
            return
        step: Step = self._editor().doc.get(self._element_id)
        raci = dict(step.raci)
        if combo.currentData() == _NO_RACI:
            raci.pop(department_id, None)
        else:
            raci[department_id] = combo.currentData()
        self._commit({"raci": raci})

    # ------------------------------------------------------------ showing
    def element_id(self) -> str | None:
        return self._element_id

    def show_selection(self, ids: list[str]) -> None:
        if len(ids) == 1:
            self.show_element(ids[0])
        else:
            self.show_element(None, count=len(ids))

    def show_element(self, element_id: str | None, count: int = 0) -> None:
        editor = self._editor()
        element = editor.doc.get(element_id) if element_id is not None and element_id in editor.doc else None
        self._element_id = element_id if element is not None else None
        self.step_box.setVisible(isinstance(element, Step))
        self.flow_box.setVisible(isinstance(element, Flow))
        self.hint.setVisible(element is None)
        if element is None:
            self.hint.setText(
                tr("{count} elements selected.", count=count)
                if count > 1
                else tr("Select a step or a flow to edit its properties.")
            )
            return
        self._loading = True
        try:
            if isinstance(element, Step):
                self._load_step(element)
            else:
                self._load_flow(element)
        finally:
            self._loading = False
        self._set_read_only(is_signed_off(editor.doc.project))

    def _set_read_only(self, read_only: bool) -> None:
        """A signed-off document shows its values, but no field lets the user start an edit."""
        if read_only:
            self.hint.setText(tr("The document is signed off: start a new revision to edit it."))
            self.hint.setVisible(True)
        if read_only == self._read_only:
            return  # the widgets are already so (this runs after every edit)
        self._read_only = read_only
        for line in self.findChildren(QLineEdit):
            if line.parent() is not None and not isinstance(line.parent(), QComboBox):
                line.setReadOnly(read_only)
        for lines in self.findChildren(LinesEdit):
            lines.setReadOnly(read_only)
        for widget in [
            *self.findChildren(QComboBox),
            *self.findChildren(QDoubleSpinBox),
            *self.findChildren(QCheckBox),
        ]:
            widget.setEnabled(not read_only)

    def refresh(self, element_id: str) -> None:
        """The model changed this element: show the new values (fields being typed in are left alone)."""
        if element_id == self._element_id:
            self.show_element(element_id)

    def _set_if_idle(self, widget: QWidget, apply: Callable[[], None]) -> None:
        """Show the model's value, except in a field where the user is typing something not yet committed."""
        typing = widget.hasFocus() and (
            widget.isModified()
            if isinstance(widget, QLineEdit)
            else widget.document().isModified()
            if isinstance(widget, LinesEdit)
            else False
        )
        if not typing:
            apply()
            if isinstance(widget, QLineEdit):
                widget.setModified(False)
            elif isinstance(widget, LinesEdit):
                widget.document().setModified(False)

    def _load_step(self, step: Step) -> None:
        doc = self._editor().doc
        process_map = doc.map_of(step.id)
        self._set_if_idle(self.name, lambda: self.name.setText(step.name))
        self.kind.setCurrentIndex(self.kind.findData(step.kind.value))
        self.lane.clear()
        for lane in process_map.lanes:
            self.lane.addItem(lane.name, lane.id)
        self.lane.setCurrentIndex(self.lane.findData(step.lane_id))
        self.phase.clear()
        for phase in process_map.phases:
            self.phase.addItem(phase.name, phase.id)
        self.phase.setCurrentIndex(self.phase.findData(step.phase_id))
        self._set_if_idle(self.owner, lambda: self.owner.setText(step.owner))
        self._set_if_idle(self.inputs, lambda: self.inputs.set_lines(step.inputs))
        self._set_if_idle(self.outputs, lambda: self.outputs.set_lines(step.outputs))
        self._set_if_idle(self.deadline, lambda: self.deadline.setText(step.deadline))
        self._set_if_idle(self.remarks, lambda: self.remarks.set_text(step.remarks))
        self._set_if_idle(self.processing, lambda: self.processing.setValue(step.processing_hours))
        self._set_if_idle(self.waiting, lambda: self.waiting.setValue(step.waiting_hours))
        self.value_class.setCurrentIndex(
            self.value_class.findData(step.value_class.value if step.value_class else None)
        )
        self._set_if_idle(self.instructions, lambda: self.instructions.set_lines(step.instructions))
        self._set_if_idle(self.systems, lambda: self.systems.set_lines(step.systems))
        self._set_if_idle(self.forms, lambda: self.forms.set_lines(step.forms))
        self._set_if_idle(self.kpis, lambda: self.kpis.set_lines(step.kpis))
        departments = doc.project.departments
        self.raci.setRowCount(len(departments))
        for row, department in enumerate(departments):
            name = QLabel(department.name)
            combo = QComboBox()
            combo.setEnabled(not self._read_only)
            combo.addItem("—", _NO_RACI)
            for role in Raci:
                combo.addItem(f"{role.value} · {label(role)}", role.value)
            current = step.raci.get(department.id)
            combo.setCurrentIndex(combo.findData(current.value if current else _NO_RACI))
            combo.activated.connect(lambda _, d=department.id, c=combo: self._commit_raci(d, c))
            self.raci.setCellWidget(row, 0, name)
            self.raci.setCellWidget(row, 1, combo)
        self.raci.setFixedHeight(min(260, 30 + 30 * len(departments)))
        if not departments:
            self.raci_box.setTitle(tr("RACI (add departments to the project first)"))

    def _load_flow(self, flow: Flow) -> None:
        doc = self._editor().doc
        self._set_if_idle(self.flow_label, lambda: self.flow_label.setText(flow.label))
        self.has_probability.setChecked(flow.probability is not None)
        self.probability.setVisible(flow.probability is not None)  # no value that looks editable when unset
        self.probability.setValue((flow.probability or 0) * 100)
        self.flow_ends.setText(f"{doc.get(flow.source_id).name} → {doc.get(flow.target_id).name}")
        self.flow_ends.setAlignment(Qt.AlignmentFlag.AlignLeft)
