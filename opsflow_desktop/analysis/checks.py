"""Structure checks: each problem names the elements it concerns, so the window can select them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..i18n import tr
from ..model import Project
from ..model.traits import step_kind
from .map_structure import MapStructure


@dataclass(frozen=True)
class CheckResult:
    rule: str  # stable key: "no_start", "unreachable", ...
    message: str
    element_ids: tuple[str, ...] = field(default_factory=tuple)


def run_checks(structure: MapStructure, project: Project | None = None) -> list[CheckResult]:
    m = structure.process_map
    steps = structure.steps
    results: list[CheckResult] = []
    if not structure.starts:
        results.append(CheckResult("no_start", tr("The map has no start step."), (m.id,)))
    if not structure.ends:
        results.append(CheckResult("no_end", tr("The map has no end step."), (m.id,)))

    if structure.starts:
        reached: set[str] = set()
        pending = list(structure.starts)
        while pending:
            node = pending.pop()
            if node in reached:
                continue
            reached.add(node)
            pending.extend(f.target_id for f in structure.outgoing[node])
        unreachable = tuple(s for s in steps if s not in reached)
        if unreachable:
            results.append(
                CheckResult(
                    "unreachable",
                    tr("{count} steps cannot be reached from a start.", count=len(unreachable)),
                    unreachable,
                )
            )

    dead_ends = tuple(s.id for s in m.steps if not step_kind(s.kind).ends and not structure.outgoing[s.id])
    if dead_ends:
        results.append(
            CheckResult(
                "dead_end",
                tr("{count} steps lead nowhere (no outgoing flow, not an end).", count=len(dead_ends)),
                dead_ends,
            )
        )
    thin = tuple(s.id for s in m.steps if step_kind(s.kind).decision and len(structure.outgoing[s.id]) < 2)
    if thin:
        results.append(
            CheckResult(
                "decision_branches", tr("{count} decisions have fewer than two outgoing flows.", count=len(thin)), thin
            )
        )
    into_start = tuple(f.id for s in structure.starts for f in structure.incoming[s])
    if into_start:
        results.append(
            CheckResult(
                "flow_into_start", tr("{count} flows lead into a start step.", count=len(into_start)), into_start
            )
        )
    out_of_end = tuple(f.id for e in structure.ends for f in structure.outgoing[e])
    if out_of_end:
        results.append(
            CheckResult("flow_out_of_end", tr("{count} flows leave an end step.", count=len(out_of_end)), out_of_end)
        )
    if project is not None:
        departments = {d.id for d in project.departments}
        lanes_without = {lane.id for lane in m.lanes if lane.department_id not in departments}
        homeless = tuple(s.id for s in m.steps if s.lane_id in lanes_without)
        if homeless:
            results.append(
                CheckResult(
                    "no_department",
                    tr("{count} steps sit in lanes that are not linked to a department.", count=len(homeless)),
                    homeless,
                )
            )
    by_name: dict[str, list[str]] = defaultdict(list)
    for step in m.steps:
        by_name[step.name.strip()].append(step.id)
    for name, ids in by_name.items():
        if len(ids) > 1:
            results.append(
                CheckResult(
                    "duplicate_name", tr("{count} steps are named “{name}”.", count=len(ids), name=name), tuple(ids)
                )
            )
    return results
