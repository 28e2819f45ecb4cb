"""The rows both deliverables print: the Excel workbook and the Word manual read them from here, so the
planning table, issue register, RACI matrix, comparison, goals and interviews always agree between the two. No Qt.

Rows are plain dataclasses holding display-ready values (translated labels, joined lists) plus the ids
and enums a writer needs for styling. Column headers are translated when asked for, so a language switch
in the window takes effect on the next export.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..analysis.compare import COMPARED_METRICS, Comparison
from ..analysis.goals import GoalResult, GoalStatus
from ..analysis.map_structure import MapStructure, ordered_steps, step_numbers  # noqa: F401 - re-exported
from ..analysis.report import ProjectAnalysis
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..labels import CHANGE_LABELS, GOAL_STATUS_LABELS, label, metric_label
from ..model import (
    Finding,
    Flow,
    GoalDirection,
    Interview,
    InterviewKind,
    Lane,
    ProcessMap,
    Project,
    Raci,
    Severity,
    Step,
    StepKind,
)
from ..model.traits import control_types, step_kind

LIST_JOINER = "、"  # how the template writes several inputs or owners in one cell

# Findings that say how a step is controlled or what can go wrong there: the manual's "control point / risk".
CONTROL_TYPES = control_types()

CHANGED_FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("", "name"),
    "lane": QT_TRANSLATE_NOOP("", "lane"),
    "kind": QT_TRANSLATE_NOOP("", "step kind"),
    "processing_hours": QT_TRANSLATE_NOOP("", "processing time"),
    "waiting_hours": QT_TRANSLATE_NOOP("", "waiting time"),
}


# ------------------------------------------------------------------ planning table
@dataclass(frozen=True)
class PlanningRow:
    """One step of a map as the planning table (流程整合规划表) and the manual's procedure print it."""

    number: int
    step_id: str
    phase_id: str
    stage: str  # 流程阶段
    key_node: str  # 关键节点
    owner: str  # 责任部门/人, see owner_cell
    lane: str
    inputs: str  # 输入物
    outputs: str  # 输出物
    deadline: str  # 时间节点
    remarks: str  # 备注
    next_steps: str  # the numbers of the following steps, 、-separated: lets an import rebuild the flows
    kind: StepKind
    kind_label: str
    processing_hours: float
    waiting_hours: float
    findings: str  # a one-cell summary of the step's findings
    instructions: str  # the SOP, one line per instruction
    controls: str  # control points and risks on the step
    forms: str
    systems: str


def planning_headers() -> dict[str, str]:
    """Attribute -> translated header, in the planning table's order: number, the template's seven
    columns, then what the lean analysis adds."""
    return {
        "number": tr("No."),
        "stage": tr("Process stage"),
        "key_node": tr("Key node"),
        "owner": tr("Owner (department/person)"),
        "inputs": tr("Inputs"),
        "outputs": tr("Outputs"),
        "deadline": tr("Deadline"),
        "remarks": tr("Remarks"),
        "kind_label": tr("Step kind"),
        "processing_hours": tr("Processing time (h)"),
        "waiting_hours": tr("Waiting time (h)"),
        "findings": tr("Findings"),
    }


def owner_cell(lane: str, owner: str) -> str:
    """责任部门/人 as the tables print it: the department (the lane), and the person or group when the step
    names one that does not already say the department: 商品部/商品专员, 商品部、运营部, 运营部."""
    if not owner or owner == lane:
        return lane
    if not lane or lane in owner:
        return owner
    return f"{lane}/{owner}"


def split_owner_cell(text: str) -> tuple[str, str]:
    """(department, owner) back from a 责任部门/人 cell, ours or hand-made: "IT部/张三" -> ("IT部", "张三");
    "运营总监、流程专员" -> ("运营总监", "运营总监、流程专员"): the first named is the lane."""
    text = text.strip()
    if "/" in text:
        department, owner = (part.strip() for part in text.split("/", 1))
        return department, owner
    first = re.split(r"[、,，;；\n]", text, maxsplit=1)[0].strip()
    return first, text


def findings_by_target(process_map: ProcessMap) -> dict[str, list[Finding]]:
    by_target: dict[str, list[Finding]] = defaultdict(list)
    for finding in process_map.findings:
        by_target[finding.target_id].append(finding)
    return by_target


def finding_summary(finding: Finding) -> str:
    """瓶颈（高）：素材反复修改"""
    text = finding.title or finding.description
    head = tr("{type} ({severity})", type=label(finding.type), severity=label(finding.severity))
    if not text or text == label(finding.type):
        return head  # a mark that only says its type: 瓶颈（高）
    return tr("{head}: {text}", head=head, text=text)


