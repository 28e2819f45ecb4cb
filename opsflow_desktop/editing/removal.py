"""Removing elements together with everything that cannot exist without them (a step takes its flows, a lane
its steps, each its findings), so that undo puts every piece back where it was."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Document, Element, Finding, Flow, Lane, Phase, Step
from .bands import bands_of, restack_both
from .command import Command, RemoveElementCommand, UpdateFieldsCommand


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
        for process_map in doc.maps
        for step in process_map.steps
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
        remaining = process_map.model_copy(
            update={
                "steps": [s for s in process_map.steps if s.id not in doomed],
                "flows": [f for f in process_map.flows if f.id not in doomed],
            }
        )
        commands += restack_both(doc, remaining, axes)
    return commands
