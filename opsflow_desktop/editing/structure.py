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
    """Move the steps (and flow waypoints) of every band whose start changed from ``before`` to ``after``."""
    axis = AXES[cls]
    deltas = shifts(before, after)
    if not deltas:
        return []
    changes: dict[str, dict] = {}
    steps_by_id = {s.id: s for s in process_map.steps}
    for step in process_map.steps:
        delta = deltas.get(getattr(step, axis.step_ref))
        if delta:
            changes[step.id] = {axis.coordinate: getattr(step, axis.coordinate) + delta}
    for flow in process_map.flows:
        if not flow.waypoints or flow.source_id not in steps_by_id or flow.target_id not in steps_by_id:
            continue
        d_source = deltas.get(getattr(steps_by_id[flow.source_id], axis.step_ref), 0.0)
        d_target = deltas.get(getattr(steps_by_id[flow.target_id], axis.step_ref), 0.0)
        if d_source == d_target and d_source:
            moved = [p.model_copy(update={axis.coordinate: getattr(p, axis.coordinate) + d_source})
                     for p in flow.waypoints]
            changes[flow.id] = {"waypoints": moved}
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

    def add(element: Element) -> None:
        if element.id in doomed:
            return
        doomed[element.id] = element
        if isinstance(element, Lane | Phase):
            for step in (doc.steps_in_lane(element.id) if isinstance(element, Lane) else doc.steps_in_phase(element.id)):
                add(step)
        if isinstance(element, Step):
            for flow in doc.flows_of_step(element.id):
                add(flow)
        if isinstance(element, Step | Flow | Lane):
            for finding in doc.findings_on(element.id):
                add(finding)

    for element_id in element_ids:
        add(doc.get(element_id))

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
    for cls in (Lane, Phase):
        removed_bands = {e.id for e in doomed.values() if isinstance(e, cls)}
        for process_map in {doc.map_of(i).id: doc.map_of(i) for i in removed_bands}.values():
            before = bands_of(process_map, cls)
            after = [b for b in before if b.id not in removed_bands]
            remaining = process_map.model_copy(update={
                "steps": [s for s in process_map.steps if s.id not in doomed],
                "flows": [f for f in process_map.flows if f.id not in doomed],
            })
            commands += restack_commands(doc, remaining, cls, before, after)
    return commands
