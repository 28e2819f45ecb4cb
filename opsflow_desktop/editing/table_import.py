"""Turn imported planning tables into maps, as one undoable edit. No Qt.

A table that came out of our own export (its hidden id column names steps of a map in the document)
updates that map: each row's fields go to the step with that id, or failing that the step with that
number, so export -> edit in Excel -> import changes exactly what was edited. Any other table becomes a
new map: lanes from the owners, phases from the stages, steps in row order connected in sequence (or as
the next-step column says), laid out by the automatic layout.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ..analysis.map_structure import step_numbers
from ..i18n import tr
from ..layout.arrange import arrange
from ..model import Document, DocumentError, Flow, Lane, MapKind, Phase, ProcessMap, Step, StepKind
from ..model.errors import first_reason
from ..model.project import IdentifiedElement
from ..model.table_rows import ImportedRow, ImportedTable
from .command import Command, InsertElementCommand, UpdateFieldsCommand
from .naming import unique_name
from .placement import follow_band_change, free_spot

GENERIC_SHEET_NAMES = ("sheet", "工作表", "表")


@dataclass
class ImportReport:
    """What one table did to the document, for the message the user sees."""

    sheet: str
    map_name: str
    created: bool
    map_id: str = ""
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.created:
            return tr(
                "“{sheet}”: new map “{map}” with {count} steps.", sheet=self.sheet, map=self.map_name, count=self.added
            )
        return tr(
            "“{sheet}”: map “{map}” updated: {updated} steps changed, {unchanged} unchanged, {added} added.",
            sheet=self.sheet,
            map=self.map_name,
            updated=self.updated,
            unchanged=self.unchanged,
            added=self.added,
        )


def import_commands(
    doc: Document, tables: list[ImportedTable], fallback_name: str = ""
) -> tuple[list[ImportReport], list[Command]]:
    """The commands that apply every table (the editor runs them as one undo step), and what each table did."""
    commands: list[Command] = []
    reports: list[ImportReport] = []
    taken_names = {m.name for m in doc.maps}
    for table in tables:
        existing = _map_exported_from(doc, table)
        if existing is not None:
            report, table_commands = _update_map(doc, existing, table)
        else:
            report, table_commands = _new_map(doc, table, fallback_name, taken_names)
        report.problems[:0] = [str(p) for p in table.problems]
        commands += table_commands
        reports.append(report)
    return reports, commands


def _map_exported_from(doc: Document, table: ImportedTable) -> ProcessMap | None:
    """The map whose steps the table's id column names (our own export), if any."""
    for row in table.rows:
        if row.step_id:
            try:
                return doc.map_of(row.step_id)
            except DocumentError:  # an id from another document: not ours to update
                continue
    return None


# ------------------------------------------------------------------ a new map
def _map_name(table: ImportedTable, fallback: str, taken: set[str]) -> str:
    sheet = table.sheet.strip()
    generic = not sheet or any(
        sheet.lower().startswith(g) and sheet[len(g) :].strip().isdigit() for g in GENERIC_SHEET_NAMES
    )
    name = (table.title if generic else sheet) or fallback or tr("Imported process")
    candidate = unique_name(name, taken)
    taken.add(candidate)
    return candidate


