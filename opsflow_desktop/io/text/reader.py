"""Read the interview notation into a ParsedOutline. Every line is read on its own; a line that cannot be read
becomes a LineProblem and the rest still counts. Never raises on any text. No Qt.

The notation, one line each (full-width and half-width marks alike; see README "Interview mode"):

    @ 李娜，客服主管，客服部，2026-11-20，电话访谈      an interview header: who, role, department, date, where
    > 夜班只有一人                                     a note of that interview
    # 受理                                             a stage (a column)
    客服部：登记投诉，5分钟，等10分钟，出《投诉登记表》   a step: department (kept for the lines below), name,
                                                       processing and waiting time, 入 inputs, 出 outputs
    能当场解决？                                       a decision (a name ending in ？, or a kind in brackets:
                                                       (审批) (子流程) (等待) (文档))
      是 -> 答复客户                                   a branch or jump with its label (and 70%), to a named step
      否 ->                                            ... to the next line
    + 财务部：开票                                     in parallel with the line above
    -|                                                 the step above goes nowhere next
    ！瓶颈 夜间无人，高                                  a finding on the step above: type, text, severity
    ！->断点 交接靠微信                                 on the hand-off into it (断点 is there by default)
    // 只给自己看的备注                                  a comment
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ...i18n import tr
from ...model.elements import OutlineLine
from ...model.enums import FindingType, InterviewKind, StepKind
from ...model.ids import new_id
from ...model.outline import (
    LineProblem,
    OutlineFinding,
    OutlineFlow,
    OutlineInterview,
    OutlineLane,
    OutlineStage,
    OutlineStep,
    ParsedOutline,
)
from . import notation as n

MAX_LINES = 20_000
MAX_LINE_CHARS = 2_000  # a pasted paragraph, not a line of the notation
# List marks of pasted notes: "- ", "* ", "1. ", "2、", "(3)", "①", "●", Word's private-use bullets, "第一步：".
_BULLET = re.compile(
    r"^\s*(?:[-*]\s+|\d{1,3}(?:[、)）]|\.(?=\s))\s*|\(\d{1,3}\)\s*|[①-⑳]\s*|[●■◆▪•·\uf0b7\uf0a7\uf06c\uf0d8]\s*"
    r"|第[一二三四五六七八九十\d]{1,3}步\s*[:、.]\s*(?=\S))"
)
_BULLET_FIRST = frozenset("-*0123456789(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳●■◆▪•·\uf0b7\uf0a7\uf06c\uf0d8第")
_CHAT_META = re.compile(r"^\S{1,20}\s+\d{1,2}:\d{2}(?::\d{2})?$")  # "李娜 14:32", as WeChat copies a message
_DATE = re.compile(r"(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_PROBABILITY = re.compile(r"\(?\s*(\d{1,3}(?:\.\d+)?)\s*%\s*\)?")
_WORKSHOP_WORDS = ("研讨会", "工作坊", "workshop")
_SEPARATORS = {",;": re.compile("[,;]"), ",;\\s": re.compile(r"[,;\s]+")}
_IO_PREFIX = re.compile(
    f"(?:({'|'.join(re.escape(p) for p in n.INPUT_PREFIXES)})|({'|'.join(re.escape(p) for p in n.OUTPUT_PREFIXES)}))"
)
_OCCURRENCE = re.compile(r"#(\d{1,4})$")
_IO_FIRST = frozenset(p[0] for p in (*n.INPUT_PREFIXES, *n.OUTPUT_PREFIXES))
_DOCUMENTS = re.compile(r"《[^《》]+》")
_BETWEEN_DOCUMENTS = re.compile(r"《[^《》]+》|[、/\s]")
_ITEM_SEPARATOR = re.compile(r"\s*[、/]\s*")
_KIND_TAG = re.compile(r"\(([^()]{1,12})\)$")
_WHOLE_TAG = re.compile(r"\(([^()]+)\)")
# The id prefixes of new_id: a line that was a step and now reads as a finding gets a fresh id.
_PREFIX_OF_KIND = {"step": "step", "stage": "phase", "finding": "finding", "interview": "interview", "lane": "lane"}


@dataclass
class _Exit:
    line: int
    label: str
    probability: float | None
    target: str  # as typed; empty: the next line
    flow: OutlineFlow | None = None


@dataclass
class _Pending:
    """What a finding line needs resolved once every flow is known."""

    finding: OutlineFinding
    after_exit: _Exit | None
    on_handoff: bool


@dataclass
class _State:
    out: ParsedOutline
    used_refs: set[str] = field(default_factory=set)
    lane: str = ""
    stage_ref: str = ""
    interview: OutlineInterview | None = None
    last_step: OutlineStep | None = None
    last_exit: _Exit | None = None
    groups: list[list[OutlineStep]] = field(default_factory=list)
    exits: dict[str, list[_Exit]] = field(default_factory=dict)
    stops: set[str] = field(default_factory=set)
    pending: list[_Pending] = field(default_factory=list)
    lanes_seen: dict[str, OutlineLane] = field(default_factory=dict)


@dataclass(slots=True)
class _Line:
    """A line being read and the ref it ends up with (the caller's lines are left as they are)."""

    text: str
    ref: str


def parse_outline(lines: list[OutlineLine]) -> ParsedOutline:
    """What ``lines`` say, with each line's ref kept when it still stands for the same kind of thing."""
    kept = lines[:MAX_LINES]
    state = _State(ParsedOutline(lines=kept))
    reading = [_Line(line.text, line.ref) for line in kept]
    if len(lines) > MAX_LINES:
        state.out.problems.append(LineProblem(MAX_LINES, tr("Only the first {count} lines are read.", count=MAX_LINES)))
    for number, line in enumerate(reading):
        try:
            _read_line(state, number, line)
        except Exception as exc:  # noqa: BLE001 - one unreadable line never stops the rest
            state.out.problems.append(LineProblem(number, tr("This line could not be read: {reason}", reason=exc)))
    _resolve_flows(state)
    _resolve_findings(state)
    state.out.refs = [line.ref for line in reading]
    return state.out


# ------------------------------------------------------------------ one line
def _read_line(state: _State, number: int, line: _Line) -> None:
    had, problems = line.ref, len(state.out.problems)
    was_lane_declaration = False
    raw = line.text
    if len(raw) > MAX_LINE_CHARS:
        _problem(
            state,
            number,
            tr("This line is too long to read ({count} characters): break it into lines.", count=len(raw)),
        )
        line.ref = ""
    else:
        was_lane_declaration = _dispatch(state, number, line, raw)
    if had and line.ref != had:
        unreadable = len(state.out.problems) > problems or not raw.strip() or was_lane_declaration
        if unreadable:
            _hold(state, number, line, had)


def _dispatch(state: _State, number: int, line: _Line, raw: str) -> bool:
    """Read one line; True when it only names a department (a step line being retyped passes through that)."""
    norm = n.normalise(raw)
    lead = len(norm) - len(norm.lstrip())
    bullet = _BULLET.match(norm) if norm[lead : lead + 1] in _BULLET_FIRST else None
    start = bullet.end() if bullet and not n.ARROW.match(norm.lstrip()) else lead
    body, body_raw = norm[start:].rstrip(), raw[start:].rstrip()
    if not body or body.startswith("//") or (":" in body and _CHAT_META.match(body)):
        line.ref = ""
        return False
    masked = n.mask(body)
    head = body[0]
    if head == "#":
        _stage(state, number, line, body_raw.lstrip("#＃ \t"))
    elif head == "@":
        _header(state, number, line, body_raw[1:], masked[1:])
    elif (head == ">" and not n.ARROW.match(body)) or head == "》":
        line.ref = ""
        if state.interview is not None:
            state.interview.notes.append(body_raw[1:].strip())
    elif head == "!":
        _finding(state, number, line, body_raw[1:], masked[1:], start + 1)
    elif body.replace(" ", "") == "-|":
        line.ref = ""
        if state.last_step is None:
            _problem(state, number, tr("“-|” ends a step, but no step comes before it."))
        else:
            state.stops.add(state.last_step.ref)
    elif n.has_arrow(masked):
        line.ref = ""
        _exit(state, number, body_raw, masked)
    elif head == "+":
        return _step(state, number, line, body_raw[1:], body[1:], masked[1:], start + 1, parallel=True)
    else:
        return _step(state, number, line, body_raw, body, masked, start, parallel=False)
    return False


def _hold(state: _State, number: int, line: _Line, ref: str) -> None:
    """A line that stood for an element and cannot be read now (being retyped, emptied for a moment): the
    element stays as it is, in its place in the sequence, until the line reads again or is deleted."""
    kind = ref.split("_", 1)[0]
    line.ref = ref
    state.used_refs.add(ref)
    if kind == "step":
        step = OutlineStep(number, ref, "", state.lane, state.stage_ref, held=True)
        state.out.steps.append(step)
        state.groups.append([step])
        state.last_step, state.last_exit = step, None
    elif kind == "phase":
        state.out.stages.append(OutlineStage(number, ref, "", held=True))
        state.stage_ref = ref
    elif kind == "finding":
        finding = OutlineFinding(number, ref, FindingType.PAIN_POINT, "", None, "", held=True)
        state.out.findings.append(finding)
    elif kind == "interview":
        held = OutlineInterview(number, ref, held=True)
        state.out.interviews.append(held)
        state.interview = held
    else:
        line.ref = ""


def _ref(state: _State, line: _Line, kind: str) -> str:
    """The line's ref if it is still of this kind and not taken by an earlier line; else a new id."""
    prefix = _PREFIX_OF_KIND[kind]
    ref = line.ref
    known_prefix = ref.split("_", 1)[0] if "_" in ref else ""
    if not ref or ref in state.used_refs or (known_prefix in _PREFIX_OF_KIND.values() and known_prefix != prefix):
        ref = new_id(prefix)
    state.used_refs.add(ref)
    line.ref = ref
    return ref


def _problem(state: _State, number: int, message: str, start: int = 0, end: int = -1) -> None:
    state.out.problems.append(LineProblem(number, message, start, end))


def _stage(state: _State, number: int, line: _Line, name: str) -> None:
    name = name.strip()
    if not name:
        line.ref = ""
        _problem(state, number, tr("A stage heading needs a name after “#”."))
        return
    ref = _ref(state, line, "stage")
    state.out.stages.append(OutlineStage(number, ref, name))
    state.stage_ref = ref


def _header(state: _State, number: int, line: _Line, raw: str, masked: str) -> None:
    fields = _split(raw, masked, ",;")
    if not any(text for text, _, _ in fields):
        line.ref = ""
        state.interview = None  # "@" alone: the findings below come from no interview
        return
    if len(fields) == 1:  # "@ 李娜 客服主管 11月21日": typed with spaces
        fields = _split(raw, masked, ",;\\s")
    # The same interview may be named again further down (the writer does, where its findings continue).
    again = line.ref.startswith("interview_") and any(i.ref == line.ref for i in state.out.interviews)
    interview = OutlineInterview(number, line.ref if again else _ref(state, line, "interview"))
    before: list[str] = []  # who: name, role, department
    after: list[str] = []  # where, once the date is said
    for text, _, _ in fields:
        date = _DATE.search(n.normalise(text))
        if date and interview.date is None:
            year, month, day = date.groups()
            try:  # no year: this year's (an interview is written down the day it is held)
                interview.date = dt.date(int(year) if year else dt.date.today().year, int(month), int(day))
            except ValueError:
                _problem(state, number, tr("“{text}” is not a date.", text=text))
            rest = (text[: date.start()] + " " + text[date.end() :]).strip()
            if rest:
                after.append(rest)
            continue
        if text and any(word in text.lower() for word in _WORKSHOP_WORDS):
            interview.kind = InterviewKind.WORKSHOP
        (after if interview.date is not None else before).append(n.unquote(text))
    who = ("interviewee", "role", "department")
    for name, value in zip(who, before):
        setattr(interview, name, value)
    after = before[len(who) :] + after
    interview.occasion = "，".join(p for p in after if p)
    state.out.interviews.append(interview)
    state.interview = interview


def _split(raw: str, masked: str, separators: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """``raw`` cut at the separators found in ``masked`` (normalised, quotes and brackets hidden): (stripped
    text, start, end) with positions in the line."""
    parts: list[tuple[str, int, int]] = []
    begin = 0
    for cut in [*_SEPARATORS[separators].finditer(masked), None]:
        end = cut.start() if cut is not None else len(masked)
        piece = raw[begin:end]
        lead = len(piece) - len(piece.lstrip())
        parts.append((piece.strip(), offset + begin + lead, offset + begin + len(piece.rstrip())))
        begin = cut.end() if cut is not None else end
    return parts


def _department_colon(masked: str) -> int:
    """Where the department ends: the first colon before the details, not one inside a time such as 14:30."""
    first_cut = min((i for i in (masked.find(","), masked.find(";")) if i >= 0), default=len(masked))
    colon = masked.find(":", 0, first_cut)
    while colon > 0 and masked[colon - 1].isdigit() and masked[colon + 1 : colon + 2].isdigit():
        colon = masked.find(":", colon + 1, first_cut)
    return colon


def _step(
    state: _State, number: int, line: _Line, raw: str, norm: str, masked: str, offset: int, parallel: bool
) -> bool:
    """A step line; ``norm`` and ``masked`` are ``raw`` normalised, and normalised with quotes hidden."""
    lead = len(masked) - len(masked.lstrip())
    raw, norm, masked, offset = raw[lead:], norm[lead:], masked[lead:], offset + lead
    colon = _department_colon(masked)
    if colon == 0:
        line.ref = ""
        _problem(state, number, tr("Write the department before the colon, e.g. “客服部：登记投诉”."))
        return False
    lane_typed = colon > 0
    if lane_typed:
        lane = n.unquote(raw[:colon])
        raw, norm, masked, offset = raw[colon + 1 :], norm[colon + 1 :], masked[colon + 1 :], offset + colon + 1
    else:
        lane = state.lane
    parts = _split(raw, masked, ",;", offset)
    name, name_start, _ = parts[0]
    name = name.rstrip("。. ")
    if not name and len(parts) == 1:
        if not lane_typed:
            line.ref = ""
            return False
        _declare_lane(state, number, line, lane)
        return True
    if not name:
        line.ref = ""
        _problem(state, number, tr("A step needs a name before its details."))
        return False
    if not lane:
        line.ref = ""
        _problem(
            state,
            number,
            tr("Whose step is this? Start the first step with its department, e.g. “客服部：{name}”.", name=name),
        )
        return False
    step = OutlineStep(number, _ref(state, line, "step"), name, lane, state.stage_ref, lane_typed=lane_typed)
    at = name_start - offset
    _name_and_kind(step, norm[at : at + len(name)], masked[at : at + len(name)])
    for text, begin, end in parts[1:]:
        if text and not _attribute(
            step, text, norm[begin - offset : end - offset], masked[begin - offset : end - offset]
        ):
            _problem(
                state,
                number,
                tr(
                    "“{text}” is not a time (10分钟, 等2小时), an input (入…), an output (出…) or a kind in brackets;"
                    " a step's name cannot hold a comma.",
                    text=text,
                ),
                begin,
                end,
            )
    state.lane = lane
    if lane not in state.lanes_seen:
        state.lanes_seen[lane] = OutlineLane(number, "", lane)
        state.out.lanes.append(state.lanes_seen[lane])
    state.out.steps.append(step)
    if parallel and state.groups:
        state.groups[-1].append(step)
    else:
        state.groups.append([step])
    state.last_step, state.last_exit = step, None
    return False


def _declare_lane(state: _State, number: int, line: _Line, name: str) -> None:
    state.lane = name
    ref = _ref(state, line, "lane")
    if name in state.lanes_seen:
        state.lanes_seen[name].ref = state.lanes_seen[name].ref or ref
        return
    state.lanes_seen[name] = OutlineLane(number, ref, name)
    state.out.lanes.append(state.lanes_seen[name])


def _name_and_kind(step: OutlineStep, norm: str, masked: str) -> None:
    """The kind a name says (a kind in brackets after it, 开始/结束, a question), and the name without quotes."""
    name = step.name
    tag = _KIND_TAG.search(masked)  # brackets outside quotes; what they hold is read from the name itself
    kind = n.kind_named(norm[tag.start(1) : tag.end(1)]) if tag else None
    if tag is not None and kind is not None:
        step.kind = kind
        name = name[: tag.start()].rstrip()
    quoted = name != n.unquote(name)
    name = n.unquote(name)
    if kind is None and not quoted and n.kind_named(name) in (StepKind.START, StepKind.END):
        step.kind = n.kind_named(name) or StepKind.TASK
    elif kind is None and (norm[: len(name)] if not quoted else n.normalise(name)).rstrip().endswith("?"):
        step.kind = StepKind.DECISION
    step.name = name or step.name


def _attribute(step: OutlineStep, text: str, norm: str, masked: str) -> bool:
    """Apply one detail of a step line (``norm``: the same, normalised); False when it is none of the known ones."""
    lowered = norm.lower()
    first = lowered[:1]
    if first == "(":
        tag = _WHOLE_TAG.fullmatch(norm) if masked.endswith(")") else None
        if tag and n.kind_named(tag.group(1)) is not None:
            step.kind = n.kind_named(tag.group(1)) or step.kind
            return True
    if first in _IO_FIRST:  # 入, 出, 输入, 输出, 产出, in, out: look for a list before a time
        io = _IO_PREFIX.match(lowered)
        if io is not None:
            target = step.inputs if io.group(1) else step.outputs
            target.extend(_items(text[io.end() :], masked[io.end() :]))
            return True
    time = n.timed(norm)
    if time is not None:
        waiting, hours = time
        if waiting:
            step.waiting_hours = hours
        else:
            step.processing_hours = hours
        return True
    if first == "《":
        step.outputs.extend(_items(text, masked))
        return True
    return False


def _items(text: str, masked: str) -> list[str]:
    """Inputs or outputs: 《documents》 side by side, or words between 、 or /; 「quoted」 ones as they are.
    ``masked``: the same text normalised with quotes and brackets hidden."""
    lead = len(text) - len(text.lstrip(" \t:："))
    text, masked = text[lead:].rstrip(), masked[lead : lead + len(text[lead:].rstrip())]
    marked = _DOCUMENTS.findall(text)
    if marked and not _BETWEEN_DOCUMENTS.sub("", text):
        return marked
    items, begin = [], 0
    for cut in [*_ITEM_SEPARATOR.finditer(masked), None]:
        end = cut.start() if cut is not None else len(text)
        item = n.unquote(text[begin:end])
        if item:
            items.append(item)
        begin = cut.end() if cut is not None else end
    return items


def _exit(state: _State, number: int, raw: str, masked: str) -> None:
    step = state.last_step
    if step is None:
        _problem(state, number, tr("An arrow leads on from a step, but no step comes before it."))
        return
    arrow = n.ARROW.search(masked)
    assert arrow is not None
    label_raw, target = raw[: arrow.start()].rstrip(" -—").strip(), raw[arrow.end() :].strip()
    probability = None
    found = _PROBABILITY.search(n.mask(n.normalise(label_raw)))
    if found:
        value = float(found.group(1))
        if value > 100:
            _problem(state, number, tr("A probability cannot be above 100 %."))
        else:
            probability = value / 100
        label_raw = (label_raw[: found.start()] + label_raw[found.end() :]).strip()
    exit_ = _Exit(number, n.unquote(label_raw.lstrip("-+ ").strip()), probability, target.rstrip("。. "))
    state.exits.setdefault(step.ref, []).append(exit_)
    state.last_exit = exit_


def _finding(state: _State, number: int, line: _Line, raw: str, masked: str, offset: int) -> None:
    lead = len(masked) - len(masked.lstrip())
    raw, norm = raw[lead:], masked[lead:]
    on_handoff = on_step = False
    marker = n.ARROW.match(norm)
    if marker is not None:
        on_handoff, raw, norm = True, raw[marker.end() :].lstrip(), norm[marker.end() :].lstrip()
    if norm.startswith("@"):
        on_step, raw, norm = True, raw[1:].lstrip(), norm[1:].lstrip()
    found = n.finding_type_at(norm)
    if found is None:
        line.ref = ""
        words = "、".join(n.type_word(t) for t in FindingType)
        _problem(state, number, tr("Say what kind of finding this is first: {words}.", words=words), offset)
        return
    kind, length = found
    rest_raw, rest_norm = raw[length:], norm[length:]
    trimmed = len(rest_norm) - len(rest_norm.lstrip(" :"))
    rest_raw, rest_norm = rest_raw[trimmed:], rest_norm[trimmed:]
    parts = _split(rest_raw, rest_norm, ",;")
    severity = n.severity_named(parts[-1][0]) if len(parts) > 1 else None
    if severity is not None:
        parts = parts[:-1]
    title = n.unquote("，".join(p[0] for p in parts if p[0]).rstrip("。. "))
    step = state.last_step
    finding = OutlineFinding(
        number,
        _ref(state, line, "finding"),
        kind,
        title,
        severity,
        step.ref if step else "",
        interview_ref=state.interview.ref if state.interview else "",
    )
    state.out.findings.append(finding)
    handoff = on_handoff or (kind is FindingType.BREAKPOINT and not on_step)
    state.pending.append(_Pending(finding, state.last_exit, handoff))


# ------------------------------------------------------------------ after every line
def _resolve_flows(state: _State) -> None:
    out = state.out
    by_name: dict[str, list[OutlineStep]] = {}
    for step in out.steps:
        by_name.setdefault(step.name, []).append(step)
    seen: set[tuple[str, str]] = set()

    def add(flow: OutlineFlow) -> OutlineFlow | None:
        key = (flow.source_ref, flow.target_ref)
        if key in seen or flow.source_ref == flow.target_ref:
            return None
        seen.add(key)
        out.flows.append(flow)
        return flow

    for index, group in enumerate(state.groups):
        following = state.groups[index + 1] if index + 1 < len(state.groups) else []
        for step in group:
            exits = state.exits.get(step.ref, [])
            for exit_ in exits:
                if not exit_.target:
                    for target in following:
                        exit_.flow = add(OutlineFlow(step.ref, target.ref, exit_.label, exit_.probability, exit_.line))
                    continue
                found = _resolve(by_name, exit_.target)
                if found is None:
                    _problem(state, exit_.line, tr("No step is called “{name}”.", name=exit_.target))
                elif found.ref == step.ref:
                    _problem(state, exit_.line, tr("A step cannot lead to itself."))
                else:
                    exit_.flow = add(OutlineFlow(step.ref, found.ref, exit_.label, exit_.probability, exit_.line))
            if exits or step.ref in state.stops or step.kind is StepKind.END:
                continue
            for target in following:
                add(OutlineFlow(step.ref, target.ref))


def _resolve(by_name: dict[str, list[OutlineStep]], typed: str) -> OutlineStep | None:
    """The step an arrow names: 「name」, name, department：name, or name#2 for the second of that name."""
    plain = by_name.get(typed.strip())
    if plain is not None and len(plain) == 1:
        return plain[0]  # the usual case: a name of its own
    masked = n.mask(n.normalise(typed))
    colon = masked.find(":")
    lane, name = (n.unquote(typed[:colon]), typed[colon + 1 :].strip()) if colon > 0 else ("", typed.strip())
    occurrence = _OCCURRENCE.search(masked[len(masked) - len(name) :]) if "#" in name else None
    nth = 1
    if occurrence is not None and name[: occurrence.start()].strip():
        nth, name = int(occurrence.group(1)), name[: occurrence.start()]
    name = n.unquote(name)
    candidates = by_name.get(name, [])
    if lane:
        candidates = [s for s in candidates if s.lane == lane] or candidates
    return candidates[nth - 1] if 0 < nth <= len(candidates) else None


def _resolve_findings(state: _State) -> None:
    implicit_into: dict[str, OutlineFlow] = {}
    for flow in state.out.flows:
        if flow.line < 0:
            implicit_into.setdefault(flow.target_ref, flow)
    for pending in state.pending:
        finding = pending.finding
        if pending.after_exit is not None:
            below = pending.after_exit.flow
            if below is not None:
                finding.on_flow = (below.source_ref, below.target_ref)
        elif pending.on_handoff and finding.step_ref in implicit_into:
            into = implicit_into[finding.step_ref]
            finding.on_flow = (into.source_ref, into.target_ref)
