"""The elements of a process map: lanes, phases, steps, flows and findings."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from .enums import (
    FindingStatus,
    FindingType,
    Raci,
    Severity,
    Side,
    StepKind,
    ValueClass,
)
from .ids import new_id

# A map is at most a few hundred thousand units across; anything beyond is a damaged or hostile file.
MAX_COORDINATE = 1_000_000.0
MAX_SIZE = 100_000.0
DEFAULT_LANE_HEIGHT = 160.0
DEFAULT_PHASE_WIDTH = 320.0
DEFAULT_STEP_WIDTH = 120.0
DEFAULT_STEP_HEIGHT = 60.0
# A step that takes more than a century is a typing slip or a damaged file; sums over 20,000 steps stay finite.
MAX_HOURS = 1_000_000.0


class Element(BaseModel):
    """Base of everything stored in a document: strict about unknown keys, mutable in place."""

    # NaN and infinity are refused: JSON cannot store them, and no position or duration is infinite.
    model_config = ConfigDict(extra="forbid", validate_assignment=False, use_enum_values=False, allow_inf_nan=False)


class Point(Element):
    x: float = Field(ge=-MAX_COORDINATE, le=MAX_COORDINATE)
    y: float = Field(ge=-MAX_COORDINATE, le=MAX_COORDINATE)


class Lane(Element):
    """A swimlane: one department (or role) of the process, drawn as a horizontal band."""

    id: str = Field(default_factory=lambda: new_id("lane"))
    name: str
    department_id: str | None = None
    height: float = Field(default=DEFAULT_LANE_HEIGHT, gt=0, le=MAX_SIZE)


class Phase(Element):
    """A stage of the process (流程阶段), drawn as a column."""

    id: str = Field(default_factory=lambda: new_id("phase"))
    name: str
    width: float = Field(default=DEFAULT_PHASE_WIDTH, gt=0, le=MAX_SIZE)


class Step(Element):
    """One step of a map, carrying every column of the planning table and the lean data."""

    id: str = Field(default_factory=lambda: new_id("step"))
    kind: StepKind = StepKind.TASK
    name: str
    lane_id: str
    phase_id: str
    x: float = Field(default=0.0, ge=-MAX_COORDINATE, le=MAX_COORDINATE)
    y: float = Field(default=0.0, ge=-MAX_COORDINATE, le=MAX_COORDINATE)
    width: float = Field(default=DEFAULT_STEP_WIDTH, gt=0, le=MAX_SIZE)
    height: float = Field(default=DEFAULT_STEP_HEIGHT, gt=0, le=MAX_SIZE)
    # The planning table's columns (流程整合规划表).
    owner: str = ""  # 责任部门/人, free text: "运营总监、流程专员"
    inputs: list[str] = Field(default_factory=list)  # 输入物
    outputs: list[str] = Field(default_factory=list)  # 输出物
    deadline: str = ""  # 时间节点, words such as "第5个工作日"
    remarks: str = ""  # 备注
    # Lean measurement.
    processing_hours: float = Field(default=0.0, ge=0, le=MAX_HOURS)
    waiting_hours: float = Field(default=0.0, ge=0, le=MAX_HOURS)
    value_class: ValueClass | None = None
    # Responsibilities and the detail of the key node.
    raci: dict[str, Raci] = Field(default_factory=dict)  # department id -> R/A/C/I
    instructions: list[str] = Field(default_factory=list)  # SOP, in order
    systems: list[str] = Field(default_factory=list)
    forms: list[str] = Field(default_factory=list)
    kpis: list[str] = Field(default_factory=list)
    # Lineage: in a target map, the current-map steps this step came from (several when merged).
    source_step_ids: list[str] = Field(default_factory=list)

    @property
    def lead_hours(self) -> float:
        return self.processing_hours + self.waiting_hours


class Flow(Element):
    """A sequence flow from one step to another, optionally a decision branch."""

    id: str = Field(default_factory=lambda: new_id("flow"))
    source_id: str
    target_id: str
    label: str = ""  # label or condition ("是", "金额 > 5万")
    probability: float | None = Field(default=None, ge=0, le=1)
    # The bends the user dragged, between the two ends; empty: the canvas routes the flow itself.
    waypoints: list[Point] = Field(default_factory=list)
    # Where the flow attaches to its steps; None: the side facing the other step.
    source_side: Side | None = None
    target_side: Side | None = None


class Evidence(Element):
    """Where a finding comes from: who said it, in which interview or workshop, and when."""

    source: str = ""  # who said it: "设计部主管 王敏"
    context: str = ""  # where: "2026-10 设计部访谈"
    date: dt.date | None = None
    interview_id: str | None = None  # the interview or workshop record (Project.interviews) it was said in


class OutlineLine(Element):
    """One line of a map's interview text (io/text), and the element it wrote, so a retyped line edits the same
    step. ``placed`` is where the text's layout last put that step: a step found elsewhere was moved by hand and
    keeps its place."""

    text: str = Field(default="", max_length=1_000_000)  # a pasted paragraph is kept (and reported)
    ref: str = ""  # the step, phase, finding or interview the line stands for; empty for notes and comments
    placed: Point | None = None


class Finding(Element):
    """Something wrong (or good) marked on a step, a flow, a lane or a whole map."""

    id: str = Field(default_factory=lambda: new_id("finding"))
    type: FindingType
    target_id: str  # a step, flow or lane of the same map, or the map itself
    title: str = ""
    severity: Severity = Severity.MEDIUM
    description: str = ""
    evidence: Evidence = Field(default_factory=Evidence)
    owner: str = ""
    action: str = ""
    status: FindingStatus = FindingStatus.OPEN
    priority: int | None = Field(default=None, ge=1)  # 1 = fix first; set by a workshop's dot vote or by hand
    due_date: dt.date | None = None
