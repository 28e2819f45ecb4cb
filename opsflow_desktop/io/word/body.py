"""Chapters 1-4 of the manual: purpose and goals, scope, terms, roles with the RACI matrix."""

from __future__ import annotations

from dataclasses import dataclass

from ...analysis.report import ProjectAnalysis
from ...i18n import tr
from ...labels import label
from ...model import FindingType, MapKind, ProcessMap, Project
from ..tables import LIST_JOINER, GoalRow, ProjectTables, RaciRow, raci_departments
from .builder import ManualBuilder
from .ooxml import Column
from .page_plan import ManualImages

RACI_FILLS = {"A": "FCE4D6", "R": "DDEBF7"}
PORTRAIT_RACI_DEPARTMENTS = 8  # more department columns than this go on a landscape page


@dataclass
class ManualSource:
    """Everything the chapters print, computed once per export."""

    project: Project
    analysis: ProjectAnalysis
    tables: ProjectTables
    images: ManualImages

    @property
    def documented_maps(self) -> list[ProcessMap]:
        """The maps the procedure describes: the target maps when there are any (the process as it is to be
        run), otherwise every map."""
        targets = [m for m in self.project.maps if m.kind is MapKind.TARGET]
        return targets or list(self.project.maps)


def number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def goal_comparator(row: GoalRow) -> str:
    """≤ when lower is better (GoalRow carries the direction as its translated word)."""
    return "≤" if row.direction == tr("lower") else "≥"


def goal_sentence(row: GoalRow) -> str:
    unit = f" {row.unit}" if row.unit else ""
    target = f"{goal_comparator(row)} {number_text(row.target)}{unit}"
    if row.baseline is None:
        return tr("{goal}: {target}", goal=row.name, target=target)
    return tr(
        "{goal}: from {baseline} to {target}", goal=row.name, baseline=number_text(row.baseline) + unit, target=target
    )


def write_purpose(b: ManualBuilder, source: ManualSource) -> None:
    b.heading(1, tr("Purpose"), new_page=True)  # the body starts after the contents page
    names = LIST_JOINER.join(m.name for m in source.documented_maps)
    b.paragraph(
        source.project.meta.purpose
        or tr(
            "This manual sets out how {process} is carried out: who does each step, with which inputs and outputs, "
            "within which time, and how the process is controlled.",
            process=names,
        )
    )
    if source.tables.goals:
        b.paragraph(tr("The process is designed to reach these goals:"), keep_next=True)
        b.items([goal_sentence(row) for row in source.tables.goals])


def write_scope(b: ManualBuilder, source: ManualSource) -> None:
    b.heading(1, tr("Scope"))
    scope = source.project.scope
    departments = list(dict.fromkeys(lane.name for m in source.documented_maps for lane in m.lanes))
    if departments:
        b.labelled(tr("Departments involved"), LIST_JOINER.join(departments))
    b.paragraph(tr("In scope:"), bold=True)
    b.items(scope.in_scope or [tr("Every step of the process maps in chapter 5.")])
    if scope.out_of_scope:
        b.paragraph(tr("Out of scope:"), bold=True)
        b.items(scope.out_of_scope)


def write_terms(b: ManualBuilder, source: ManualSource) -> None:
    """The project's own glossary first, then the terms every OpsFlow manual uses (unless the project defines
    the same word itself)."""
    b.heading(1, tr("Terms"))
    own = [(t.term, t.definition) for t in source.project.meta.terms]
    standard = [
        (
            label(MapKind.CURRENT),
            tr(
                "The process as it is carried out today (as-is), drawn from interviews, "
                "workshops and existing documents."
            ),
        ),
        (label(MapKind.TARGET), tr("The process as it is designed to be carried out (to-be).")),
        (tr("Lane"), tr("A department or role of the process, drawn as a horizontal band of the map.")),
        (tr("Stage"), tr("A phase of the process, drawn as a column of the map; chapter 6 follows the stages.")),
        (
            label(FindingType.CONTROL_POINT),
            tr(
                "A check that must be passed before work continues, such as an "
                "approval or a confirmation by a named role."
            ),
        ),
        (tr("Hand-off"), tr("A flow from a step of one department to a step of another department.")),
        (tr("Lead time"), tr("The expected time from the start to the end of the process, waiting included.")),
        (tr("Value-added ratio"), tr("Value-adding processing time on the critical path divided by the lead time.")),
        (
            "RACI",
            tr(
                "R responsible: does the work; A accountable: answers for the result, exactly one per step; "
                "C consulted before the work; I informed after it."
            ),
        ),
    ]
    defined = {term for term, _ in own}
    terms = own + [(term, meaning) for term, meaning in standard if term not in defined]
    b.table([Column(tr("Term"), 36), Column(tr("Meaning"), 134)], terms)


def write_roles(b: ManualBuilder, source: ManualSource) -> None:
    b.heading(1, tr("Roles and responsibilities"))
    departments = raci_departments(source.project)
    heads = {d.id: d.head for d in source.project.departments}
    raci = {m.id: source.tables.raci[m.id] for m in source.documented_maps}
    b.heading(2, tr("Responsibilities by department"))
    rows = []
    for column, (dept_id, name) in enumerate(departments):
        accountable = [r.step for rows_ in raci.values() for r in rows_ if r.letters[column] == "A"]
        responsible = [r.step for rows_ in raci.values() for r in rows_ if r.letters[column] == "R"]
        if accountable or responsible:
            rows.append([name, heads.get(dept_id, ""), LIST_JOINER.join(accountable), LIST_JOINER.join(responsible)])
    b.table(
        [
            Column(tr("Department"), 24),
            Column(tr("Head"), 20),
            Column(tr("Accountable (A) for"), 63),
            Column(tr("Responsible (R) for"), 63),
        ],
        rows,
    )
    b.heading(2, tr("RACI matrix"))
    b.paragraph(tr("R responsible · A accountable (exactly one per step) · C consulted · I informed."), keep_next=True)
    landscape = len(departments) > PORTRAIT_RACI_DEPARTMENTS
    b.page_setup(landscape)
    for process_map in source.documented_maps:
        if len(raci) > 1:
            b.paragraph(process_map.name, bold=True, keep_next=True)
        _raci_matrix(b, departments, raci[process_map.id])
    b.page_setup(False)


def _raci_matrix(b: ManualBuilder, departments: list[tuple[str, str]], rows: list[RaciRow]) -> None:
    problems = any(r.problem for r in rows)
    fixed = 12 + 36 + (30 if problems else 0)
    each = (b.text_width_mm - fixed) / max(len(departments), 1)
    columns = [Column(tr("No."), 12), Column(tr("Step"), 36), *(Column(name, each) for _, name in departments)]
    if problems:
        columns.append(Column(tr("Note"), 30))
    table_rows, fills = [], []
    for row in rows:
        cells = [str(row.number), row.step, *row.letters] + ([row.problem] if problems else [])
        table_rows.append(cells)
        fills.append(
            ["", "", *(RACI_FILLS.get(letter, "") for letter in row.letters)]
            + ([("FFC7CE" if row.problem else "")] if problems else [])
        )
    b.table(columns, table_rows, fills=fills)
