"""What a parsed interview text means for one map: which existing lane, stage, step, flow, finding and interview
each part stands for, and the field values each should have. The editor turns the difference into one undoable
change (editing/outline_sync.py); the text view asks whether the text still describes the map (io/text). No Qt.

Identity: a line keeps the element it stood for through its ref. A line without a known ref adopts an element
of the same name that no other line claims (a line cut and pasted elsewhere keeps its step, findings and RACI).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..i18n import tr
from .elements import Finding, Flow, Lane, Phase, Step
from .enums import Severity
from .ids import new_id
from .outline import ParsedOutline
from .project import Interview, ProcessMap, Project

STEP_FIELDS = ("name", "lane_id", "phase_id", "kind", "processing_hours", "waiting_hours", "inputs", "outputs")
FINDING_FIELDS = ("type", "title", "severity", "target_id")
INTERVIEW_FIELDS = ("kind", "interviewee", "role", "department", "date", "occasion", "notes")


@dataclass
class ResolvedOutline:
    """The map the text describes, element by element (ids of existing elements where they exist)."""

    lanes: list[tuple[str, str]] = field(default_factory=list)  # (lane id, name) in text order
    new_lanes: set[str] = field(default_factory=set)
    phases: list[tuple[str, str]] = field(default_factory=list)  # (phase id, name) in text order
    new_phases: set[str] = field(default_factory=set)
    steps: dict[str, dict[str, Any]] = field(default_factory=dict)  # step id -> STEP_FIELDS, in text order
    flows: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)  # (source, target) -> fields
    findings: dict[str, dict[str, Any]] = field(default_factory=dict)  # finding id -> FINDING_FIELDS
    finding_interviews: dict[str, str] = field(default_factory=dict)  # finding id -> interview id of its header
    interviews: dict[str, dict[str, Any]] = field(default_factory=dict)  # interview id -> INTERVIEW_FIELDS
    refs: dict[int, str] = field(default_factory=dict)  # line number -> the element it now stands for
    step_ids: dict[str, str] = field(default_factory=dict)  # the parser's step ref -> the step it stands for
    renamed_lanes: dict[str, str] = field(default_factory=dict)  # lane id -> its new name, retyped on its steps


def resolve_outline(project: Project, process_map: ProcessMap, parsed: ParsedOutline) -> ResolvedOutline:
    out = ResolvedOutline()
    _lanes(process_map, parsed, out)
    _phases(process_map, parsed, out)
    _steps(process_map, parsed, out)
    _flows(parsed, out)
    _interviews(project, parsed, out)
    _findings(process_map, parsed, out)
    return out


def _lanes(process_map: ProcessMap, parsed: ParsedOutline, out: ResolvedOutline) -> None:
    by_id = {lane.id: lane for lane in process_map.lanes}
    claimed: set[str] = set()
    chosen: dict[str, str] = {}  # name -> lane id
    for lane in parsed.lanes:  # declarations first: their ref may rename a lane
        if lane.ref in by_id and lane.ref not in claimed:
            chosen[lane.name] = lane.ref
            claimed.add(lane.ref)
    for lane in parsed.lanes:
        if lane.name in chosen:
            continue
        existing = next((x for x in process_map.lanes if x.name == lane.name and x.id not in claimed), None)
        lane_id = existing.id if existing else new_id("lane")
        if existing is None:
            out.new_lanes.add(lane_id)
        chosen[lane.name] = lane_id
        claimed.add(lane_id)
    _renamed_lanes(process_map, parsed, chosen, claimed, out)
    for lane in parsed.lanes:
        if lane.ref:
            out.refs[lane.line] = chosen[lane.name]
    order = {lane_id: i for i, lane_id in enumerate(lane.id for lane in process_map.lanes)}
    # Lanes keep the map's order; new ones come after, in the order the text names them.
    named = sorted(chosen.items(), key=lambda item: (order.get(item[1], len(order)), list(chosen).index(item[0])))
    out.lanes = [(lane_id, name) for name, lane_id in named]


def _renamed_lanes(
    process_map: ProcessMap, parsed: ParsedOutline, chosen: dict[str, str], claimed: set[str], out: ResolvedOutline
) -> None:
    """A department name retyped on its step lines (a typo fixed, 售后部 → 售后服务部) renames that lane: the lane a
    new name's steps come from, when no line names it any more, keeps its id, findings and department."""
    lane_of_step = {step.id: step.lane_id for step in process_map.steps}
    if not out.new_lanes or not lane_of_step:
        return
    came_from: dict[str, dict[str, int]] = {}  # typed lane name -> the lanes its steps are in now, counted
    for typed in parsed.steps:
        old = lane_of_step.get(typed.ref)
        if old is not None and not typed.held:
            counts = came_from.setdefault(typed.lane, {})
            counts[old] = counts.get(old, 0) + 1
    for name, lane_id in list(chosen.items()):
        if lane_id not in out.new_lanes:
            continue
        origins = {old: count for old, count in came_from.get(name, {}).items() if old not in claimed}
        if origins:
            old = max(origins, key=lambda candidate: origins[candidate])
            out.new_lanes.discard(lane_id)
            chosen[name] = old
            claimed.add(old)
            out.renamed_lanes[old] = name


