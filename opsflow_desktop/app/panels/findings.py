"""The issue register (流程问题清单): every finding of the project, filterable; editing a cell is undoable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...canvas import style
from ...canvas.refusals import accepted
from ...editing.signoff import is_signed_off
from ...i18n import tr
from ...io.tables import MapIndex, finding_place, interview_choice, interview_context
from ...labels import label
from ...model import (
    Evidence,
    FindingStatus,
    FindingType,
    Interview,
    Severity,
)
from ..fields import DateField

ID_ROLE = Qt.ItemDataRole.UserRole
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the enum value behind a severity or status cell
INTERVIEW_ROLE = Qt.ItemDataRole.UserRole + 3  # the interview record an "Interview / workshop" cell cites, or ""
# column key, header text, editable field (None: read-only)
COLUMNS: list[tuple[str, Callable[[], str], str | None]] = [
    ("type", lambda: tr("Type"), None),
    ("title", lambda: tr("Title"), "title"),
    ("where", lambda: tr("Where"), None),
    ("severity", lambda: tr("Severity"), "severity"),
    ("priority", lambda: tr("Priority"), "priority"),  # 1 = fix first: a workshop's dot vote, or typed here
    ("status", lambda: tr("Status"), "status"),
    ("owner", lambda: tr("Owner"), "owner"),
    ("action", lambda: tr("Proposed action"), "action"),
    ("due", lambda: tr("Due date"), "due_date"),
    ("source", lambda: tr("Who said it"), "evidence.source"),
    ("context", lambda: tr("Interview / workshop"), "evidence.context"),
    ("said_on", lambda: tr("Said on"), "evidence.date"),
    ("description", lambda: tr("Description"), "description"),
]
# Double-click, F2 or typing opens a cell's editor, as in a spreadsheet (none on a signed-off document).
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


def _column(key: str) -> int:
    return next(i for i, (k, _, _) in enumerate(COLUMNS) if k == key)


class ChoiceDelegate(QStyledItemDelegate):
    """Severity and status cells: plain text to display (cheap for hundreds of rows), a combo to edit."""

    def __init__(self, enum: type, parent=None) -> None:
        super().__init__(parent)
        self.enum = enum

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        combo = QComboBox(parent)
        for value in self.enum:
            combo.addItem(label(value), value.value)
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(VALUE_ROLE))))

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), VALUE_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class DateDelegate(QStyledItemDelegate):
    """Due date and date said: a calendar to pick from, and a button that clears the date."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        editor = DateField(parent)
        editor.setAutoFillBackground(True)
        return editor

    def setEditorData(self, editor: DateField, index) -> None:  # noqa: N802
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        try:
            editor.set_value(dt.date.fromisoformat(text) if text else None)
        except ValueError:
            editor.set_value(None)

    def setModelData(self, editor: DateField, model, index) -> None:  # noqa: N802
        value = editor.value()
        model.setData(index, value.isoformat() if value else "", Qt.ItemDataRole.DisplayRole)


class InterviewDelegate(QStyledItemDelegate):
    """The "Interview / workshop" cell: pick one of the project's interviews and workshops (which fills in who
    said it, where and when), "(none)", or type where it was said."""

    interview_chosen = Signal(str, str)  # finding id, interview id ("" for none)

    def __init__(self, interviews: Callable[[], list[Interview]], parent=None) -> None:
        super().__init__(parent)
        self._interviews = interviews

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setCompleter(None)  # free text stays as typed, not completed into an interview's name
        combo.addItem(tr("(none)"), "")
        for interview in self._interviews():
            combo.addItem(interview_choice(interview), interview.id)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)  # entries readable in full
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(INTERVIEW_ROLE) or "")))
        editor.setEditText(index.data(Qt.ItemDataRole.DisplayRole) or "")
        editor.lineEdit().selectAll()  # typing replaces, as in the other cells

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802
        text = editor.currentText().strip()
        chosen = editor.findText(text) if text else -1
        if chosen >= 0:  # an entry of the list, picked or typed in full
            self.interview_chosen.emit(index.data(ID_ROLE), editor.itemData(chosen))
        elif text != (index.data(Qt.ItemDataRole.DisplayRole) or ""):
            model.setData(index, text, Qt.ItemDataRole.DisplayRole)


def cited_evidence(evidence: Evidence, interview: Interview | None, previous: Interview | None) -> Evidence:
    """The evidence once it cites ``interview`` (None: no record): who said it, where and when come from the
    record; what the record leaves open keeps what was typed, but nothing carries over from ``previous``."""
    if interview is None:
        return evidence.model_copy(update={"interview_id": None, "context": ""})
    kept = Evidence() if previous is not None else evidence
    return evidence.model_copy(
        update={
            "interview_id": interview.id,
            "source": interview.speaker or kept.source,
            "context": interview_context(interview),
            "date": interview.date or kept.date,
        }
    )