def planning_rows(process_map: ProcessMap, order: list[Step] | None = None) -> list[PlanningRow]:
    phases = {p.id: p.name for p in process_map.phases}
    lanes = {lane.id: lane.name for lane in process_map.lanes}
    findings = findings_by_target(process_map)
    kind_labels = {kind: label(kind) for kind in StepKind}
    order = order or ordered_steps(process_map)
    numbers = {step.id: number for number, step in enumerate(order, start=1)}
    following: dict[str, list[str]] = defaultdict(list)
    for flow in process_map.flows:
        if flow.target_id in numbers:
            following[flow.source_id].append(str(numbers[flow.target_id]))
    rows = []
    for number, step in enumerate(order, start=1):
        on_step = findings.get(step.id, [])
        controls = [finding_summary(f) for f in on_step if f.type in CONTROL_TYPES]
        rows.append(
            PlanningRow(
                number=number,
                step_id=step.id,
                phase_id=step.phase_id,
                stage=phases.get(step.phase_id, ""),
                key_node=step.name,
                owner=owner_cell(lanes.get(step.lane_id, ""), step.owner),
                lane=lanes.get(step.lane_id, ""),
                inputs=LIST_JOINER.join(step.inputs),
                outputs=LIST_JOINER.join(step.outputs),
                deadline=step.deadline,
                remarks=step.remarks,
                next_steps=LIST_JOINER.join(following.get(step.id, ())),
                kind=step.kind,
                kind_label=kind_labels[step.kind],
                processing_hours=step.processing_hours,
                waiting_hours=step.waiting_hours,
                findings="\n".join(finding_summary(f) for f in on_step),
                instructions="\n".join(step.instructions),
                controls="\n".join(controls),
                forms=LIST_JOINER.join(step.forms),
                systems=LIST_JOINER.join(step.systems),
            )
        )
    return rows


def stage_groups(rows: list[PlanningRow]) -> list[tuple[str, list[PlanningRow]]]:
    """Consecutive rows of the same stage: the cells the planning table merges, the manual's sections."""
    groups: list[tuple[str, list[PlanningRow]]] = []
    for row in rows:
        if groups and groups[-1][1][-1].phase_id == row.phase_id:
            groups[-1][1].append(row)
        else:
            groups.append((row.stage, [row]))
    return groups


# ------------------------------------------------------------------ issue register
@dataclass(frozen=True)
class IssueRow:
    number: int
    finding_id: str
    type_label: str
    map_name: str
    lane: str
    stage: str
    location: str  # the step, "A → B" for a flow, or the whole lane or map
    severity: Severity
    severity_label: str
    title: str
    description: str
    evidence: str
    owner: str
    action: str
    status_label: str
    due_date: dt.date | None
    priority: int | None = None  # 1 = fix first: a workshop's dot vote, or set by hand


def issue_headers() -> dict[str, str]:
    return {
        "number": tr("No."),
        "type_label": tr("Type"),
        "map_name": tr("Map"),
        "lane": tr("Lane"),
        "stage": tr("Stage"),
        "location": tr("Where"),
        "severity_label": tr("Severity"),
        "priority": tr("Priority"),
        "title": tr("Title"),
        "description": tr("Description"),
        "evidence": tr("Evidence"),
        "owner": tr("Owner"),
        "action": tr("Action"),
        "status_label": tr("Status"),
        "due_date": tr("Due date"),
    }


def _evidence_text(finding: Finding) -> str:
    evidence = finding.evidence
    parts = [evidence.source, evidence.context, evidence.date.isoformat() if evidence.date else ""]
    return " · ".join(p for p in parts if p)


@dataclass(frozen=True)
class FindingPlace:
    """Where a finding sits, in the words the register, the workbook and the manual all print."""

    lanes: tuple[str, ...]  # the lanes it concerns: its step's, both ends of a hand-off, or the lane itself
    stage: str
    location: str  # 选品会 · 选品会 → 素材制作 · (the whole lane) · (the whole map)

    @property
    def lane(self) -> str:
        return " → ".join(dict.fromkeys(self.lanes))  # one name when a flow stays in its lane


@dataclass(frozen=True)
class MapIndex:
    """A map's elements by id, built once for many findings."""

    steps: dict[str, Step]
    flows: dict[str, Flow]
    lanes: dict[str, Lane]
    phases: dict[str, str]

    @classmethod
    def of(cls, process_map: ProcessMap) -> MapIndex:
        return cls(
            {s.id: s for s in process_map.steps},
            {f.id: f for f in process_map.flows},
            {lane.id: lane for lane in process_map.lanes},
            {p.id: p.name for p in process_map.phases},
        )