def _phases(process_map: ProcessMap, parsed: ParsedOutline, out: ResolvedOutline) -> None:
    by_id = {phase.id: phase for phase in process_map.phases}
    claimed = {stage.ref for stage in parsed.stages if stage.ref in by_id}
    seen: set[str] = set()
    for stage in parsed.stages:
        phase_id = stage.ref
        if stage.held:
            if phase_id in by_id and phase_id not in seen:
                seen.add(phase_id)
                out.refs[stage.line] = phase_id
                out.phases.append((phase_id, by_id[phase_id].name))
            continue
        if phase_id not in by_id or phase_id in seen:
            existing = next((p for p in process_map.phases if p.name == stage.name and p.id not in claimed), None)
            phase_id = existing.id if existing else stage.ref if stage.ref not in seen else new_id("phase")
            if existing is None:
                out.new_phases.add(phase_id)
            claimed.add(phase_id)
        seen.add(phase_id)
        out.refs[stage.line] = phase_id
        out.phases.append((phase_id, stage.name))
    if not out.phases and parsed.steps:  # no heading at all: the steps go into the map's first stage
        if process_map.phases:
            first = process_map.phases[0]
            out.phases.append((first.id, first.name))
        else:
            phase_id = new_id("phase")
            out.new_phases.add(phase_id)
            out.phases.append((phase_id, tr("Stage 1")))


def _steps(process_map: ProcessMap, parsed: ParsedOutline, out: ResolvedOutline) -> None:
    by_id = {step.id: step for step in process_map.steps}
    lane_ids = {name: lane_id for lane_id, name in out.lanes}
    phase_of_stage = {stage.ref: out.refs[stage.line] for stage in parsed.stages}
    first_phase = out.phases[0][0] if out.phases else ""
    claimed = {s.ref for s in parsed.steps if s.ref in by_id}
    unclaimed: dict[tuple[str, str], list[Step]] = {}
    for step in process_map.steps:
        if step.id not in claimed:
            unclaimed.setdefault((step.name, step.lane_id), []).append(step)
    by_name: dict[str, list[Step]] = {}
    for candidates in unclaimed.values():
        for step in candidates:
            by_name.setdefault(step.name, []).append(step)
    known_phases = {phase_id for phase_id, _ in out.phases}
    for typed in parsed.steps:
        if typed.held:
            held = by_id.get(typed.ref)
            _held_step(process_map, held, typed.line, out, known_phases, phase_of_stage.get(typed.stage_ref))
            continue
        lane_id = lane_ids[typed.lane]
        step_id = typed.ref
        if step_id not in by_id:
            # A line typed anew for a step it was (cut and pasted, retyped): the same name in the same lane,
            # or failing that the only step left of that name.
            adopted = unclaimed.get((typed.name, lane_id))
            same_name = [s for s in by_name.get(typed.name, []) if s.id not in out.steps and s.id not in claimed]
            if adopted:
                step_id = adopted.pop(0).id
            elif len(same_name) == 1:
                step_id = same_name[0].id
            claimed.add(step_id)
        if step_id in out.steps:
            step_id = new_id("step")
        out.step_ids[typed.ref] = step_id
        out.refs[typed.line] = step_id
        out.steps[step_id] = {
            "name": typed.name,
            "lane_id": lane_id,
            "phase_id": phase_of_stage.get(typed.stage_ref, first_phase),
            "kind": typed.kind,
            "processing_hours": typed.processing_hours,
            "waiting_hours": typed.waiting_hours,
            "inputs": typed.inputs,
            "outputs": typed.outputs,
        }


