"""Whole maps: new ones with their first lanes and stages, removal with what depends on them, and which current
map a target map was designed from (copies are in clone.py). Builders of commands for the editor; no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..i18n import tr
from ..model import Document, DocumentError, Lane, MapKind, Phase, ProcessMap
from .command import Command, RemoveElementCommand, UpdateFieldsCommand
from .naming import unique_name


def unique_map_name(doc: Document, name: str) -> str:
    return unique_name(name, (m.name for m in doc.maps))


def new_map(name: str, kind: MapKind, lane_names: list[str], phase_names: list[str]) -> ProcessMap:
    """A map that starts with lanes and stages, so it can be drawn on at once (one undo step, not three)."""
    return ProcessMap(
        name=name, kind=kind, lanes=[Lane(name=n) for n in lane_names], phases=[Phase(name=n) for n in phase_names]
    )


@dataclass(frozen=True)
class MapRemoval:
    """What removing a map takes with it, for the confirmation the user reads first."""

    steps: int
    flows: int
    findings: int
    targets: tuple[str, ...]  # target maps that lose their link to this current map (and their lineage)
    goals: tuple[str, ...]  # goals that measure this map

    def sentences(self) -> list[str]:
        lines = [
            tr(
                "{steps} steps, {flows} flows and {findings} findings are deleted with it.",
                steps=self.steps,
                flows=self.flows,
                findings=self.findings,
            )
        ]
        if self.targets:
            lines.append(tr("Target maps designed from it lose that link: {names}.", names="、".join(self.targets)))
        if self.goals:
            lines.append(tr("Goals measured on it lose that map: {names}.", names="、".join(self.goals)))
        return lines


def removal_of(doc: Document, map_id: str) -> tuple[MapRemoval, list[Command]]:
    """The commands that remove a map and unhook what points at it, and a summary of both."""
    doomed: ProcessMap = doc.get(map_id)
    children: list[Command] = []
    targets, goals = [], []
    for other in doc.maps:
        if other.derived_from == map_id:
            targets.append(other.name)
            fixes: dict[str, dict[str, Any]] = {other.id: {"derived_from": None}}
            fixes.update({s.id: {"source_step_ids": []} for s in other.steps if s.source_step_ids})
            children.append(UpdateFieldsCommand(doc, fixes))
    for goal in doc.project.goals:
        refs = {k: None for k in ("current_map_id", "target_map_id") if getattr(goal, k) == map_id}
        if refs:
            goals.append(goal.name)
            children.append(UpdateFieldsCommand(doc, {goal.id: refs}))
    children.append(RemoveElementCommand(doc, map_id))
    summary = MapRemoval(len(doomed.steps), len(doomed.flows), len(doomed.findings), tuple(targets), tuple(goals))
    return summary, children


def source_change(doc: Document, target_id: str, current_id: str | None) -> Command:
    """Make ``target_id`` the target of another current map (or of none). Its steps' lineage pointed into the
    old current map, so it is cleared: the comparison then treats every step as added until linked again."""
    target = doc.get(target_id)
    if not isinstance(target, ProcessMap) or target.kind is not MapKind.TARGET:
        raise DocumentError(tr("Only a target map is designed from a current map."))
    if current_id is not None:
        current = doc.get(current_id)
        if not isinstance(current, ProcessMap) or current.kind is not MapKind.CURRENT:
            raise DocumentError(tr("A target map can only be designed from a current map."))
    changes: dict[str, dict[str, Any]] = {target_id: {"derived_from": current_id}}
    changes.update({s.id: {"source_step_ids": []} for s in target.steps if s.source_step_ids})
    return UpdateFieldsCommand(doc, changes)
