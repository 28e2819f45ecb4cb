"""What the deliverables would print empty: the gaps to fill before the workbook and the manual go round.

Each gap names where it is fixed in the window (``fix``): the project details, the departments, or the RACI.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import tr
from ..model import Project, Raci
from ..model.traits import step_kind

DETAILS, DEPARTMENTS, RACI = "details", "departments", "raci"


@dataclass(frozen=True)
class Gap:
    fix: str  # DETAILS, DEPARTMENTS or RACI
    message: str


def deliverable_gaps(project: Project) -> list[Gap]:
    meta = project.meta
    gaps: list[Gap] = []
    missing = [
        name
        for name, value in (
            (tr("title"), meta.title),
            (tr("document number"), meta.document_number),
            (tr("process owner"), meta.process_owner),
        )
        if not value.strip()
    ]
    if missing:
        gaps.append(
            Gap(
                DETAILS,
                tr(
                    "Project details: no {fields} yet; every sheet and page prints it empty.", fields="、".join(missing)
                ),
            )
        )
    if not project.departments:
        gaps.append(
            Gap(
                DEPARTMENTS,
                tr(
                    "No departments: the manual's sign-off block has no countersignature (会签) "
                    "rows and the RACI matrix no columns."
                ),
            )
        )
    else:
        departments = {d.id for d in project.departments}
        unlinked = sorted(
            {lane.name for m in project.maps for lane in m.lanes if lane.department_id not in departments}
        )
        if unlinked:
            gaps.append(Gap(DEPARTMENTS, tr("Lanes not linked to a department: {lanes}.", lanes="、".join(unlinked))))
        headless = [d.name for d in project.departments if not d.head.strip()]
        if headless:
            gaps.append(
                Gap(DEPARTMENTS, tr("Departments without a head to countersign: {names}.", names="、".join(headless)))
            )
    without_a = sum(
        1
        for m in project.maps
        for s in m.steps
        if not step_kind(s.kind).event and list(s.raci.values()).count(Raci.ACCOUNTABLE) != 1
    )
    if project.departments and without_a:
        gaps.append(Gap(RACI, tr("{count} steps have no single accountable department (A).", count=without_a)))
    return gaps