def _held_step(
    process_map: ProcessMap,
    step: Step | None,
    line: int,
    out: ResolvedOutline,
    known_phases: set[str],
    phase_here: str | None,
) -> None:
    """A step whose line cannot be read just now stays as it is (its lane too, and its stage if still there)."""
    if step is None or step.id in out.steps:
        return
    phase_id = step.phase_id if step.phase_id in known_phases else phase_here or next(iter(out.phases), ("", ""))[0]
    if not phase_id:
        return  # no stage left to hold it in
    out.step_ids[step.id] = step.id
    out.refs[line] = step.id
    if step.lane_id not in {lane_id for lane_id, _ in out.lanes}:
        lane = next(lane for lane in process_map.lanes if lane.id == step.lane_id)
        out.lanes.append((lane.id, lane.name))
    out.steps[step.id] = {name: getattr(step, name) for name in STEP_FIELDS}
    out.steps[step.id]["phase_id"] = phase_id


def _flows(parsed: ParsedOutline, out: ResolvedOutline) -> None:
    for flow in parsed.flows:
        source, target = out.step_ids.get(flow.source_ref), out.step_ids.get(flow.target_ref)
        if source is None or target is None:
            continue
        out.flows[(source, target)] = {"label": flow.label, "probability": flow.probability}


def _interviews(project: Project, parsed: ParsedOutline, out: ResolvedOutline) -> None:
    by_id = {i.id: i for i in project.interviews}
    claimed = {i.ref for i in parsed.interviews if i.ref in by_id}
    for typed in parsed.interviews:
        interview_id = typed.ref
        if typed.held:
            if interview_id in by_id:
                out.refs[typed.line] = interview_id
                kept = by_id[interview_id]
                out.interviews.setdefault(interview_id, {name: getattr(kept, name) for name in INTERVIEW_FIELDS})
            continue
        earlier = next(
            (
                known
                for known, fields in out.interviews.items()
                if typed.interviewee and fields["interviewee"] == typed.interviewee and fields["date"] == typed.date
            ),
            None,
        )
        if interview_id not in by_id and interview_id not in out.interviews and earlier is not None:
            interview_id = earlier  # the same person on the same day, named again further down
        elif interview_id not in by_id:
            same = next(
                (
                    i
                    for i in project.interviews
                    if i.id not in claimed and i.interviewee == typed.interviewee and i.date == typed.date
                ),
                None,
            )
            if same is not None:
                interview_id = same.id
                claimed.add(same.id)
        out.refs[typed.line] = interview_id
        fields = {name: getattr(typed, name) for name in INTERVIEW_FIELDS if name != "notes"}
        notes = "\n".join(typed.notes)
        if interview_id in out.interviews:  # the same interview named again further down
            earlier = out.interviews[interview_id]["notes"]
            notes = "\n".join(part for part in (earlier, notes) if part)
        out.interviews[interview_id] = {**fields, "notes": notes}