class FindingsPanel(QWidget):
    reveal_requested = Signal(str, str)  # map id, element id

    def __init__(self, editor_provider: Callable[[], Any], report: Callable[[str], None], parent=None) -> None:
        super().__init__(parent)
        self._editor = editor_provider
        self._report = report
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.type_filter, self.severity_filter = QComboBox(), QComboBox()
        self.status_filter, self.map_filter, self.lane_filter = QComboBox(), QComboBox(), QComboBox()
        for widget in (
            self.search,
            self.type_filter,
            self.severity_filter,
            self.status_filter,
            self.map_filter,
            self.lane_filter,
        ):
            filters.addWidget(widget)
        self.search.textChanged.connect(self._apply_filters)
        for combo in (self.type_filter, self.severity_filter, self.status_filter, self.map_filter, self.lane_filter):
            combo.activated.connect(self._apply_filters)
        self.map_filter.activated.connect(self._fill_lane_filter)
        layout.addLayout(filters)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._item_changed)
        for key, enum in (("severity", Severity), ("status", FindingStatus)):
            self.table.setItemDelegateForColumn(_column(key), ChoiceDelegate(enum, self.table))
        for key in ("due", "said_on"):
            self.table.setItemDelegateForColumn(_column(key), DateDelegate(self.table))
        self.interview_delegate = InterviewDelegate(lambda: self._editor().doc.project.interviews, self.table)
        self.interview_delegate.interview_chosen.connect(self._cite_interview)
        self.table.setItemDelegateForColumn(_column("context"), self.interview_delegate)
        # Rows are rebuilt after an edit; while a cell is being edited (Tab moves on to the next one and the
        # user is already typing there) the rebuild waits for that editor to close.
        self._refresh_waiting = False
        for delegate in {
            self.table.itemDelegate(),
            *(self.table.itemDelegateForColumn(c) for c in range(len(COLUMNS))),
        }:
            if delegate is not None:
                delegate.closeEditor.connect(self._editor_closed)
        self.table.itemSelectionChanged.connect(self._row_selected)
        layout.addWidget(self.table)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        self.retranslate()

    # ------------------------------------------------------------ filters
    def retranslate(self) -> None:
        headers = [text() for _, text, _ in COLUMNS]
        self.table.setHorizontalHeaderLabels(headers)
        metrics = self.table.horizontalHeader().fontMetrics()
        for column, text in enumerate(headers):  # every heading readable in full, in either language
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), metrics.horizontalAdvance(text) + 24))
        self.search.setPlaceholderText(tr("Search…"))
        for combo, everything, values in (
            (self.type_filter, tr("All types"), list(FindingType)),
            (self.severity_filter, tr("All severities"), list(Severity)),
            (self.status_filter, tr("All statuses"), list(FindingStatus)),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(label(value), value.value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.refresh()

    def _fill_map_filter(self) -> None:
        current = self.map_filter.currentData()
        self.map_filter.clear()
        self.map_filter.addItem(tr("All maps"), None)
        for process_map in self._editor().doc.maps:
            self.map_filter.addItem(process_map.name, process_map.id)
        self.map_filter.setCurrentIndex(max(0, self.map_filter.findData(current)))
        self._fill_lane_filter()

    def _fill_lane_filter(self) -> None:
        current = self.lane_filter.currentData()
        self.lane_filter.clear()
        self.lane_filter.addItem(tr("All lanes"), None)
        names = []
        for process_map in self._editor().doc.maps:
            if self.map_filter.currentData() in (None, process_map.id):
                names += [lane.name for lane in process_map.lanes if lane.name not in names]
        for name in names:
            self.lane_filter.addItem(name, name)
        self.lane_filter.setCurrentIndex(max(0, self.lane_filter.findData(current)))

    # ------------------------------------------------------------ rows
    def schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def _editing(self) -> bool:
        return self.table.state() == QAbstractItemView.State.EditingState

    def _editor_closed(self, *_args) -> None:
        if self._refresh_waiting:
            self.schedule_refresh()

    def refresh(self) -> None:
        """Rebuild the rows from the document (a few hundred findings: cheap), unless a cell is being edited."""
        if self._editing():
            self._refresh_waiting = True
            return
        self._refresh_waiting = False
        signed = is_signed_off(self._editor().doc.project)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if signed else EDIT_TRIGGERS)
        self._loading = True
        selected = self.selected_finding_id()
        self.table.setUpdatesEnabled(False)
        try:
            self._fill_map_filter()
            rows = [(m, f) for m in self._editor().doc.maps for f in m.findings]
            self.table.setRowCount(len(rows))
            # Shared per refresh: thousands of findings need only a handful of brushes and translated names.
            fills = {severity: QBrush(colour) for severity, colour in style.SEVERITY_FILLS.items()}
            inks = {kind: QBrush(colour) for kind, colour in style.FINDING_COLOURS.items()}
            names = {value: label(value) for enum in (FindingType, Severity, FindingStatus) for value in enum}
            read_only = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            indexes = {m.id: MapIndex.of(m) for m in self._editor().doc.maps}
            interviews = {i.id: i for i in self._editor().doc.project.interviews}
            for row, (process_map, finding) in enumerate(rows):
                place = finding_place(finding, indexes[process_map.id])
                values = {
                    "type": names[finding.type],
                    "title": finding.title,
                    "where": f"{place.location} · {process_map.name}",
                    "severity": names[finding.severity],
                    "priority": str(finding.priority) if finding.priority is not None else "",
                    "status": names[finding.status],
                    "owner": finding.owner,
                    "action": finding.action,
                    "due": finding.due_date.isoformat() if finding.due_date else "",
                    "source": finding.evidence.source,
                    "context": finding.evidence.context,
                    "said_on": finding.evidence.date.isoformat() if finding.evidence.date else "",
                    "description": finding.description,
                }
                fill = fills[finding.severity]
                for column, (key, _, field) in enumerate(COLUMNS):
                    item = QTableWidgetItem(values[key])
                    item.setData(ID_ROLE, finding.id)
                    if key in ("severity", "status"):
                        item.setData(VALUE_ROLE, getattr(finding, key).value)
                    if key == "context":
                        cited = interviews.get(finding.evidence.interview_id or "")
                        item.setData(INTERVIEW_ROLE, cited.id if cited else "")
                        if cited is not None:
                            item.setToolTip(tr("Cites the record of: {interview}", interview=interview_choice(cited)))
                    if field is None:
                        item.setFlags(read_only)
                    item.setBackground(fill)
                    if key == "type":
                        item.setForeground(inks[finding.type])
                    if key == "priority":
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(row, column, item)
                self.table.item(row, 0).setData(ID_ROLE + 1, (process_map.id, list(place.lanes)))
            self._apply_filters()
            if selected:
                self.select_finding(selected)
        finally:
            self.table.setUpdatesEnabled(True)
            self._loading = False

    def _apply_filters(self, *_args) -> None:
        text = self.search.text().strip().lower()
        wanted = {
            "type": self.type_filter.currentData(),
            "severity": self.severity_filter.currentData(),
            "status": self.status_filter.currentData(),
        }
        doc = self._editor().doc
        for row in range(self.table.rowCount()):
            finding_id = self.table.item(row, 0).data(ID_ROLE)
            map_id, lane_names = self.table.item(row, 0).data(ID_ROLE + 1)
            finding = doc.get(finding_id) if finding_id in doc else None
            visible = finding is not None and all(
                value is None or getattr(finding, key).value == value for key, value in wanted.items()
            )
            visible = visible and self.map_filter.currentData() in (None, map_id)
            visible = visible and (
                self.lane_filter.currentData() is None or self.lane_filter.currentData() in lane_names
            )
            if visible and text:
                visible = any(text in (self.table.item(row, c).text() or "").lower() for c in range(len(COLUMNS)))
            self.table.setRowHidden(row, not visible)

    def visible_finding_ids(self) -> list[str]:
        return [
            self.table.item(r, 0).data(ID_ROLE) for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)
        ]

    # ------------------------------------------------------------ editing and selection
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        field = COLUMNS[item.column()][2]
        if field is None:
            return
        value: Any = item.text().strip()
        if field in ("severity", "status"):
            value = item.data(VALUE_ROLE)
        if field == "priority":
            try:
                value = int(value) if value else None
            except ValueError:
                value = 0
            if value is not None and value < 1:
                self._report(tr("Priority: a whole number, 1 to fix first; empty for none."))
                self.schedule_refresh()
                return
        if field in ("due_date", "evidence.date"):
            try:
                value = dt.date.fromisoformat(value) if value else None
            except ValueError:
                self._report(tr("{field}: a date looks like 2026-12-31.", field=COLUMNS[item.column()][1]()))
                self.schedule_refresh()
                return
        finding_id = item.data(ID_ROLE)
        if field.startswith("evidence."):
            finding = self._editor().doc.get(finding_id)
            update = {field.split(".", 1)[1]: value}
            if field == "evidence.context":
                if value == finding.evidence.context:
                    return
                update["interview_id"] = None  # typed in: said somewhere other than the record it cited
            self._commit(finding_id, {"evidence": finding.evidence.model_copy(update=update)})
        else:
            self._commit(finding_id, {field: value})

    def _cite_interview(self, finding_id: str, interview_id: str) -> None:
        """A finding's evidence cites an interview record (or none), as one undoable edit."""
        doc = self._editor().doc
        if finding_id not in doc:
            return
        finding = doc.get(finding_id)
        interviews = {i.id: i for i in doc.project.interviews}
        evidence = cited_evidence(
            finding.evidence, interviews.get(interview_id), interviews.get(finding.evidence.interview_id or "")
        )
        if evidence != finding.evidence:
            self._commit(finding_id, {"evidence": evidence})

    def _commit(self, finding_id: str, changes: dict) -> None:
        if not accepted(self._editor().set_fields, finding_id, changes):
            self.schedule_refresh()

    def selected_finding_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.table.item(rows[0].row(), 0).data(ID_ROLE) if rows else None

    def select_finding(self, finding_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == finding_id:
                self.table.selectRow(row)
                return

    def _row_selected(self) -> None:
        if self._loading:
            return
        finding_id = self.selected_finding_id()
        doc = self._editor().doc
        if finding_id and finding_id in doc:
            finding = doc.get(finding_id)
            self.reveal_requested.emit(doc.map_of(finding_id).id, finding.target_id)
