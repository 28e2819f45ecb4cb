"""Current versus target, by lineage: which steps were kept, changed, removed, merged, split or added."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..model import ProcessMap, Step
from .map_structure import MapStructure
from .metrics import MapMetrics, compute_metrics

COMPARED_METRICS = ("steps", "handoffs", "approvals", "lead_time_hours", "value_added_ratio")
CHANGE_KINDS = ("kept", "changed", "removed", "merged", "split", "added")


@dataclass(frozen=True)
class StepChange:
    kind: str  # one of CHANGE_KINDS
    current_ids: tuple[str, ...]
    target_ids: tuple[str, ...]
    fields: tuple[str, ...] = ()  # for "changed": name, lane, kind, processing_hours, waiting_hours
    summary: str = ""


@dataclass
class Comparison:
    current_map_id: str
    target_map_id: str
    changes: list[StepChange] = field(default_factory=list)
    current_metrics: MapMetrics = field(default_factory=MapMetrics)
    target_metrics: MapMetrics = field(default_factory=MapMetrics)

    def delta(self, key: str) -> float:
        return round(self.target_metrics.value(key) - self.current_metrics.value(key), 4)

    def counts(self) -> dict[str, int]:
        return {kind: sum(1 for c in self.changes if c.kind == kind) for kind in CHANGE_KINDS}

    def status_of_target_step(self, step_id: str) -> str | None:
        return next((c.kind for c in self.changes if step_id in c.target_ids), None)


def _changed_fields(before: Step, after: Step, lane_names: tuple[dict[str, str], dict[str, str]]) -> tuple[str, ...]:
    changed = []
    if before.name != after.name:
        changed.append("name")
    if lane_names[0].get(before.lane_id) != lane_names[1].get(after.lane_id):
        changed.append("lane")
    if before.kind is not after.kind:
        changed.append("kind")
    if before.processing_hours != after.processing_hours:
        changed.append("processing_hours")
    if before.waiting_hours != after.waiting_hours:
        changed.append("waiting_hours")
    return tuple(changed)


def compare_maps(
    current: ProcessMap,
    target: ProcessMap,
    current_metrics: MapMetrics | None = None,
    target_metrics: MapMetrics | None = None,
) -> Comparison:
    comparison = Comparison(
        current.id,
        target.id,
        current_metrics=current_metrics or compute_metrics(MapStructure(current)),
        target_metrics=target_metrics or compute_metrics(MapStructure(target)),
    )
    current_steps = {s.id: s for s in current.steps}
    lane_names = ({lane.id: lane.name for lane in current.lanes}, {lane.id: lane.name for lane in target.lanes})
    descendants: dict[str, list[Step]] = defaultdict(list)
    for step in target.steps:
        for source in step.source_step_ids:
            if source in current_steps:
                descendants[source].append(step)
    split_sources = {source for source, steps in descendants.items() if len(steps) > 1}
    for step in target.steps:
        sources = [s for s in step.source_step_ids if s in current_steps]
        if not sources:
            comparison.changes.append(StepChange("added", (), (step.id,), summary=step.name))
        elif len(sources) > 1:
            names = "、".join(current_steps[s].name for s in sources)
            comparison.changes.append(
                StepChange("merged", tuple(sources), (step.id,), summary=f"{names} → {step.name}")
            )
        elif sources[0] in split_sources:
            continue  # reported once below, with all its parts
        else:
            before = current_steps[sources[0]]
            fields = _changed_fields(before, step, lane_names)
            kind = "changed" if fields else "kept"
            summary = step.name if before.name == step.name else f"{before.name} → {step.name}"
            comparison.changes.append(StepChange(kind, (before.id,), (step.id,), fields, summary))
    for source in sorted(split_sources, key=lambda s: list(current_steps).index(s)):
        parts = descendants[source]
        comparison.changes.append(
            StepChange(
                "split",
                (source,),
                tuple(p.id for p in parts),
                summary=f"{current_steps[source].name} → " + "、".join(p.name for p in parts),
            )
        )
    for step in current.steps:
        if step.id not in descendants:
            comparison.changes.append(StepChange("removed", (step.id,), (), summary=step.name))
    return comparison
