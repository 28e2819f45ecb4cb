"""Metrics of one map.

Definitions (hours are processing + waiting of a step):
- lead time: the expected time from a start to an end. At a step with several ways forward, the branches'
  times are averaged with their probabilities when every branch has one, otherwise the longest is taken.
  A branch that can only go back (a rework loop, e.g. 素材修改 → 素材评审) is not a way forward: loops are
  counted once — each step at most once — and their extra time is reported as rework.
- critical path: the longest way from a start to an end, ignoring probabilities (highlighted on the canvas).
- rework hours: the expected extra time of rework branches (probability × time round the loop).
- value-added ratio: processing time of value-adding steps on the critical path / lead time.
- hand-offs: flows from one lane (department) into another.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..model import ValueClass
from ..model.traits import step_kind
from .graph import handoffs
from .map_structure import MapStructure

METRIC_KEYS = (
    "steps",
    "decisions",
    "approvals",
    "departments",
    "handoffs",
    "lead_time_hours",
    "critical_path_hours",
    "processing_hours",
    "value_added_ratio",
    "non_value_adding_steps",
    "rework_loops",
    "rework_hours",
)


@dataclass
class MapMetrics:
    steps: int = 0
    decisions: int = 0
    approvals: int = 0
    departments: int = 0
    handoffs: int = 0
    lead_time_hours: float = 0.0
    critical_path_hours: float = 0.0
    processing_hours: float = 0.0
    value_adding_hours: float = 0.0
    value_added_ratio: float = 0.0
    non_value_adding_steps: int = 0
    rework_loops: int = 0
    rework_hours: float = 0.0
    critical_path: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def value(self, key: str) -> float:
        return float(getattr(self, key))


def compute_metrics(structure: MapStructure) -> MapMetrics:
    m = structure.process_map
    steps = structure.steps
    metrics = MapMetrics(
        steps=len(steps),
        decisions=sum(1 for s in m.steps if step_kind(s.kind).decision),
        approvals=sum(1 for s in m.steps if step_kind(s.kind).approval),
        departments=len({s.lane_id for s in m.steps}),
        handoffs=len(handoffs(m)),
        non_value_adding_steps=sum(1 for s in m.steps if s.value_class is ValueClass.NON_VALUE_ADDING),
        rework_loops=len(structure.back_edges),
    )
    forward, ahead = structure.forward, structure.reaches_an_end
    expected: dict[str, float] = {}
    longest: dict[str, float] = {}
    best_next: dict[str, str | None] = {}
    loop_time: dict[str, float] = {}  # for steps that cannot reach an end: time until the loop closes
    rework = 0.0
    lead = {s.id: s.processing_hours + s.waiting_hours for s in m.steps}
    for node in reversed(structure.topological_order):
        own = lead[node]
        onward_flows = forward[node]
        if len(onward_flows) == 1 and node in ahead:  # the common case: one way forward
            nxt = onward_flows[0].target_id
            if nxt in ahead:
                expected[node], longest[node], best_next[node] = own + expected[nxt], own + longest[nxt], nxt
                continue
        exits = [f for f in onward_flows if f.target_id in ahead]
        if node not in ahead:
            loop_time[node] = own + max((loop_time.get(f.target_id, 0.0) for f in forward[node]), default=0.0)
            continue
        if not exits:  # an end step
            expected[node], longest[node], best_next[node] = own, own, None
            continue
        probabilities = [f.probability for f in exits if f.probability is not None]
        if len(probabilities) == len(exits) and sum(probabilities) > 0:
            total = sum(probabilities)
            onward = sum(p * expected[f.target_id] for p, f in zip(probabilities, exits)) / total
        else:
            onward = max(expected[f.target_id] for f in exits)
        expected[node] = own + onward
        chosen = max(exits, key=lambda f: longest[f.target_id])
        longest[node], best_next[node] = own + longest[chosen.target_id], chosen.target_id
        for flow in forward[node]:
            if flow.target_id not in ahead:  # a rework branch
                rework += (flow.probability if flow.probability is not None else 1.0) * loop_time[flow.target_id]
    starts = [s for s in structure.starts if s in ahead]
    if starts:
        first = max(starts, key=lambda s: longest[s])
        metrics.lead_time_hours = round(max(expected[s] for s in starts), 2)
        metrics.critical_path_hours = round(longest[first], 2)
        path: list[str] = []
        walking: str | None = first
        while walking is not None:
            path.append(walking)
            walking = best_next[walking]
        metrics.critical_path = path
        metrics.processing_hours = round(sum(steps[s].processing_hours for s in path), 2)
        metrics.value_adding_hours = round(
            sum(steps[s].processing_hours for s in path if steps[s].value_class is ValueClass.VALUE_ADDING), 2
        )
    metrics.rework_hours = round(rework, 2)
    if metrics.lead_time_hours > 0:
        metrics.value_added_ratio = round(metrics.value_adding_hours / metrics.lead_time_hours, 4)
    return metrics
