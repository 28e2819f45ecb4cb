"""Chapters 5 and 6 of the manual: the maps as pictures, and the procedure stage by stage."""

from __future__ import annotations

from ...i18n import QT_TRANSLATE_NOOP, tr
from ...labels import label
from ...model import FindingType, ProcessMap
from ...model.traits import step_kind
from ..tables import LIST_JOINER, PlanningRow, stage_groups
from .body import ManualSource, number_text
from .builder import ManualBuilder
from .ooxml import Column
from .page_plan import PICTURE_MARGIN_MM, placed_size_mm

# Step kinds whose label the procedure prints under the step's name: a task needs none, and an approval's
# label goes into the control point column instead.
PROCEDURE_COLUMNS = (
    (QT_TRANSLATE_NOOP("", "No."), 10),
    (QT_TRANSLATE_NOOP("", "Step"), 24),
    (QT_TRANSLATE_NOOP("", "Department"), 20),
    (QT_TRANSLATE_NOOP("", "Inputs"), 21),
    (QT_TRANSLATE_NOOP("", "Outputs"), 21),
    (QT_TRANSLATE_NOOP("", "Time"), 21),
    (QT_TRANSLATE_NOOP("", "Instructions"), 32),
    (QT_TRANSLATE_NOOP("", "Control point / risk"), 21),
)


def write_maps(b: ManualBuilder, source: ManualSource) -> None:
    """An explanation and legend, then every map (current and target) from a new page, on flowchart pages
    with narrow margins, landscape when its pictures need it; one picture per page."""
    b.heading(1, tr("Flowchart"))
    b.paragraph(
        tr(
            "Each map shows the departments as lanes (rows) and the stages as columns; the arrows are the "
            "flows between steps. A map too wide to read on one page is printed on several pages, cut "
            "between stages, each page repeating the departments."
        )
    )
    present = {f.type for m in source.project.maps for f in m.findings}
    letters = source.images.badge_letters
    legend = [f"{letters[t]} {label(t)}" for t in FindingType if t in present and t in letters]
    if legend:
        b.paragraph(tr("The coloured badges mark findings: {legend}.", legend=tr(", ").join(legend)))
    for process_map in source.project.maps:
        parts = source.images.maps.get(process_map.id, [])
        placed = [placed_size_mm(p) for p in parts]
        new_section = parts and b.page_setup(any(landscape for _, _, landscape in placed), PICTURE_MARGIN_MM)
        b.heading(2, process_map.name, new_page=bool(parts) and not new_section)
        if process_map.description:
            b.paragraph(process_map.description, keep_next=bool(parts))
        if not parts:
            _map_outline(b, process_map)
        for number, (picture, (width, height, _)) in enumerate(zip(parts, placed), start=1):
            caption = (
                process_map.name
                if len(parts) == 1
                else tr(
                    "{map} (part {part} of {parts}: {stages})",
                    map=process_map.name,
                    part=number,
                    parts=len(parts),
                    stages=picture.label,
                )
            )
            b.figure(picture, width, height, caption, new_page=number > 1)
    b.page_setup(False)


def _map_outline(b: ManualBuilder, process_map: ProcessMap) -> None:
    """Without a picture (an export without a display), the map's shape in words."""
    b.labelled(tr("Stages"), " → ".join(p.name for p in process_map.phases))
    b.labelled(tr("Departments"), LIST_JOINER.join(lane.name for lane in process_map.lanes))
    b.paragraph(tr("{steps} steps; chapter 6 lists them in order.", steps=len(process_map.steps)))


def write_procedure(b: ManualBuilder, source: ManualSource) -> None:
    b.heading(1, tr("Procedure"))
    b.paragraph(
        tr(
            "Each stage lists its steps in the order they are carried out: who does them, what they need "
            "and produce, how long they take and how they are controlled."
        )
    )
    columns = [Column(tr(header), width) for header, width in PROCEDURE_COLUMNS]
    for process_map in source.documented_maps:
        b.heading(2, process_map.name)
        for stage, rows in stage_groups(source.tables.planning[process_map.id]):
            b.heading(3, stage or tr("(no stage)"))
            b.paragraph(_stage_summary(rows), keep_next=True)
            b.table(columns, [procedure_cells(row) for row in rows])


def _stage_summary(rows: list[PlanningRow]) -> str:
    departments = LIST_JOINER.join(dict.fromkeys(r.lane for r in rows if r.lane))
    work = sum(r.processing_hours for r in rows)
    wait = sum(r.waiting_hours for r in rows)
    return tr(
        "{count} steps · {departments} · processing {work} h, waiting {wait} h",
        count=len(rows),
        departments=departments,
        work=number_text(round(work, 1)),
        wait=number_text(round(wait, 1)),
    )


def procedure_cells(row: PlanningRow) -> list[str]:
    """One step as the procedure table prints it (PROCEDURE_COLUMNS order)."""
    step = row.key_node + ("\n" + tr("({kind})", kind=row.kind_label) if step_kind(row.kind).named_in_procedure else "")
    department = row.owner  # the same 责任部门/人 the planning table prints
    time = [row.deadline] if row.deadline else []
    if row.processing_hours or row.waiting_hours:
        time.append(
            tr(
                "{work} h work, {wait} h wait",
                work=number_text(row.processing_hours),
                wait=number_text(row.waiting_hours),
            )
        )
    instructions = [f"{n}. {line}" for n, line in enumerate(row.instructions.splitlines(), start=1)]
    if row.remarks:
        instructions.append(row.remarks)
    if row.forms:
        instructions.append(tr("Forms: {forms}", forms=row.forms))
    if row.systems:
        instructions.append(tr("Systems: {systems}", systems=row.systems))
    controls = row.controls or (label(row.kind) if step_kind(row.kind).approval else "")
    return [
        str(row.number),
        step,
        department,
        row.inputs,
        row.outputs,
        "\n".join(time),
        "\n".join(instructions),
        controls,
    ]
