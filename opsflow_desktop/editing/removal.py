"""Removing elements together with everything that cannot exist without them (a step takes its flows, a lane
its steps, each its findings), so that undo puts every piece back where it was."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..layout.bands import Band
from ..model import Document, Finding, Flow, IdentifiedElement, Lane, MapChild, Phase, Step
from .bands import BandClass, bands_of, restack_both
from .command import Command, RemoveElementCommand, UpdateFieldsCommand


def removal_commands(doc: Document, element_ids: Iterable[str]) -> list[Command]:
    """Remove elements together with everything that cannot exist without them.

    A lane or phase takes its steps; a step takes its flows; each takes the findings marked on it.
    Findings go first, then flows, steps and bands, and the remaining bands close the gap.
    Undo replays in reverse and every removal remembers its index, so the original order comes back.
    """
    doomed: dict[str, IdentifiedElement] = {}
    element_ids = list(element_ids)
    # What hangs on what, indexed once: deleting thousands of steps must not rescan every flow per step.
    hanging: dict[str, list[IdentifiedElement]] = {}
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

    pending: list[IdentifiedElement] = [doc.get(i) for i in element_ids]
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
        for process_map in doc.maps
        for step in process_map.steps
        if step.id not in doomed and doomed_steps.intersection(step.source_step_ids)
    }
    if lineage_fixes:
        commands.append(UpdateFieldsCommand(doc, lineage_fixes))

    # Each class from the back of its collection forwards: an element's index, found once here, still holds when
    # its turn comes (only later elements have gone), so removing thousands does not search the list each time.
    position = _positions(doc, doomed)
    order = (Finding, Flow, Step, Lane, Phase)
    for cls in order:
        of_class = sorted((e for e in doomed.values() if isinstance(e, cls)), key=lambda e: -position.get(e.id, 0))
        commands += [RemoveElementCommand(doc, e.id, at=position.get(e.id)) for e in of_class]
    commands += [RemoveElementCommand(doc, e.id) for e in doomed.values() if not isinstance(e, order)]
    # Bands below or right of a removed band move up or left to close the gap.
    removed_bands = {e.id: e for e in doomed.values() if isinstance(e, Lane | Phase)}
    for process_map in {doc.map_of(i).id: doc.map_of(i) for i in removed_bands}.values():
        axes: dict[BandClass, tuple[list[Band], list[Band]]] = {}
        for cls in (Lane, Phase):
            before = bands_of(process_map, cls)
            after = [b for b in before if b.id not in removed_bands]
            if len(after) != len(before):
                axes[cls] = (before, after)
        remaining = process_map.model_copy(
            update={
                "steps": [s for s in process_map.steps if s.id not in doomed],
                "flows": [f for f in process_map.flows if f.id not in doomed],
            }
        )
        commands += restack_both(doc, remaining, axes)
    return commands


def _positions(doc: Document, doomed: dict[str, IdentifiedElement]) -> dict[str, int]:
    """Where each doomed element of a map sits in its collection, from one pass over the maps concerned."""
    maps = {
        doc.map_of(i).id: doc.map_of(i)
        for i, e in doomed.items()
        if isinstance(e, Finding | Flow | Step | Lane | Phase)
    }
    position: dict[str, int] = {}
    for process_map in maps.values():
        collections: tuple[Sequence[MapChild], ...] = (
            process_map.findings,
            process_map.flows,
            process_map.steps,
            process_map.lanes,
            process_map.phases,
        )
        for collection in collections:
            position.update((element.id, i) for i, element in enumerate(collection) if element.id in doomed)
    return position
