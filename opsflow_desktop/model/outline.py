"""What an interview text says, read into plain data: the lanes, stages, steps, flows, findings and interviews
it describes, each with the id of the element it stands for. io/text reads the text into this; the editor turns
it into one undoable change of a map (editing/outline_sync.py). No Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .elements import OutlineLine
from .enums import FindingType, InterviewKind, Severity, StepKind


@dataclass
class OutlineStage:
    line: int
    ref: str
    name: str
    held: bool = False  # the line cannot be read just now: the stage stays as it is


@dataclass
class OutlineStep:
    line: int
    ref: str
    name: str
    lane: str  # the department's name, as typed (or inherited from the line above)
    stage_ref: str  # the stage heading above it; empty before the first heading
    kind: StepKind = StepKind.TASK
    processing_hours: float = 0.0
    waiting_hours: float = 0.0
    inputs: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    lane_typed: bool = False  # the line names its department (or inherits it)
    held: bool = False  # the line cannot be read just now: the step stays as it is


@dataclass
class OutlineFlow:
    source_ref: str
    target_ref: str
    label: str = ""
    probability: float | None = None
    line: int = -1  # the arrow line; -1 for a flow implied by line order


@dataclass
class OutlineFinding:
    line: int
    ref: str
    type: FindingType
    title: str
    severity: Severity | None  # None: not said (a new finding is of medium severity)
    step_ref: str  # the step it follows; empty before the first step (a finding on the whole map)
    on_flow: tuple[str, str] | None = None  # (source, target) of the hand-off it sits on
    interview_ref: str = ""  # the interview header above it
    held: bool = False  # the line cannot be read just now: the finding stays as it is


@dataclass
class OutlineInterview:
    line: int
    ref: str
    kind: InterviewKind = InterviewKind.INTERVIEW
    interviewee: str = ""
    role: str = ""
    department: str = ""
    date: dt.date | None = None
    occasion: str = ""
    notes: list[str] = field(default_factory=list)
    held: bool = False  # the header cannot be read just now: the interview stays as it is


@dataclass
class OutlineLane:
    line: int  # the declaration line ("客服部："), or the first step line that names it
    ref: str  # the declaration line's ref: a lane id; empty when only named by steps
    name: str


@dataclass(frozen=True)
class LineProblem:
    line: int
    message: str
    start: int = 0  # the characters of the line it concerns, for the underline
    end: int = -1  # -1: to the end of the line


@dataclass
class ParsedOutline:
    """Everything one text says, in text order, and the lines with their refs (new lines get new ids)."""

    lines: list[OutlineLine]  # as given
    refs: list[str] = field(default_factory=list)  # each line's ref after reading (new lines get new ids)
    lanes: list[OutlineLane] = field(default_factory=list)
    stages: list[OutlineStage] = field(default_factory=list)
    steps: list[OutlineStep] = field(default_factory=list)
    flows: list[OutlineFlow] = field(default_factory=list)
    findings: list[OutlineFinding] = field(default_factory=list)
    interviews: list[OutlineInterview] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)

    def lines_with_refs(self) -> list[OutlineLine]:
        return [
            OutlineLine(text=line.text, ref=ref, placed=line.placed)
            for line, ref in zip(self.lines, self.refs or [line.ref for line in self.lines])
        ]
