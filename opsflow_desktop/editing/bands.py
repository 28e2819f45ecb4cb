"""Command builders for a map's lanes and phases (bands).

When bands are inserted, removed, reordered or resized, the steps inside them move with them, so a
step always stays drawn in the lane and phase it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeAlias

from ..layout.bands import Band, shifts
from ..model import Document, Flow, Lane, Phase, Point, ProcessMap, Step
from .command import Command, UpdateFieldsCommand


@dataclass(frozen=True)
class Axis:
    """How one kind of band maps onto step geometry."""

    collection: str  # "lanes" | "phases"
    size: str  # "height" | "width"
    coordinate: str  # "y" | "x"
    step_ref: str  # "lane_id" | "phase_id"


# The two kinds of band.
BandClass: TypeAlias = type[Lane | Phase]

AXES: dict[BandClass, Axis] = {
    Lane: Axis("lanes", "height", "y", "lane_id"),
    Phase: Axis("phases", "width", "x", "phase_id"),
}


def bands_of(process_map: ProcessMap, cls: BandClass) -> list[Band]:
    axis = AXES[cls]
    return [Band(b.id, getattr(b, axis.size)) for b in getattr(process_map, axis.collection)]


def restack_commands(
    doc: Document, process_map: ProcessMap, cls: BandClass, before: list[Band], after: list[Band]
) -> list[Command]:
    """Move the steps (and flow bends) of every band whose start changed from ``before`` to ``after``."""
    return restack_both(doc, process_map, {cls: (before, after)})


def restack_both(
    doc: Document, process_map: ProcessMap, changes_by_axis: dict[BandClass, tuple[list[Band], list[Band]]]
) -> list[Command]:
    """Restack lanes and phases in one pass, so a step or bend that moves in x and y gets both moves."""
    deltas = {cls: shifts(before, after) for cls, (before, after) in changes_by_axis.items()}
    deltas = {cls: d for cls, d in deltas.items() if d}
    if not deltas:
        return []

    def offset(step: Step) -> tuple[float, float]:
        dx = deltas.get(Phase, {}).get(step.phase_id, 0.0)
        dy = deltas.get(Lane, {}).get(step.lane_id, 0.0)
        return dx, dy

    changes: dict[str, dict[str, Any]] = {}
    steps_by_id = {s.id: s for s in process_map.steps}
    for step in process_map.steps:
        dx, dy = offset(step)
        fields = {}
        if dx:
            fields["x"] = step.x + dx
        if dy:
            fields["y"] = step.y + dy
        if fields:
            changes[step.id] = fields
    for flow in process_map.flows:
        if flow.source_id in steps_by_id and flow.target_id in steps_by_id:
            bends = bends_after_move(flow, offset(steps_by_id[flow.source_id]), offset(steps_by_id[flow.target_id]))
            if bends is not None:
                changes[flow.id] = {"waypoints": bends}
    return [UpdateFieldsCommand(doc, changes)] if changes else []


def bends_after_move(
    flow: Flow, source_delta: tuple[float, float], target_delta: tuple[float, float]
) -> list[Point] | None:
    """A flow's bends once its ends moved: along with them when both moved alike, none (the router draws the
    flow afresh) when they moved apart; None when nothing changes."""
    if not flow.waypoints or source_delta == target_delta == (0.0, 0.0):
        return None
    if source_delta == target_delta:
        dx, dy = source_delta
        return [p.model_copy(update={"x": p.x + dx, "y": p.y + dy}) for p in flow.waypoints]
    return []
