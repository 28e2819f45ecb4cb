"""Bring a map to what its interview text says, as the commands of one undo step. No Qt.

The text is complete for what it speaks of: the map's lanes, stages, steps, flows and the findings on steps,
flows and the map (lane findings and every other field of a step — owner, RACI, SOP — stay as they are).
New steps go where the lane-aware layout puts them; a step the user moved by hand keeps its place (each line
remembers where the layout last put its step, in ``OutlineLine.placed``).
"""

from __future__ import annotations

from typing import Any

from ..layout.arrange import arrange
from ..model import Department, Document, Evidence, Finding, Flow, Interview, Lane, Phase, Point, ProcessMap, Step
from ..model.elements import OutlineLine
from ..model.outline import ParsedOutline
from ..model.outline_resolve import ResolvedOutline, managed_findings, resolve_outline
from .command import (
    Command,
    InsertElementCommand,
    InsertElementsCommand,
    MoveElementCommand,
    RemoveElementCommand,
    UpdateFieldsCommand,
)
from .placement import GAP, free_spot
from .removal import removal_commands


def outline_commands(doc: Document, map_id: str, parsed: ParsedOutline) -> list[Command]:
    """The commands that make map ``map_id`` what ``parsed`` says and store its lines (with refs)."""
    process_map: ProcessMap = doc.get(map_id)
    project = doc.project
    resolved = resolve_outline(project, process_map, parsed)
    lines = [
        OutlineLine(text=line.text, ref=resolved.refs.get(number, ""), placed=line.placed)
        for number, line in enumerate(parsed.lines)
    ]
    commands: list[Command] = []
    commands += _new_bands(doc, process_map, resolved)
    commands += _interviews(doc, resolved)
    commands += _forgotten_interviews(doc, process_map, resolved)
    steps = {s.id: s for s in process_map.steps}
    new_steps = [_new_step(step_id, fields) for step_id, fields in resolved.steps.items() if step_id not in steps]
    appended: list[Step | Flow] = list(new_steps)
    flows = {(f.source_id, f.target_id): f for f in process_map.flows}
    new_flows: list[Flow] = []
    for (source, target), fields in resolved.flows.items():
        if (source, target) not in flows:
            flow = _FLOW.model_copy(
                update={
                    "id": fields["id"],
                    "source_id": source,
                    "target_id": target,
                    "label": fields["label"],
                    "probability": fields["probability"],
                    "waypoints": [],
                }
            )
            new_flows.append(flow)
    appended += new_flows
    if appended:
        commands.append(InsertElementsCommand(doc, appended, map_id))  # type: ignore[arg-type]
    commands += _findings(doc, process_map, resolved)
    commands += _updates(doc, process_map, resolved, steps, flows)
    commands += _renamed_lane_departments(doc, process_map, resolved)
    # Removals come after the appends (their positions still hold) and before the stages are put in order.
    commands += _removals(doc, process_map, resolved)
    commands += _phase_order(doc, process_map, resolved)
    positions, placed, bands = _layout(process_map, resolved, lines, new_steps, new_flows)
    for line in lines:
        if line.ref in placed:
            line.placed = placed[line.ref]
    # New steps are not in the map yet: they are inserted where the layout put them.
    for step in new_steps:
        if step.id in positions:
            step.x, step.y = positions.pop(step.id)
    geometry: dict[str, dict[str, Any]] = {i: {"x": x, "y": y} for i, (x, y) in positions.items()}
    for band_id, size in bands.items():
        geometry[band_id] = size
    if not commands and not geometry and _same_lines(process_map.outline, lines):
        return []  # a pause after typing a character and deleting it: no edit, no undo step
    geometry[map_id] = {"outline": lines}
    commands.append(UpdateFieldsCommand(doc, geometry))
    return commands


def _same_lines(stored: list[OutlineLine], lines: list[OutlineLine]) -> bool:
    return len(stored) == len(lines) and all(
        (a.text, a.ref, a.placed) == (b.text, b.ref, b.placed) for a, b in zip(stored, lines)
    )


# New steps and flows are copies of these with the fields the text gives (already typed and checked by the
# reader: a name, enum kinds, finite hours), and fresh lists: validating 5,000 new steps again would cost a
# tenth of a second of the interview's pause.
_STEP = Step(name="-", lane_id="-", phase_id="-")
_FLOW = Flow(source_id="-", target_id="-")


