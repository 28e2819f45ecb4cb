"""The rules a project always satisfies, checked on load and after every edit."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..i18n import tr
from .elements import Flow, Lane, Phase, Step
from .enums import MapKind
from .project import IdentifiedElement, ProcessMap, Project

_RESERVED_IDS = {"meta", "scope"}


@dataclass(frozen=True)
class Violation:
    """One broken rule: the element it concerns and what is wrong, in words a user can act on."""

    element_id: str
    message: str

    def __str__(self) -> str:
        return self.message


def describe(element: IdentifiedElement) -> str:
    """A short human name for an element: 步骤「选品会」(step_3fa91c0b22de)."""
    kind = {
        "Step": tr("step"),
        "Flow": tr("flow"),
        "Lane": tr("lane"),
        "Phase": tr("phase"),
        "Finding": tr("finding"),
        "ProcessMap": tr("map"),
        "Goal": tr("goal"),
        "Department": tr("department"),
        "Interview": tr("interview"),
        "SignOff": tr("sign-off"),
        "Revision": tr("revision"),
    }.get(type(element).__name__, type(element).__name__)
    name = (
        getattr(element, "name", "")
        or getattr(element, "title", "")
        or getattr(element, "version", "")
        or getattr(element, "interviewee", "")
    )
    return f"{kind}「{name}」({element.id})" if name else f"{kind} ({element.id})"


def find_violations(project: Project) -> list[Violation]:
    """Every broken rule of the project, in document order; empty when the project is valid."""
    return (
        list(_unique_ids(project))
        + [v for m in project.maps for v in _map_rules(project, m)]
        + list(_project_references(project))
    )


def _all_elements(project: Project) -> Iterator[IdentifiedElement]:
    yield from project.goals
    yield from project.departments
    yield from project.interviews
    yield from project.signoffs
    yield from project.revisions
    yield from project.maps
    for process_map in project.maps:
        yield from process_map.lanes
        yield from process_map.phases
        yield from process_map.steps
        yield from process_map.flows
        yield from process_map.findings


def _unique_ids(project: Project) -> Iterator[Violation]:
    seen: set[str] = set()
    for element in _all_elements(project):
        if element.id in seen or element.id in _RESERVED_IDS or not element.id:
            yield Violation(
                element.id, tr("{element}: its id is empty, reserved or used twice.", element=describe(element))
            )
        seen.add(element.id)


def _map_rules(project: Project, m: ProcessMap) -> Iterator[Violation]:
    lanes: dict[str, Lane] = {lane.id: lane for lane in m.lanes}
    phases: dict[str, Phase] = {phase.id: phase for phase in m.phases}
    steps: dict[str, Step] = {step.id: step for step in m.steps}
    flows: dict[str, Flow] = {flow.id: flow for flow in m.flows}
    where = describe(m)

    source_map = next((other for other in project.maps if other.id == m.derived_from), None)
    if m.kind is MapKind.CURRENT and m.derived_from is not None:
        yield Violation(
            m.id,
            tr("{element} is a current map but says it was derived from {other}.", element=where, other=m.derived_from),
        )
    if (
        m.kind is MapKind.TARGET
        and m.derived_from is not None
        and (source_map is None or source_map.kind is not MapKind.CURRENT)
    ):
        yield Violation(
            m.id,
            tr(
                "{element} is derived from {other}, which is not a current map of this project.",
                element=where,
                other=m.derived_from,
            ),
        )
    source_steps = {s.id for s in source_map.steps} if source_map is not None else set()

    for step in m.steps:
        if step.lane_id not in lanes:
            yield Violation(
                step.id,
                tr(
                    "{element} in {map} sits in lane {ref}, which does not exist.",
                    element=describe(step),
                    map=where,
                    ref=step.lane_id,
                ),
            )
        if step.phase_id not in phases:
            yield Violation(
                step.id,
                tr(
                    "{element} in {map} sits in phase {ref}, which does not exist.",
                    element=describe(step),
                    map=where,
                    ref=step.phase_id,
                ),
            )
        missing_sources = [s for s in step.source_step_ids if s not in source_steps]
        if missing_sources:
            yield Violation(
                step.id,
                tr(
                    "{element} in {map} comes from {ref}, which is not a step of the map it was derived from.",
                    element=describe(step),
                    map=where,
                    ref=", ".join(missing_sources),
                ),
            )
    for flow in m.flows:
        if flow.source_id not in steps:
            yield Violation(
                flow.id,
                tr(
                    "{element} in {map} starts at {ref}, which is not a step of this map.",
                    element=describe(flow),
                    map=where,
                    ref=flow.source_id,
                ),
            )
        if flow.target_id not in steps:
            yield Violation(
                flow.id,
                tr(
                    "{element} in {map} ends at {ref}, which is not a step of this map.",
                    element=describe(flow),
                    map=where,
                    ref=flow.target_id,
                ),
            )
        if flow.source_id == flow.target_id:
            yield Violation(
                flow.id, tr("{element} in {map} connects a step to itself.", element=describe(flow), map=where)
            )
    for finding in m.findings:
        target = finding.target_id
        if target != m.id and target not in steps and target not in flows and target not in lanes:
            yield Violation(
                finding.id,
                tr(
                    "{element} in {map} is marked on {ref}, which is not a step, flow or lane of this map.",
                    element=describe(finding),
                    map=where,
                    ref=target,
                ),
            )


def _project_references(project: Project) -> Iterator[Violation]:
    departments = {d.id for d in project.departments}
    maps = {m.id: m for m in project.maps}
    for m in project.maps:
        for lane in m.lanes:
            if lane.department_id is not None and lane.department_id not in departments:
                yield Violation(
                    lane.id,
                    tr(
                        "{element} belongs to department {ref}, which does not exist.",
                        element=describe(lane),
                        ref=lane.department_id,
                    ),
                )
        for step in m.steps:
            unknown = [d for d in step.raci if d not in departments]
            if unknown:
                yield Violation(
                    step.id,
                    tr(
                        "{element}: its RACI names department {ref}, which does not exist.",
                        element=describe(step),
                        ref=", ".join(unknown),
                    ),
                )
    interviews = {i.id for i in project.interviews}
    for m in project.maps:
        for finding in m.findings:
            ref = finding.evidence.interview_id
            if ref is not None and ref not in interviews:
                yield Violation(
                    finding.id,
                    tr(
                        "{element}: its evidence names interview {ref}, which does not exist.",
                        element=describe(finding),
                        ref=ref,
                    ),
                )
    for goal in project.goals:
        ref = goal.current_map_id
        if ref is not None and (ref not in maps or maps[ref].kind is not MapKind.CURRENT):
            yield Violation(
                goal.id,
                tr(
                    "{element} takes its baseline from {ref}, which is not a current map of this project.",
                    element=describe(goal),
                    ref=ref,
                ),
            )
        ref = goal.target_map_id
        if ref is not None and (ref not in maps or maps[ref].kind is not MapKind.TARGET):
            yield Violation(
                goal.id,
                tr(
                    "{element} is measured on {ref}, which is not a target map of this project.",
                    element=describe(goal),
                    ref=ref,
                ),
            )