def _findings(process_map: ProcessMap, parsed: ParsedOutline, out: ResolvedOutline) -> None:
    flow_ids = {(f.source_id, f.target_id): f.id for f in process_map.flows}
    by_id = {f.id: f for f in process_map.findings}
    header_lines = {i.ref: i.line for i in parsed.interviews}
    claimed = {f.ref for f in parsed.findings if f.ref in by_id}
    for typed in parsed.findings:
        if typed.held:
            kept = by_id.get(typed.ref)
            if kept is not None and typed.ref not in out.findings and _still_there(kept.target_id, process_map, out):
                out.refs[typed.line] = kept.id
                out.findings[kept.id] = {name: getattr(kept, name) for name in FINDING_FIELDS}
            continue
        step_id = out.step_ids.get(typed.step_ref, "")
        on_flow = (
            (out.step_ids.get(typed.on_flow[0], ""), out.step_ids.get(typed.on_flow[1], "")) if typed.on_flow else None
        )
        if on_flow is not None and on_flow in out.flows:
            target = flow_ids.get(on_flow) or out.flows[on_flow].setdefault("id", new_id("flow"))
        elif step_id:
            target = step_id
        else:
            target = process_map.id
        finding_id = typed.ref
        if finding_id not in by_id:
            same = next(
                (
                    f
                    for f in process_map.findings
                    if f.id not in claimed and f.type is typed.type and f.title == typed.title and f.target_id == target
                ),
                None,
            )
            if same is not None:
                finding_id = same.id
                claimed.add(same.id)
        if finding_id in out.findings:
            finding_id = new_id("finding")
        out.refs[typed.line] = finding_id
        out.findings[finding_id] = {
            "type": typed.type,
            "title": typed.title,
            "severity": typed.severity or Severity.MEDIUM,
            "target_id": target,
        }
        header = header_lines.get(typed.interview_ref)
        if header is not None and header in out.refs:
            out.finding_interviews[finding_id] = out.refs[header]
    for key, fields in out.flows.items():
        fields.setdefault("id", flow_ids.get(key) or new_id("flow"))


def _still_there(target: str, process_map: ProcessMap, out: ResolvedOutline) -> bool:
    """Whether what a finding is marked on is part of the map the text describes."""
    if target == process_map.id or target in out.steps or target in {lane_id for lane_id, _ in out.lanes}:
        return True
    flow = next((f for f in process_map.flows if f.id == target), None)
    return flow is not None and (flow.source_id, flow.target_id) in out.flows


def managed_findings(process_map: ProcessMap) -> list[Finding]:
    """The findings a text speaks for: on steps, flows and the map itself (lane findings stay the canvas's)."""
    lanes = {lane.id for lane in process_map.lanes}
    return [f for f in process_map.findings if f.target_id not in lanes]


def describes(project: Project, process_map: ProcessMap, resolved: ResolvedOutline) -> bool:
    """True when the map is exactly what the text says (so the text can be shown as it was typed)."""
    lanes: dict[str, Lane] = {lane.id: lane for lane in process_map.lanes}
    phases: dict[str, Phase] = {phase.id: phase for phase in process_map.phases}
    if resolved.new_lanes or resolved.new_phases:
        return False
    if [lane_id for lane_id, _ in resolved.lanes] != list(lanes) or any(
        lanes[lane_id].name != name for lane_id, name in resolved.lanes
    ):
        return False
    if [p for p, _ in resolved.phases] != list(phases) or any(phases[p].name != name for p, name in resolved.phases):
        return False
    steps: dict[str, Step] = {s.id: s for s in process_map.steps}
    if steps.keys() != resolved.steps.keys():
        return False
    for step_id, fields in resolved.steps.items():
        if any(getattr(steps[step_id], name) != value for name, value in fields.items()):
            return False
    flows: dict[tuple[str, str], Flow] = {(f.source_id, f.target_id): f for f in process_map.flows}
    if flows.keys() != resolved.flows.keys():
        return False
    for key, fields in resolved.flows.items():
        flow = flows[key]
        if flow.id != fields["id"] or flow.label != fields["label"] or flow.probability != fields["probability"]:
            return False
    findings = {f.id: f for f in managed_findings(process_map)}
    if findings.keys() != resolved.findings.keys():
        return False
    for finding_id, header in resolved.finding_interviews.items():
        current = findings[finding_id].evidence.interview_id
        if current != header and (current is None or current in resolved.interviews):
            return False  # the header above it has not given it its evidence yet
    for finding_id, fields in resolved.findings.items():
        if any(getattr(findings[finding_id], name) != value for name, value in fields.items()):
            return False
    interviews: dict[str, Interview] = {i.id: i for i in project.interviews}
    for interview_id, fields in resolved.interviews.items():
        interview = interviews.get(interview_id)
        if interview is None or any(getattr(interview, name) != value for name, value in fields.items()):
            return False
    return True