def _new_step(step_id: str, fields: dict[str, Any]) -> Step:
    fresh: dict[str, Any] = {"raci": {}, "instructions": [], "systems": [], "forms": [], "kpis": []}
    fresh |= {"source_step_ids": [], "inputs": list(fields["inputs"]), "outputs": list(fields["outputs"])}
    return _STEP.model_copy(update={"id": step_id, **fields, **fresh})


def _new_bands(doc: Document, process_map: ProcessMap, resolved: ResolvedOutline) -> list[Command]:
    commands: list[Command] = []
    departments = {d.name: d.id for d in doc.project.departments}
    for lane_id, name in resolved.lanes:
        if lane_id not in resolved.new_lanes:
            continue
        department_id = departments.get(name)
        if department_id is None:
            department = Department(name=name)
            department_id = departments[name] = department.id
            commands.append(InsertElementCommand(doc, department, None))
        lane = Lane(id=lane_id, name=name, department_id=department_id)
        commands.append(InsertElementCommand(doc, lane, process_map.id))
    for phase_id, name in resolved.phases:
        if phase_id in resolved.new_phases:
            commands.append(InsertElementCommand(doc, Phase(id=phase_id, name=name), process_map.id))
    return commands


def _renamed_lane_departments(doc: Document, process_map: ProcessMap, resolved: ResolvedOutline) -> list[Command]:
    """A lane renamed from its steps' lines takes its department along: renamed with it when no other lane belongs
    to it (a typo fixed), or the lane joins the department of its new name (made when there is none)."""
    commands: list[Command] = []
    departments = {d.id: d for d in doc.project.departments}
    by_name = {d.name: d for d in doc.project.departments}
    lanes = {lane.id: lane for lane in process_map.lanes}
    for lane_id, name in resolved.renamed_lanes.items():
        lane = lanes[lane_id]
        department = departments.get(lane.department_id or "")
        if name in by_name:
            if lane.department_id != by_name[name].id:
                commands.append(UpdateFieldsCommand(doc, {lane_id: {"department_id": by_name[name].id}}))
            continue
        shared = department is not None and any(
            other.department_id == department.id for m in doc.maps for other in m.lanes if other.id != lane_id
        )
        if department is not None and department.name == lane.name and not shared:
            commands.append(UpdateFieldsCommand(doc, {department.id: {"name": name}}))
            by_name[name] = department
            continue
        new = Department(name=name)
        by_name[name] = new
        commands += [
            InsertElementCommand(doc, new, None),
            UpdateFieldsCommand(doc, {lane_id: {"department_id": new.id}}),
        ]
    return commands


def _interviews(doc: Document, resolved: ResolvedOutline) -> list[Command]:
    commands: list[Command] = []
    existing = {i.id: i for i in doc.project.interviews}
    changes: dict[str, dict[str, Any]] = {}
    for interview_id, fields in resolved.interviews.items():
        if interview_id not in existing:
            commands.append(InsertElementCommand(doc, Interview(id=interview_id, **fields), None))
            continue
        interview = existing[interview_id]
        changed = {k: v for k, v in fields.items() if getattr(interview, k) != v}
        if changed:
            changes[interview_id] = changed
            # The evidence of its findings says who and when: it follows the header.
            updated = interview.model_copy(update=changed)
            for m in doc.maps:
                for finding in m.findings:
                    if finding.evidence.interview_id == interview_id:
                        changes[finding.id] = {"evidence": _evidence(updated)}
    if changes:
        commands.append(UpdateFieldsCommand(doc, changes))
    return commands


def _forgotten_interviews(doc: Document, process_map: ProcessMap, resolved: ResolvedOutline) -> list[Command]:
    """An interview whose header line was deleted from this text, and that nothing else names (another text's
    header, a finding's evidence), goes with it."""
    before = {line.ref for line in process_map.outline} & {i.id for i in doc.project.interviews}
    gone = before - set(resolved.interviews)
    if not gone:
        return []
    kept_findings = set(resolved.findings)
    named = {
        f.evidence.interview_id
        for m in doc.maps
        for f in m.findings
        if f.evidence.interview_id and (m.id != process_map.id or f.id in kept_findings)
    }
    named |= {line.ref for m in doc.maps if m.id != process_map.id for line in m.outline}
    return [RemoveElementCommand(doc, interview_id) for interview_id in sorted(gone - named)]


