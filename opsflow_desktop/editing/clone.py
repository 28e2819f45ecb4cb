"""Copies of whole maps under fresh ids: a duplicate, and a target map derived from a current one.

(Copied steps are pasted through clipboard.py, which matches lanes and stages by name in the map they go into.)
"""

from __future__ import annotations

from ..model import MapKind, ProcessMap, new_id

_PREFIXES = (("lanes", "lane"), ("phases", "phase"), ("steps", "step"), ("flows", "flow"), ("findings", "finding"))


def copy_map(original: ProcessMap, name: str) -> ProcessMap:
    """The same map under fresh ids: lanes, stages, steps, flows (with their bends), findings, a target's
    lineage, and the suggestions dismissed on it (keyed by rule and element, so they stay dismissed)."""
    fresh = {original.id: new_id("map")}
    for collection, prefix in _PREFIXES:
        fresh.update({element.id: new_id(prefix) for element in getattr(original, collection)})
    copy = original.model_copy(deep=True, update={"id": fresh[original.id], "name": name})
    for lane in copy.lanes:
        lane.id = fresh[lane.id]
    for phase in copy.phases:
        phase.id = fresh[phase.id]
    for step in copy.steps:
        step.id, step.lane_id, step.phase_id = fresh[step.id], fresh[step.lane_id], fresh[step.phase_id]
    for flow in copy.flows:
        flow.id, flow.source_id, flow.target_id = fresh[flow.id], fresh[flow.source_id], fresh[flow.target_id]
    for finding in copy.findings:
        finding.id, finding.target_id = fresh[finding.id], fresh.get(finding.target_id, finding.target_id)
    copy.dismissed_suggestions = [_with_fresh_ids(key, fresh) for key in original.dismissed_suggestions]
    return copy


def _with_fresh_ids(key: str, fresh: dict[str, str]) -> str:
    """A suggestion key is "rule:element id[:element id]": replace each id part that was copied."""
    return ":".join(fresh.get(part, part) for part in key.split(":"))


def derive_target_map(current: ProcessMap, name: str) -> ProcessMap:
    """A target map that starts as a copy of ``current``, each step remembering where it came from.

    Findings stay on the current map: they describe what is wrong today, not the design.
    """
    target = copy_map(current, name)
    target.kind, target.derived_from = MapKind.TARGET, current.id
    target.findings, target.dismissed_suggestions = [], []
    for step, source in zip(target.steps, current.steps):
        step.source_step_ids = [source.id]
    return target
