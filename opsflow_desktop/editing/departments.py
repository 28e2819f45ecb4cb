"""The project's departments: what uses each one, renaming and removing them with what depends on them,
departments made from lanes, and RACI filled from the lanes. Builders of commands for the editor; no Qt.

A department is used by lanes (``Lane.department_id``), by RACI assignments (``Step.raci``, keyed by
department id) and by countersignatures (``SignOff.department``, its name as signed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..i18n import tr
from ..model import Department, Document, DocumentError, Lane, ProcessMap, Raci
from ..model.signing import current_round
from ..model.traits import step_kind
from .command import (
    Command,
    InsertElementCommand,
    RemoveElementCommand,
    UpdateFieldsCommand,
)


@dataclass
class DepartmentUsage:
    """Where a department is used, in words for the confirmation before removing it."""

    lanes: list[str] = field(default_factory=list)  # 「设计部」 in 商品上架流程（现状）
    raci_steps: int = 0
    signoffs: list[str] = field(default_factory=list)  # names of those who countersigned for it

    def __bool__(self) -> bool:
        return bool(self.lanes or self.raci_steps or self.signoffs)

    def sentences(self) -> list[str]:
        lines = []
        if self.lanes:
            lines.append(tr("Lanes linked to it: {lanes}.", lanes="、".join(self.lanes)))
        if self.raci_steps:
            lines.append(tr("RACI assignments on {count} steps.", count=self.raci_steps))
        if self.signoffs:
            lines.append(tr("Countersignatures recorded for it: {names}.", names="、".join(self.signoffs)))
        return lines


def usage_of(doc: Document, department_id: str) -> DepartmentUsage:
    department: Department = doc.get(department_id)
    usage = DepartmentUsage()
    for process_map in doc.maps:
        usage.lanes += [
            tr("“{lane}” in {map}", lane=lane.name, map=process_map.name)
            for lane in process_map.lanes
            if lane.department_id == department_id
        ]
        usage.raci_steps += sum(department_id in step.raci for step in process_map.steps)
    usage.signoffs = [s.name for s in doc.project.signoffs if s.department == department.name]
    return usage


def check_name(doc: Document, name: str, except_id: str | None = None) -> str:
    """A department's name: not empty, and not another department's (sign-offs find it by name)."""
    name = name.strip()
    if not name:
        raise DocumentError(tr("A department needs a name."))
    if any(d.name == name and d.id != except_id for d in doc.project.departments):
        raise DocumentError(tr("There is already a department named “{name}”.", name=name))
    return name


def rename_commands(doc: Document, department_id: str, name: str) -> list[Command]:
    """The department and the lanes that carried its old name move to the new name together, so lanes and the
    manual's 会签 rows keep agreeing. A countersignature already recorded for this version names the department
    as it was signed: the rename waits until the round is over (or a rejection starts it again)."""
    department: Department = doc.get(department_id)
    name = check_name(doc, name, except_id=department_id)
    signed = [s.name for s in current_round(doc.project) if s.department == department.name]
    if signed:
        raise DocumentError(
            tr(
                "“{department}” has countersigned this version ({names}): it keeps its name until the "
                "sign-off round is over.",
                department=department.name,
                names="、".join(signed),
            )
        )
    changes: dict[str, dict[str, Any]] = {department_id: {"name": name}}
    for process_map in doc.maps:
        for lane in process_map.lanes:
            if lane.department_id == department_id and lane.name == department.name:
                changes[lane.id] = {"name": name}
    return [UpdateFieldsCommand(doc, changes)]


def removal_commands(doc: Document, department_id: str) -> list[Command]:
    """Lanes forget the department and it leaves every RACI assignment; recorded sign-offs stay on record."""
    fixes: dict[str, dict[str, Any]] = {}
    for process_map in doc.maps:
        for lane in process_map.lanes:
            if lane.department_id == department_id:
                fixes[lane.id] = {"department_id": None}
        for step in process_map.steps:
            if department_id in step.raci:
                fixes[step.id] = {"raci": {k: v for k, v in step.raci.items() if k != department_id}}
    children: list[Command] = [UpdateFieldsCommand(doc, fixes)] if fixes else []
    children.append(RemoveElementCommand(doc, department_id))
    return children


def from_lanes_commands(doc: Document) -> tuple[int, list[Command]]:
    """A department for every lane name that has none yet, and every unlinked lane linked to the department of
    its name. Returns how many departments are new."""
    by_name = {d.name: d.id for d in doc.project.departments}
    commands: list[Command] = []
    links: dict[str, dict[str, Any]] = {}
    created = 0
    for process_map in doc.maps:
        for lane in process_map.lanes:
            if lane.department_id is not None and lane.department_id in doc:
                continue
            name = lane.name.strip()
            if not name:
                continue
            if name not in by_name:
                department = Department(name=name)
                by_name[name] = department.id
                commands.append(InsertElementCommand(doc, department, None))
                created += 1
            links[lane.id] = {"department_id": by_name[name]}
    if links:
        commands.append(UpdateFieldsCommand(doc, links))
    return created, commands


def raci_from_lanes(process_map: ProcessMap) -> dict[str, dict[str, Any]]:
    """Each step that has no one accountable gets its lane's department as A: the department that does the step
    answers for it until the specialist says otherwise. Start and end events, and steps in lanes without a
    department, are left alone."""
    lanes: dict[str, Lane] = {lane.id: lane for lane in process_map.lanes}
    changes: dict[str, dict[str, Any]] = {}
    for step in process_map.steps:
        department_id = lanes[step.lane_id].department_id if step.lane_id in lanes else None
        if department_id is None or step_kind(step.kind).event or Raci.ACCOUNTABLE in step.raci.values():
            continue
        raci = dict(step.raci)
        raci[department_id] = Raci.ACCOUNTABLE
        changes[step.id] = {"raci": raci}
    return changes