def _evidence(interview: Interview) -> Evidence:
    return Evidence(
        source=interview.speaker, context=interview.occasion, date=interview.date, interview_id=interview.id
    )


def _findings(doc: Document, process_map: ProcessMap, resolved: ResolvedOutline) -> list[Command]:
    existing = {f.id for f in process_map.findings}
    interviews = {i.id: i for i in doc.project.interviews}
    commands: list[Command] = []
    for finding_id, fields in resolved.findings.items():
        if finding_id in existing:
            continue
        finding = Finding(id=finding_id, **fields)
        interview_id = resolved.finding_interviews.get(finding_id)
        if interview_id:
            interview = interviews.get(interview_id) or Interview(
                id=interview_id, **resolved.interviews.get(interview_id, {})
            )
            finding.evidence = _evidence(interview)
        commands.append(InsertElementCommand(doc, finding, process_map.id))
    return commands


def _updates(
    doc: Document,
    process_map: ProcessMap,
    resolved: ResolvedOutline,
    steps: dict[str, Step],
    flows: dict[tuple[str, str], Flow],
) -> list[Command]:
    changes: dict[str, dict[str, Any]] = {}

    def differ(element: Any, fields: dict[str, Any]) -> None:
        changed = {k: v for k, v in fields.items() if getattr(element, k) != v}
        if changed:
            changes.setdefault(element.id, {}).update(changed)

    lanes = {lane.id: lane for lane in process_map.lanes}
    for lane_id, name in resolved.lanes:
        if lane_id in lanes:
            differ(lanes[lane_id], {"name": name})
    phases = {phase.id: phase for phase in process_map.phases}
    for phase_id, name in resolved.phases:
        if phase_id in phases:
            differ(phases[phase_id], {"name": name})
    for step_id, fields in resolved.steps.items():
        if step_id in steps:
            differ(steps[step_id], fields)
    for key, fields in resolved.flows.items():
        if key in flows:
            differ(flows[key], {"label": fields["label"], "probability": fields["probability"]})
    findings = {f.id: f for f in process_map.findings}
    interviews = {i.id: i for i in doc.project.interviews}
    for finding_id, fields in resolved.findings.items():
        if finding_id in findings:
            differ(findings[finding_id], fields)
            evidence = _evidence_under_header(findings[finding_id], resolved, interviews)
            if evidence is not None:
                changes.setdefault(finding_id, {})["evidence"] = evidence
    return [UpdateFieldsCommand(doc, changes)] if changes else []


def _evidence_under_header(
    finding: Finding, resolved: ResolvedOutline, interviews: dict[str, Interview]
) -> Evidence | None:
    """A finding under an interview header was said in that interview: one that names no interview yet, or one of
    this text's headers, takes the header's (an interview chosen in the register for another text stays)."""
    header = resolved.finding_interviews.get(finding.id)
    current = finding.evidence.interview_id
    if not header or current == header or (current is not None and current not in resolved.interviews):
        return None
    fields = resolved.interviews.get(header)
    interview = Interview(id=header, **fields) if fields is not None else interviews.get(header)
    return _evidence(interview) if interview is not None else None


def _phase_order(doc: Document, process_map: ProcessMap, resolved: ResolvedOutline) -> list[Command]:
    """Stages in the order of their headings (new ones are appended first, then everything is put in order)."""
    wanted = [phase_id for phase_id, _ in resolved.phases]
    current = [p.id for p in process_map.phases if p.id in set(wanted)]
    current += [p for p in wanted if p not in current]
    commands: list[Command] = []
    for index, phase_id in enumerate(wanted):
        if current[index] != phase_id:
            old = current.index(phase_id)
            current.insert(index, current.pop(old))
            commands.append(MoveElementCommand(doc, phase_id, index))
    return commands


def _removals(doc: Document, process_map: ProcessMap, resolved: ResolvedOutline) -> list[Command]:
    keep = set(resolved.steps) | set(resolved.findings) | {lane_id for lane_id, _ in resolved.lanes}
    keep |= {phase_id for phase_id, _ in resolved.phases}
    keep |= {fields["id"] for fields in resolved.flows.values()}
    doomed = [s.id for s in process_map.steps if s.id not in keep]
    doomed += [f.id for f in process_map.flows if f.id not in keep]
    doomed += [f.id for f in managed_findings(process_map) if f.id not in keep]
    doomed += [lane.id for lane in process_map.lanes if lane.id not in keep]
    doomed += [phase.id for phase in process_map.phases if phase.id not in keep]
    if not doomed:
        return []
    commands = removal_commands(doc, doomed)
    # A band's removal would take steps the text moved elsewhere, and a flow's the findings it moved on.
    return [c for c in commands if not (isinstance(c, RemoveElementCommand) and c.element_id in keep)]


