"""What the presenter view lists: the issue register with dots and priorities, and the notes on the step the
room is looking at. Plain text from the document; the presenter window only shows it."""

from __future__ import annotations

from html import escape

from ...editing.naming import element_name
from ...i18n import tr
from ...labels import label
from ...model import Document, ProcessMap


def register_rows(
    doc: Document, process_map: ProcessMap, dots: dict[str, int], step_id: str | None
) -> tuple[list[tuple[str, ...]], set[int]]:
    """(No., type, finding, where, dots, priority) per finding in the register's order, and the rows about the
    step in the spotlight."""
    rows: list[tuple[str, ...]] = []
    current: set[int] = set()
    for number, finding in enumerate(process_map.findings, start=1):
        where = element_name(doc, finding.target_id) if finding.target_id in doc else ""
        rows.append(
            (
                str(number),
                label(finding.type),
                finding.title or finding.description[:40],
                where or process_map.name,
                str(dots.get(finding.id, "")),
                str(finding.priority or ""),
            )
        )
        if step_id and finding.target_id == step_id:
            current.add(number - 1)
    return rows, current


def notes_html(process_map: ProcessMap, step_id: str | None) -> str:
    """What the facilitator reads while the room looks at the step: its facts and what was found there."""
    if step_id is None:
        return tr(
            "{steps} steps, {findings} findings.", steps=len(process_map.steps), findings=len(process_map.findings)
        )
    step = next(s for s in process_map.steps if s.id == step_id)
    lane = next((lane.name for lane in process_map.lanes if lane.id == step.lane_id), "")
    facts = [
        tr("Owner: {owner}", owner=step.owner) if step.owner else "",
        tr("Work {work} h, waiting {wait} h", work=f"{step.processing_hours:g}", wait=f"{step.waiting_hours:g}"),
        tr("Inputs: {items}", items="、".join(step.inputs)) if step.inputs else "",
        tr("Outputs: {items}", items="、".join(step.outputs)) if step.outputs else "",
        step.remarks,
    ]
    found = [
        "• " + "：".join(part for part in (label(f.type), f.title) if part)
        for f in process_map.findings
        if f.target_id == step_id
    ]
    heading = f"<b>{escape(step.name)}</b> · {escape(lane)}"  # the room's words, not markup
    return "<br>".join([heading, *(escape(part) for part in [*facts, *found] if part)])