def _new_map(doc: Document, table: ImportedTable, fallback: str, taken: set[str]) -> tuple[ImportReport, list[Command]]:
    process_map = ProcessMap(name=_map_name(table, fallback, taken), kind=MapKind.CURRENT)
    report = ImportReport(table.sheet, process_map.name, created=True, map_id=process_map.id)
    departments = {d.name: d.id for d in doc.project.departments}
    lanes: dict[str, Lane] = {}
    phases: dict[str, Phase] = {}
    for row in table.rows:
        lane_name = row.department or tr("Unassigned")
        if lane_name not in lanes:
            lanes[lane_name] = Lane(name=lane_name, department_id=departments.get(lane_name))
        stage = row.stage or tr("(no stage)")
        if stage not in phases:
            phases[stage] = Phase(name=stage)
        step = Step(
            name=row.name,
            lane_id=lanes[lane_name].id,
            phase_id=phases[stage].id,
            kind=row.kind or StepKind.TASK,
            **_fields(row),
        )
        process_map.steps.append(step)
    process_map.lanes, process_map.phases = list(lanes.values()), list(phases.values())
    process_map.flows = _flows(table, process_map.steps, report)
    _lay_out(process_map)
    _refuse_invalid(table, [process_map])
    report.added = len(process_map.steps)
    return report, [InsertElementCommand(doc, process_map, None)]


def _fields(row: ImportedRow) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "owner": row.owner,
        "inputs": row.inputs,
        "outputs": row.outputs,
        "deadline": row.deadline,
        "remarks": row.remarks,
    }
    if row.processing_hours is not None:
        fields["processing_hours"] = row.processing_hours
    if row.waiting_hours is not None:
        fields["waiting_hours"] = row.waiting_hours
    return fields


def _flows(table: ImportedTable, steps: list[Step], report: ImportReport) -> list[Flow]:
    """Rows in sequence, or as the next-step column says (by number first, then by name)."""
    rows = table.rows
    if "next" not in table.columns:
        return [Flow(source_id=a.id, target_id=b.id) for a, b in zip(steps, steps[1:])]
    # Without a number column, rows are numbered 1, 2, ... as people count them.
    by_number = {row.number or str(index): step for index, (row, step) in enumerate(zip(rows, steps), start=1)}
    by_name: dict[str, Step] = {}
    for step in steps:
        by_name.setdefault(step.name, step)
    flows = []
    for row, step in zip(rows, steps):
        for reference in row.next_steps:
            target = by_number.get(reference) or by_name.get(reference)
            if target is None:
                report.problems.append(
                    tr(
                        "{sheet}, row {row}: next step “{next}” is not in the table",
                        sheet=table.sheet,
                        row=row.row,
                        next=reference,
                    )
                )
            elif target is step:
                report.problems.append(
                    tr("{sheet}, row {row}: a step cannot be its own next step", sheet=table.sheet, row=row.row)
                )
            else:
                flows.append(Flow(source_id=step.id, target_id=target.id))
    return flows


def _refuse_invalid(table: ImportedTable, elements: Iterable[IdentifiedElement]) -> None:
    """Check what the import built the way the file is checked when it is opened, before anything of it
    reaches the document or the undo stack: an import never makes a project that cannot be saved and opened
    again. Raises DocumentError naming the sheet."""
    for element in elements:
        try:
            type(element).model_validate_json(element.model_dump_json())
        except (ValidationError, ValueError) as exc:  # pydantic's serialisation errors are ValueErrors
            why = first_reason(exc) if isinstance(exc, ValidationError) else str(exc)[:200]
            raise DocumentError(
                tr(
                    "“{sheet}” cannot be imported: the map it makes would be beyond what a project can hold "
                    "({reason}). Nothing was imported.",
                    sheet=table.sheet,
                    reason=why,
                )
            ) from None


def _lay_out(process_map: ProcessMap) -> None:
    result = arrange(process_map)
    for lane in process_map.lanes:
        lane.height = result.lane_heights.get(lane.id, lane.height)
    for phase in process_map.phases:
        phase.width = result.phase_widths.get(phase.id, phase.width)
    for step in process_map.steps:
        step.x, step.y = result.positions.get(step.id, (step.x, step.y))