def _place_in_cell(
    scratch: ProcessMap, step: Step, positions: dict[str, tuple[float, float]], bands: dict[str, dict[str, float]]
) -> None:
    x, y = free_spot(scratch, step.lane_id, step.phase_id, step.width, step.height)
    step.x, step.y = x, y
    positions[step.id] = (x, y)
    left = 0.0
    for index, phase in enumerate(scratch.phases):
        if phase.id == step.phase_id:
            needed = x + step.width + GAP - left
            if needed > phase.width:
                growth = needed - phase.width
                phase.width = needed
                bands[phase.id] = {"width": needed}
                later = {p.id for p in scratch.phases[index + 1 :]}
                for other in scratch.steps:
                    if other.phase_id in later:
                        other.x += growth
                        positions[other.id] = (other.x, other.y)
            return
        left += phase.width


def _layout(
    process_map: ProcessMap,
    resolved: ResolvedOutline,
    lines: list[OutlineLine],
    new_steps: list[Step],
    new_flows: list[Flow],
) -> tuple[dict[str, tuple[float, float]], dict[str, Point], dict[str, dict[str, float]]]:
    """Positions for the steps the layout owns, where each now sits, and the lanes' and phases' new sizes."""
    placed_at = {line.ref: line.placed for line in lines if line.placed is not None}
    existing = {s.id: s for s in process_map.steps}
    lanes = {lane.id: lane for lane in process_map.lanes}
    phases = {phase.id: phase for phase in process_map.phases}
    new_by_id = {s.id: s for s in new_steps}
    new_ids = set(new_by_id)

    def owned(step: Step) -> bool:
        spot = placed_at.get(step.id)
        return spot is not None and abs(step.x - spot.x) < 0.5 and abs(step.y - spot.y) < 0.5

    scratch = ProcessMap.model_construct(
        id=process_map.id,
        name=process_map.name,
        lanes=[lanes.get(i) or Lane(id=i, name=n) for i, n in resolved.lanes],
        # Copies: a stage grows here before the edit says so.
        phases=[phases[i].model_copy() if i in phases else Phase(id=i, name=n) for i, n in resolved.phases],
        # The new steps themselves (placed here before they are inserted); copies of the others.
        steps=[
            existing[i].model_copy(update=fields) if i in existing else new_by_id[i]
            for i, fields in resolved.steps.items()
        ],
        flows=[f for f in process_map.flows if (f.source_id, f.target_id) in resolved.flows] + new_flows,
    )
    hand_placed = [s for s in scratch.steps if s.id in existing and not owned(existing[s.id])]
    positions: dict[str, tuple[float, float]] = {}
    bands: dict[str, dict[str, float]] = {}
    if not hand_placed:
        arrangement = arrange(scratch)
        positions = arrangement.positions
        for lane_id, height in arrangement.lane_heights.items():
            if lane_id not in lanes or lanes[lane_id].height != height:
                bands[lane_id] = {"height": height}
        for phase_id, width in arrangement.phase_widths.items():
            if phase_id not in phases or phases[phase_id].width != width:
                bands[phase_id] = {"width": width}
    else:
        # The user has arranged some steps: leave every step where it is and put new ones in a free spot of
        # their cell; a stage grows to hold them, and the stages after it move right.
        for step in scratch.steps:
            if step.id in new_ids:
                _place_in_cell(scratch, step, positions, bands)
    for step in scratch.steps:
        if step.id in positions:
            continue
        if step.id in existing and (step.lane_id, step.phase_id) != (
            existing[step.id].lane_id,
            existing[step.id].phase_id,
        ):
            _place_in_cell(scratch, step, positions, bands)
    moved = {i: xy for i, xy in positions.items() if i in new_ids or (existing[i].x, existing[i].y) != (xy[0], xy[1])}
    placed = {i: Point(x=x, y=y) for i, (x, y) in positions.items()}
    for step_id in resolved.steps:
        if step_id not in placed and step_id in placed_at and step_id in existing and owned(existing[step_id]):
            placed[step_id] = placed_at[step_id]
    return moved, placed, bands