def finding_place(finding: Finding, index: MapIndex) -> FindingPlace:
    target = finding.target_id
    lane_name = {lane_id: lane.name for lane_id, lane in index.lanes.items()}
    if target in index.steps:
        step = index.steps[target]
        lanes: tuple[str, ...] = (lane_name[step.lane_id],) if step.lane_id in lane_name else ()
        return FindingPlace(lanes, index.phases.get(step.phase_id, ""), step.name)
    if target in index.flows:
        flow = index.flows[target]
        source, sink = index.steps.get(flow.source_id), index.steps.get(flow.target_id)
        if source is None or sink is None:
            return FindingPlace((), "", "")
        lanes = tuple(lane_name[s.lane_id] for s in (source, sink) if s.lane_id in lane_name)
        return FindingPlace(lanes, index.phases.get(source.phase_id, ""), f"{source.name} → {sink.name}")
    if target in index.lanes:
        return FindingPlace((index.lanes[target].name,), "", tr("(the whole lane)"))
    return FindingPlace((), "", tr("(the whole map)"))


def issue_rows(project: Project) -> list[IssueRow]:
    """Every finding of every map, map by map, most severe first within a map."""
    rows: list[IssueRow] = []
    severity_rank = {severity: i for i, severity in enumerate(reversed(list(Severity)))}
    for process_map in project.maps:
        index = MapIndex.of(process_map)
        for finding in sorted(process_map.findings, key=lambda f: severity_rank[f.severity]):
            place = finding_place(finding, index)
            rows.append(
                IssueRow(
                    number=len(rows) + 1,
                    finding_id=finding.id,
                    type_label=label(finding.type),
                    map_name=process_map.name,
                    lane=place.lane,
                    stage=place.stage,
                    location=place.location,
                    severity=finding.severity,
                    severity_label=label(finding.severity),
                    title=finding.title,
                    description=finding.description,
                    evidence=_evidence_text(finding),
                    owner=finding.owner,
                    action=finding.action,
                    status_label=label(finding.status),
                    due_date=finding.due_date,
                    priority=finding.priority,
                )
            )
    return rows


# ------------------------------------------------------------------ RACI matrix
@dataclass(frozen=True)
class RaciRow:
    map_name: str
    number: int
    step_id: str
    step: str
    letters: tuple[str, ...]  # one per department column: "R", "A", "C", "I" or ""
    problem: str  # "" when the step has exactly one A


def raci_departments(project: Project) -> list[tuple[str, str]]:
    """(department id, name) columns of the RACI matrix, in the project's order."""
    return [(d.id, d.name) for d in project.departments]


def raci_rows(project: Project, process_map: ProcessMap, order: list[Step] | None = None) -> list[RaciRow]:
    column_of = {dept_id: index for index, (dept_id, _) in enumerate(raci_departments(project))}
    rows = []
    for number, step in enumerate(order or ordered_steps(process_map), start=1):
        if step_kind(step.kind).event:
            continue
        letters = [""] * len(column_of)
        accountable = 0
        for dept_id, value in step.raci.items():
            accountable += value is Raci.ACCOUNTABLE
            if dept_id in column_of:
                letters[column_of[dept_id]] = value.value
        problem = (
            ""
            if accountable == 1
            else (
                tr("No one accountable (A)")
                if accountable == 0
                else tr("{count} accountable (A): only one allowed", count=accountable)
            )
        )
        rows.append(RaciRow(process_map.name, number, step.id, step.name, tuple(letters), problem))
    return rows


# ------------------------------------------------------------------ current vs target
@dataclass(frozen=True)
class MetricRow:
    comparison: str  # "现状 → 目标"
    metric: str
    key: str
    current: float
    target: float
    change: float
    change_percent: float | None  # None when the current value is zero
    better: bool | None  # None when the metric has no better direction


@dataclass(frozen=True)
class ChangeRow:
    comparison: str
    kind: str
    kind_label: str
    current_steps: str
    target_steps: str
    fields: str
    summary: str


# Whether less is better, per compared metric; steps and value-added ratio differ in direction.
_LOWER_IS_BETTER = {
    "steps": True,
    "handoffs": True,
    "approvals": True,
    "lead_time_hours": True,
    "value_added_ratio": False,
}


def comparison_name(project: Project, comparison: Comparison) -> str:
    maps = {m.id: m.name for m in project.maps}
    return f"{maps.get(comparison.current_map_id, '')} → {maps.get(comparison.target_map_id, '')}"