# ------------------------------------------------------------------ updating our own export
def _update_map(doc: Document, process_map: ProcessMap, table: ImportedTable) -> tuple[ImportReport, list[Command]]:
    report = ImportReport(table.sheet, process_map.name, created=False, map_id=process_map.id)
    steps = {s.id: s for s in process_map.steps}
    by_number = {str(number): steps[step_id] for step_id, number in step_numbers(process_map).items()}
    lanes = {lane.name: lane for lane in process_map.lanes}
    phases = {phase.name: phase for phase in process_map.phases}
    changes: dict[str, dict[str, Any]] = {}
    new_rows: list[ImportedRow] = []
    for row in table.rows:
        step = steps.get(row.step_id) or (by_number.get(row.number) if not row.step_id else None)
        if step is None:
            new_rows.append(row)
            continue
        fields = _changed_fields(step, row, process_map, phases, report, table.sheet)
        if fields:
            changes[step.id] = follow_band_change(process_map, step, fields)
            report.updated += 1
        else:
            report.unchanged += 1
    commands: list[Command] = []
    if changes:
        commands.append(UpdateFieldsCommand(doc, changes))
    commands += _added_steps(doc, process_map, table, new_rows, lanes, phases, report)
    return report, commands


def _changed_fields(
    step: Step, row: ImportedRow, process_map: ProcessMap, phases: dict[str, Phase], report: ImportReport, sheet: str
) -> dict[str, Any]:
    wanted = {"name": row.name, **_fields(row)}
    if row.kind is not None:
        wanted["kind"] = row.kind
    lane_name = next((lane.name for lane in process_map.lanes if lane.id == step.lane_id), "")
    if not step.owner and row.owner == lane_name:
        del wanted["owner"]  # the export printed the lane because the step names no owner
    if row.stage and row.stage != next((p.name for p in process_map.phases if p.id == step.phase_id), ""):
        if row.stage in phases:
            wanted["phase_id"] = phases[row.stage].id
        else:
            report.problems.append(
                tr(
                    "{sheet}, row {row}: stage “{stage}” is not a stage of the map; the step stays in its stage",
                    sheet=sheet,
                    row=row.row,
                    stage=row.stage,
                )
            )
    return {key: value for key, value in wanted.items() if getattr(step, key) != value}


def _added_steps(
    doc: Document,
    process_map: ProcessMap,
    table: ImportedTable,
    rows: list[ImportedRow],
    lanes: dict[str, Lane],
    phases: dict[str, Phase],
    report: ImportReport,
) -> list[Command]:
    """Rows that match no step become new steps (and lanes and phases if needed), placed in their cell;
    they are not connected, since the table cannot say where they belong in the flow."""
    commands: list[Command] = []
    if not rows:
        return commands
    lane_list, phase_list = list(process_map.lanes), list(process_map.phases)
    placed = list(process_map.steps)
    for row in rows:
        lane_name = row.department or tr("Unassigned")
        if lane_name not in lanes:
            lanes[lane_name] = Lane(name=lane_name)
            lane_list.append(lanes[lane_name])
            commands.append(InsertElementCommand(doc, lanes[lane_name], process_map.id))
        stage = row.stage or tr("(no stage)")
        if stage not in phases:
            phases[stage] = Phase(name=stage)
            phase_list.append(phases[stage])
            commands.append(InsertElementCommand(doc, phases[stage], process_map.id))
        step = Step(
            name=row.name,
            lane_id=lanes[lane_name].id,
            phase_id=phases[stage].id,
            kind=row.kind or StepKind.TASK,
            **_fields(row),
        )
        view = process_map.model_copy(update={"lanes": lane_list, "phases": phase_list, "steps": placed})
        step.x, step.y = free_spot(view, step.lane_id, step.phase_id, step.width, step.height)
        placed.append(step)
        commands.append(InsertElementCommand(doc, step, process_map.id))
        report.added += 1
    _refuse_invalid(table, [c.element for c in commands if isinstance(c, InsertElementCommand)])
    if report.added:
        report.problems.append(
            tr(
                "{count} new steps were added to “{map}” without flows: connect them on the canvas.",
                count=report.added,
                map=process_map.name,
            )
        )
    return commands
