"""Command builders for a map's lanes and phases, and for removing elements with what hangs on them.

When bands are inserted, removed, reordered or resized, the steps inside them move with them, so a
step always stays drawn in the lane and phase it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..layout.bands import Band, shifts
from ..model import Document, Element, Finding, Flow, Lane, Phase, ProcessMap, Step
from .command import Command, RemoveElementCommand, UpdateFieldsCommand


@dataclass(frozen=True)
class Axis:
    """How one kind of band maps onto step geometry."""

    collection: str  # "lanes" | "phases"
    size: str  # "height" | "width"
    coordinate: str  # "y" | "x"
    step_ref: str  # "lane_id" | "phase_id"


AXES: dict[type[Element], Axis] = {
    Lane: Axis("lanes", "height", "y", "lane_id"),
    Phase: Axis("phases", "width", "x", "phase_id"),
}


def bands_of(process_map: ProcessMap, cls: type[Element]) -> list[Band]:
    axis = AXES[cls]
    return [Band(b.id, getattr(b, axis.size)) for b in getattr(process_map, axis.collection)]


def restack_commands(doc: Document, process_map: ProcessMap, cls: type[Element],
                     before: list[Band], after: list[Band]) -> list[Command]:
    """Move the steps (and flow bends) of every band whose start changed from ``before`` to ``after``."""
    return restack_both(doc, process_map, {cls: (before, after)})


def restack_both(doc: Document, process_map: ProcessMap,
                 changes_by_axis: dict[type[Element], tuple[list[Band], list[Band]]]) -> list[Command]:
    """Restack lanes and phases in one pass, so a step or bend that moves in x and y gets both moves."""
    deltas = {cls: shifts(before, after) for cls, (before, after) in changes_by_axis.items()}
    deltas = {cls: d for cls, d in deltas.items() if d}
    if not deltas:
        return []

    def offset(step: Step) -> tuple[float, float]:
        dx = deltas.get(Phase, {}).get(step.phase_id, 0.0)
        dy = deltas.get(Lane, {}).get(step.lane_id, 0.0)
        return dx, dy

    changes: dict[str, dict] = {}
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
        if not flow.waypoints or flow.source_id not in steps_by_id or flow.target_id not in steps_by_id:
            continue
        d_source, d_target = offset(steps_by_id[flow.source_id]), offset(steps_by_id[flow.target_id])
        if d_source == d_target and d_source != (0.0, 0.0):
            changes[flow.id] = {"waypoints": [p.model_copy(update={"x": p.x + d_source[0], "y": p.y + d_source[1]})
                                              for p in flow.waypoints]}
        elif d_source != d_target:
            changes[flow.id] = {"waypoints": []}  # ends moved apart: let the router draw it afresh
    return [UpdateFieldsCommand(doc, changes)] if changes else []


def removal_commands(doc: Document, element_ids: Iterable[str]) -> list[Command]:
    """Remove elements together with everything that cannot exist without them.

    A lane or phase takes its steps; a step takes its flows; each takes the findings marked on it.
    Findings go first, then flows, steps and bands, and the remaining bands close the gap.
    Undo replays in reverse and every removal remembers its index, so the original order comes back.
    """
    doomed: dict[str, Element] = {}
    element_ids = list(element_ids)
    # What hangs on what, indexed once: deleting thousands of steps must not rescan every flow per step.
    hanging: dict[str, list[Element]] = {}
    for process_map in {doc.map_of(i).id: doc.map_of(i) for i in element_ids}.values():
        for step in process_map.steps:
            hanging.setdefault(step.lane_id, []).append(step)
            hanging.setdefault(step.phase_id, []).append(step)
        for flow in process_map.flows:
            hanging.setdefault(flow.source_id, []).append(flow)
            if flow.target_id != flow.source_id:
                hanging.setdefault(flow.target_id, []).append(flow)
        for finding in process_map.findings:
            hanging.setdefault(finding.target_id, []).append(finding)

    pending = [doc.get(i) for i in element_ids]
    while pending:
        element = pending.pop()
        if element.id in doomed:
            continue
        doomed[element.id] = element
        pending.extend(hanging.get(element.id, ()))

    commands: list[Command] = []
    # Target steps forget the removed current steps they were derived from (lineage).
    doomed_steps = {e.id for e in doomed.values() if isinstance(e, Step)}
    lineage_fixes = {
        step.id: {"source_step_ids": [i for i in step.source_step_ids if i not in doomed_steps]}
        for process_map in doc.maps for step in process_map.steps
        if step.id not in doomed and doomed_steps.intersection(step.source_step_ids)
    }
    if lineage_fixes:
        commands.append(UpdateFieldsCommand(doc, lineage_fixes))

    order = (Finding, Flow, Step, Lane, Phase)
    commands += [RemoveElementCommand(doc, e.id) for cls in order for e in doomed.values() if isinstance(e, cls)]
    commands += [RemoveElementCommand(doc, e.id) for e in doomed.values() if not isinstance(e, order)]
    # Bands below or right of a removed band move up or left to close the gap.
    removed_bands = {e.id: e for e in doomed.values() if isinstance(e, Lane | Phase)}
    for process_map in {doc.map_of(i).id: doc.map_of(i) for i in removed_bands}.values():
        axes = {}
        for cls in (Lane, Phase):
            before = bands_of(process_map, cls)
            after = [b for b in before if b.id not in removed_bands]
            if len(after) != len(before):
                axes[cls] = (before, after)
        remaining = process_map.model_copy(update={
            "steps": [s for s in process_map.steps if s.id not in doomed],
            "flows": [f for f in process_map.flows if f.id not in doomed],
        })
        commands += restack_both(doc, remaining, axes)
    return commands
