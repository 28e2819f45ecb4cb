"""Write a map as interview text, and keep a typed text in step with the map (``text_of_map``). No Qt.

The writer says everything the reader needs to rebuild the same process: lanes (declared at the top when a lane
has no step or the steps name them out of order), stages in order, steps with their department when it changes,
kind, times, inputs and outputs, every flow that is not simply "on to the next line", and the findings on steps,
hand-offs and the map, with the interview each came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...i18n import language
from ...model import FindingType, Interview, OutlineLine, ProcessMap, Project, Severity, Step, StepKind
from ...model.elements import Finding, Flow, Lane
from ...model.outline_resolve import describes, managed_findings, resolve_outline
from . import notation as n
from .lines import copy_line
from .reader import parse_outline


def _marks() -> tuple[str, str]:
    """The colon and comma of the current language."""
    return ("：", "，") if language() != "en" else (": ", ", ")


def write_outline(
    project: Project, process_map: ProcessMap, order: dict[str, float] | None = None, headers: bool = True
) -> list[OutlineLine]:
    """The map as lines with refs; ``order`` (step id -> rank) keeps steps where a typed text had them."""
    colon, comma = _marks()
    order = order or {}
    lanes = {lane.id: lane for lane in process_map.lanes}
    phase_index = {p.id: i for i, p in enumerate(process_map.phases)}
    steps = sorted(
        process_map.steps,
        key=lambda s: (phase_index.get(s.phase_id, 0), order.get(s.id, float("inf")), s.x, s.y),
    )
    names: dict[str, int] = {}
    for step in steps:
        names[step.name] = names.get(step.name, 0) + 1
    occurrence: dict[str, int] = {}  # a step's number among the steps of its name and lane, in text order
    out: list[OutlineLine] = []
    mentioned = list(dict.fromkeys(s.lane_id for s in steps))
    if mentioned != [lane.id for lane in process_map.lanes]:
        out += [OutlineLine(text=f"{_safe(lane.name)}{colon.rstrip()}", ref=lane.id) for lane in process_map.lanes]
    interviews = {i.id: i for i in project.interviews}
    context = _HeaderContext(interviews, headers)
    findings_on: dict[str, list[Finding]] = {}
    for finding in managed_findings(process_map):
        findings_on.setdefault(finding.target_id, []).append(finding)
    for finding in findings_on.get(process_map.id, []):
        out += context.before(finding) + [_finding_line(finding, comma)]
    outgoing: dict[str, list[Flow]] = {}
    for flow in process_map.flows:
        outgoing.setdefault(flow.source_id, []).append(flow)
    by_phase: dict[str, list[Step]] = {}
    for step in steps:
        by_phase.setdefault(step.phase_id, []).append(step)
    by_id = {s.id: s for s in process_map.steps}
    previous_lane = ""
    flat = [s for p in process_map.phases for s in by_phase.get(p.id, [])]
    counted: dict[tuple[str, str], int] = {}
    for step in flat:
        key = (step.name, step.lane_id)
        counted[key] = counted.get(key, 0) + 1
        occurrence[step.id] = counted[key]
    following = {a.id: b for a, b in zip(flat, flat[1:])}
    implicit_into: dict[str, str] = {}  # step -> the flow into it that line order says
    falls_through: set[str] = set()
    for step in flat:
        exits = outgoing.get(step.id, [])
        nxt = following.get(step.id)
        if nxt is not None and _falls_through(step, exits, nxt):
            implicit_into[nxt.id] = exits[0].id
            falls_through.add(step.id)
    for phase in process_map.phases:
        out.append(OutlineLine(text=f"# {phase.name}", ref=phase.id))
        for step in by_phase.get(phase.id, []):
            prefix = f"{_safe(lanes[step.lane_id].name)}{colon}" if step.lane_id != previous_lane else ""
            previous_lane = step.lane_id
            out.append(OutlineLine(text=prefix + _step_text(step, comma), ref=step.id))
            into = implicit_into.get(step.id)
            for flow_id in [into] if into else []:
                for finding in findings_on.get(flow_id, []):
                    out += context.before(finding) + [_finding_line(finding, comma, handoff=True)]
            for finding in findings_on.get(step.id, []):
                on_step = finding.type is FindingType.BREAKPOINT and into is not None
                out += context.before(finding) + [_finding_line(finding, comma, on_step=on_step)]
            if step.id in falls_through:
                continue
            exits = outgoing.get(step.id, [])
            nxt = following.get(step.id)
            if not exits and nxt is not None and step.kind is not StepKind.END:
                out.append(OutlineLine(text="  -|"))
            for flow in exits:
                typed = _target_name(by_id[flow.target_id], names, lanes, occurrence)
                label = _safe(flow.label, label=True) if flow.label else ""
                label += f" {n._number(flow.probability * 100)}%" if flow.probability is not None else ""
                out.append(OutlineLine(text=f"  {label} -> {typed}".replace("   ", "  ")))
                for finding in findings_on.get(flow.id, []):
                    out += context.before(finding) + [_finding_line(finding, comma)]
    return out


def _safe(text: str, label: bool = False) -> str:
    """``text`` in 「」 when the reader would take it for notation (a colon, a comma, an arrow, a kind ...)."""
    unsafe = n.needs_quotes(text) or (label and "%" in text)
    return n.quote(text) if unsafe else text


def _target_name(target: Step, names: dict[str, int], lanes: dict[str, Lane], occurrence: dict[str, int]) -> str:
    """How an arrow names its target: the name; with its department when the name is not unique; with its
    number (#2) from the second of that name in the department on."""
    name = _safe(target.name)
    if names.get(target.name, 0) == 1:
        return name
    number = occurrence.get(target.id, 1)
    return f"{_safe(lanes[target.lane_id].name)}:{name}{f'#{number}' if number > 1 else ''}"


def _falls_through(step: Step, exits: list[Flow], nxt: Step) -> bool:
    """The step's only flow goes to the next line, unlabelled: line order says it all."""
    return (
        step.kind is not StepKind.END
        and len(exits) == 1
        and exits[0].target_id == nxt.id
        and not exits[0].label
        and exits[0].probability is None
    )


def _step_text(step: Step, comma: str) -> str:
    quoted = n.needs_quotes(step.name)
    name = n.quote(step.name) if quoted else step.name
    implied = (
        StepKind.DECISION
        if n.normalise(step.name).endswith("?")
        else n.kind_named(step.name)
        if not quoted and n.kind_named(step.name) in (StepKind.START, StepKind.END)
        else StepKind.TASK
    )
    if step.kind is not implied:
        name += f"（{n.kind_tag(step.kind)}）" if language() != "en" else f" ({n.kind_tag(step.kind)})"
    parts = [name]
    if step.processing_hours:
        parts.append(n.say_duration(step.processing_hours))
    if step.waiting_hours:
        parts.append(("等" if language() != "en" else "wait ") + n.say_duration(step.waiting_hours))
    if step.inputs:
        parts.append(("入 " if language() != "en" else "in ") + "、".join(_item(i) for i in step.inputs))
    if step.outputs:
        parts.append(("出 " if language() != "en" else "out ") + "、".join(_item(i) for i in step.outputs))
    return comma.join(parts)


_ITEM_MARKS = re.compile('[、/,，;；「」“”"《》]')


def _item(text: str) -> str:
    """An input or output as the list reads it back: a 《document》 as it is, others quoted when they hold a mark."""
    if not _ITEM_MARKS.search(text):
        return text if text == text.strip() else n.quote(text)
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1 and text.count("》") == 1:
        return text
    return n.quote(text)


def _finding_line(finding: Finding, comma: str, handoff: bool = False, on_step: bool = False) -> OutlineLine:
    mark = "！" if language() != "en" else "!"
    if handoff and finding.type is not FindingType.BREAKPOINT:
        mark += "->"
    if on_step:
        mark += "@"
    title = finding.title
    last = title.replace(",", "，").split("，")[-1]
    if n.needs_quotes(title) or n.severity_named(last) is not None or title.startswith((":", "：", " ")):
        title = n.quote(title)
    text = f"{mark}{n.type_word(finding.type)} {title}".rstrip()
    if finding.severity is not Severity.MEDIUM:
        text += comma + n.severity_word(finding.severity)
    return OutlineLine(text=text, ref=finding.id)


class _HeaderContext:
    """Writes an interview's header before the first finding said in it (and again when it changes)."""

    def __init__(self, interviews: dict[str, Interview], enabled: bool) -> None:
        self.interviews, self.enabled, self.current = interviews, enabled, ""
        self.written: set[str] = set()

    def before(self, finding: Finding) -> list[OutlineLine]:
        interview = self.interviews.get(finding.evidence.interview_id or "")
        if not self.enabled:
            return []
        if interview is None:
            if not self.current:
                return []
            self.current = ""  # "@" alone: this finding was said in no interview of the text
            return [OutlineLine(text="@")]
        if interview.id == self.current:
            return []
        self.current = interview.id
        lines = [header_line(interview)]
        if interview.id not in self.written and interview.notes:
            lines += [OutlineLine(text=f"> {note}") for note in interview.notes.split("\n")]
        self.written.add(interview.id)
        return lines


def header_line(interview: Interview) -> OutlineLine:
    _, comma = _marks()
    date = interview.date.isoformat() if interview.date else ""
    fields = [interview.interviewee, interview.role, interview.department, date, interview.occasion]
    while fields and not fields[-1]:
        fields.pop()
    return OutlineLine(text="@ " + comma.join(fields), ref=interview.id)


# ------------------------------------------------------------------ keeping a typed text in step
def text_of_map(project: Project, process_map: ProcessMap) -> list[OutlineLine]:
    """The text the interview view shows: the typed text as it is while it still says what the map is; after a
    change made elsewhere (canvas, panels, undo), the map written anew, with every line whose element did not
    change kept as typed and the notes, comments and unread lines kept where they were."""
    typed = process_map.outline
    if not typed:
        return [] if is_blank_skeleton(process_map) else write_outline(project, process_map)
    parsed = parse_outline(typed)
    resolved = resolve_outline(project, process_map, parsed)
    if describes(project, process_map, resolved):
        return [copy_line(line, ref=resolved.refs.get(i, "")) for i, line in enumerate(parsed.lines)]
    return _merge(project, process_map, parsed.lines, resolved.refs, {p.line for p in parsed.problems})


_DEFAULT_BAND = re.compile(r"^(?:Department|Stage|部门|阶段)\s*\d+$")


def is_blank_skeleton(process_map: ProcessMap) -> bool:
    """A new map nobody has drawn on yet (the lanes and stages a blank project starts with): its text starts
    empty, and the first line typed replaces the placeholder lanes and stages."""
    return (
        not process_map.steps
        and not process_map.findings
        and all(_DEFAULT_BAND.match(lane.name) for lane in process_map.lanes)
        and all(_DEFAULT_BAND.match(phase.name) for phase in process_map.phases)
    )


def _merge(
    project: Project, process_map: ProcessMap, typed: list[OutlineLine], refs: dict[int, str], unread: set[int]
) -> list[OutlineLine]:
    step_ids = {s.id for s in process_map.steps}
    step_rank = {refs[i]: float(i) for i in refs if refs[i] in step_ids}
    _place_new_steps(process_map, step_rank)
    fresh = write_outline(project, process_map, step_rank, headers=False)
    # A typed line stays as typed when it still reads as what the writer would say of its element there.
    typed_by_ref = {refs[i]: typed[i] for i in refs}
    lane_before: dict[int, str] = {}  # line -> the department of the step line above it, in the new text
    last_lane = ""
    steps_by_line = {step.line: step for step in parse_outline(fresh).steps}
    for number in range(len(fresh)):
        lane_before[number] = last_lane
        if number in steps_by_line:
            last_lane = steps_by_line[number].lane
    merged: list[OutlineLine] = []
    for number, line in enumerate(fresh):
        original = typed_by_ref.get(line.ref) if line.ref else None
        if original is None:
            merged.append(line)
            continue
        same = original.text == line.text or _reads_the_same(original.text, line.text, lane_before[number])
        merged.append(line.model_copy(update={"text": original.text if same else line.text, "placed": original.placed}))
    # Lines that stand for nothing the writer writes (headers, notes, comments, unread lines) go back after the
    # line they followed.
    extras: dict[str, list[OutlineLine]] = {}
    anchor = ""
    written = {line.ref for line in merged if line.ref}
    for number, line in enumerate(typed):
        ref = refs.get(number, "")
        if ref and ref in written:
            anchor = ref
            continue
        if ref and not _is_header(line):
            continue  # an element that is gone
        if _is_arrow(line) and number not in unread:
            continue  # flows are written anew; an arrow that could not be read stays as typed
        extras.setdefault(anchor, []).append(line.model_copy(update={"ref": ref}))
    result = list(extras.get("", []))
    for line in merged:
        result.append(line)
        result += extras.get(line.ref, []) if line.ref else []
    return result


def _place_new_steps(process_map: ProcessMap, rank: dict[str, float]) -> None:
    """A step added elsewhere goes right after the step that flows into it."""
    incoming: dict[str, str] = {}
    for flow in process_map.flows:
        incoming.setdefault(flow.target_id, flow.source_id)
    for step in process_map.steps:
        seen: set[str] = set()
        source = incoming.get(step.id)
        while step.id not in rank and source is not None and source not in seen:
            seen.add(source)
            if source in rank:
                rank[step.id] = rank[source] + 0.5
            source = incoming.get(source)


def _reads_the_same(typed: str, written: str, lane_above: str) -> bool:
    """Whether a typed line says what the writer's line says, read in the same place (the department above it,
    a step before it for a finding's hand-off)."""
    return _meaning(typed, lane_above) == _meaning(written, lane_above)


def _meaning(text: str, lane_above: str) -> object:
    context = [OutlineLine(text=f"{lane_above or '-'}:-"), OutlineLine(text="-")]
    parsed = parse_outline([*context, OutlineLine(text=text)])
    for collection in ("steps", "stages", "findings", "lanes", "interviews"):
        for item in getattr(parsed, collection):
            if item.line == 2:
                fields = {k: v for k, v in vars(item).items() if k not in ("ref", "line", "lane_typed", "step_ref")}
                if "on_flow" in fields:
                    fields["on_flow"] = fields["on_flow"] is not None
                return collection, fields
    return None


def _is_header(line: OutlineLine) -> bool:
    return n.normalise(line.text).lstrip().startswith("@")


def _is_arrow(line: OutlineLine) -> bool:
    body = n.normalise(line.text).strip()
    return bool(body) and body[0] not in "!#@>/" and (bool(n.ARROW.search(body)) or body.replace(" ", "") == "-|")


def text_lines(lines: Iterable[OutlineLine]) -> str:
    return "\n".join(line.text for line in lines)