def metric_rows(project: Project, analysis: ProjectAnalysis) -> list[MetricRow]:
    rows = []
    for comparison in analysis.comparisons:
        name = comparison_name(project, comparison)
        for key in COMPARED_METRICS:
            before, after = comparison.current_metrics.value(key), comparison.target_metrics.value(key)
            change = comparison.delta(key)
            percent = round(change / before * 100, 1) if before else None
            lower = _LOWER_IS_BETTER.get(key)
            better = None if lower is None or change == 0 else (change < 0) == lower
            rows.append(MetricRow(name, metric_label(key), key, before, after, change, percent, better))
    return rows


def change_rows(project: Project, analysis: ProjectAnalysis) -> list[ChangeRow]:
    names = {s.id: s.name for m in project.maps for s in m.steps}
    rows = []
    for comparison in analysis.comparisons:
        name = comparison_name(project, comparison)
        for change in comparison.changes:
            rows.append(
                ChangeRow(
                    name,
                    change.kind,
                    tr(CHANGE_LABELS[change.kind]),
                    LIST_JOINER.join(names.get(i, "") for i in change.current_ids),
                    LIST_JOINER.join(names.get(i, "") for i in change.target_ids),
                    LIST_JOINER.join(tr(CHANGED_FIELD_LABELS.get(f, f)) for f in change.fields),
                    change.summary,
                )
            )
    return rows


def metric_headers() -> dict[str, str]:
    return {
        "comparison": tr("Maps compared"),
        "metric": tr("Metric"),
        "current": tr("Current map"),
        "target": tr("Target map"),
        "change": tr("Change"),
        "change_percent": tr("Change (%)"),
    }


def change_headers() -> dict[str, str]:
    return {
        "comparison": tr("Maps compared"),
        "kind_label": tr("Change"),
        "current_steps": tr("Current steps"),
        "target_steps": tr("Target steps"),
        "fields": tr("What changed"),
        "summary": tr("Summary"),
    }


# ------------------------------------------------------------------ goals and KPIs
@dataclass(frozen=True)
class GoalRow:
    name: str
    metric: str
    unit: str
    direction: str
    baseline: float | None
    target: float
    measured: float | None
    status: GoalStatus
    status_label: str


def goal_headers() -> dict[str, str]:
    return {
        "name": tr("Goal"),
        "metric": tr("Metric"),
        "unit": tr("Unit"),
        "direction": tr("Better when"),
        "baseline": tr("Baseline"),
        "target": tr("Target"),
        "measured": tr("Measured on the target map"),
        "status_label": tr("Status"),
    }


def goal_rows(project: Project, analysis: ProjectAnalysis) -> list[GoalRow]:
    results: dict[str, GoalResult] = {r.goal_id: r for r in analysis.goals}
    rows = []
    for goal in project.goals:
        result = results.get(goal.id)
        status = result.status if result else GoalStatus.UNKNOWN
        direction = tr("lower") if goal.direction is GoalDirection.LOWER_IS_BETTER else tr("higher")
        rows.append(
            GoalRow(
                goal.name,
                metric_label(goal.metric),
                goal.unit,
                direction,
                result.baseline if result else goal.baseline,
                goal.target,
                result.measured if result else None,
                status,
                tr(GOAL_STATUS_LABELS[status.value]),
            )
        )
    return rows


# ------------------------------------------------------------------ interviews and workshops
INTERVIEW_KIND_LABELS = {
    InterviewKind.INTERVIEW: QT_TRANSLATE_NOOP("", "Interview"),
    InterviewKind.WORKSHOP: QT_TRANSLATE_NOOP("", "Workshop"),
}


def interview_kind_label(kind: InterviewKind) -> str:
    """访谈 or 研讨会."""
    return tr(INTERVIEW_KIND_LABELS[kind])


def interview_context(interview: Interview) -> str:
    """Where a finding was said, as its evidence (and the register's 访谈/研讨会 column) words it: 客服部访谈,
    客服部访谈（电话访谈）. The date and who spoke have columns of their own."""
    kind = interview_kind_label(interview.kind)
    what = tr("{department} {kind}", department=interview.department, kind=kind) if interview.department else kind
    return tr("{what} ({occasion})", what=what, occasion=interview.occasion) if interview.occasion else what


def interview_choice(interview: Interview) -> str:
    """One interview in a list to pick from: 2026-10-12 · 客服部访谈（电话访谈） · 客服主管 李娜."""
    date = interview.date.isoformat() if interview.date else ""
    return " · ".join(part for part in (date, interview_context(interview), interview.speaker) if part)


@dataclass(frozen=True)
class InterviewRow:
    """One interview or workshop as the workbook's 访谈记录 and the manual's appendix print it."""

    number: int
    interview_id: str
    date: dt.date | None
    kind: InterviewKind
    kind_label: str  # 访谈 or 研讨会
    interviewee: str
    role: str
    department: str
    occasion: str
    notes: str
    speaker: str  # role and name: 客服主管 李娜
    finding_count: int
    findings: str  # one line per finding its evidence cites: "3. 素材反复修改", numbered as in the issue register
    # A workshop's own record (empty for an interview).
    title: str = ""
    attendee_count: int = 0
    attendees: str = ""  # 、-joined, as the attendees list names them: 运营部 陈刚、客服部 李娜
    decision_count: int = 0
    action_count: int = 0


def interview_headers() -> dict[str, str]:
    return {
        "number": tr("No."),
        "date": tr("Date"),
        "kind_label": tr("Held as"),
        "title": tr("Title"),
        "interviewee": tr("Interviewee"),
        "role": tr("Position"),
        "department": tr("Department"),
        "occasion": tr("Place or occasion"),
        "attendees": tr("Attendees"),
        "notes": tr("Notes"),
        "finding_count": tr("Number of findings"),
        "findings": tr("Findings raised"),
    }


def issue_reference(issue: IssueRow) -> str:
    """A finding named by its issue-register number: "3. 素材反复修改"."""
    text = issue.title or issue.description.split("\n", 1)[0] or issue.type_label
    return f"{issue.number}. {text}"


def interview_rows(project: Project, issues: list[IssueRow] | None = None) -> list[InterviewRow]:
    """Every interview and workshop, in the order they were held (undated ones last), with the findings whose
    evidence cites it. ``issues`` are the issue register's rows (computed when not given), for their numbers."""
    issues = issue_rows(project) if issues is None else issues
    cited: dict[str, str] = {}  # finding id -> interview id
    for process_map in project.maps:
        for finding in process_map.findings:
            if finding.evidence.interview_id is not None:
                cited[finding.id] = finding.evidence.interview_id
    raised: dict[str, list[IssueRow]] = defaultdict(list)
    for issue in issues:  # register order: map by map, most severe first
        if issue.finding_id in cited:
            raised[cited[issue.finding_id]].append(issue)
    held = sorted(project.interviews, key=lambda i: (i.date is None, i.date or dt.date.min))
    rows = []
    for number, interview in enumerate(held, start=1):
        findings = raised.get(interview.id, [])
        rows.append(
            InterviewRow(
                number=number,
                interview_id=interview.id,
                date=interview.date,
                kind=interview.kind,
                kind_label=interview_kind_label(interview.kind),
                interviewee=interview.interviewee,
                role=interview.role,
                department=interview.department,
                occasion=interview.occasion,
                notes=interview.notes,
                speaker=interview.speaker,
                finding_count=len(findings),
                findings="\n".join(issue_reference(issue) for issue in findings),
                title=interview.title,
                attendee_count=len(interview.attendees),
                attendees=LIST_JOINER.join(a.label for a in interview.attendees),
                decision_count=len(interview.decisions),
                action_count=len(interview.actions),
            )
        )
    return rows


@dataclass
class ProjectTables:
    """Everything both deliverables print, computed once per export."""

    planning: dict[str, list[PlanningRow]] = field(default_factory=dict)  # map id -> rows
    issues: list[IssueRow] = field(default_factory=list)
    raci: dict[str, list[RaciRow]] = field(default_factory=dict)  # map id -> rows
    metrics: list[MetricRow] = field(default_factory=list)
    changes: list[ChangeRow] = field(default_factory=list)
    goals: list[GoalRow] = field(default_factory=list)
    interviews: list[InterviewRow] = field(default_factory=list)


def project_tables(project: Project, analysis: ProjectAnalysis) -> ProjectTables:
    orders = {m.id: ordered_steps(m, getattr(analysis.maps.get(m.id), "structure", None)) for m in project.maps}
    issues = issue_rows(project)
    return ProjectTables(
        planning={m.id: planning_rows(m, orders[m.id]) for m in project.maps},
        issues=issues,
        raci={m.id: raci_rows(project, m, orders[m.id]) for m in project.maps},
        metrics=metric_rows(project, analysis),
        changes=change_rows(project, analysis),
        goals=goal_rows(project, analysis),
        interviews=interview_rows(project, issues),
    )
