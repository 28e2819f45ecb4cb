"""Chapters 7-9 of the manual: control points and risks, KPIs and goals in three colours, records and forms."""

from __future__ import annotations

from ...analysis.goals import GoalStatus
from ...i18n import tr
from ...labels import label
from ...model import Step
from ...model.traits import step_kind
from ..tables import CONTROL_TYPES, LIST_JOINER, GoalRow, IssueRow
from .body import ManualSource, goal_comparator, number_text
from .builder import ManualBuilder
from .ooxml import Column

# 三色管理: the fills Excel users know for good / neutral / bad.
STATUS_FILLS = {
    GoalStatus.GREEN: "C6EFCE",
    GoalStatus.YELLOW: "FFEB9C",
    GoalStatus.RED: "FFC7CE",
    GoalStatus.UNKNOWN: "EDEDED",
}


def _steps_by_id(source: ManualSource) -> dict[str, Step]:
    return {s.id: s for m in source.documented_maps for s in m.steps}


def write_controls(b: ManualBuilder, source: ManualSource) -> None:
    """One row per approval step or step with control points and risks, then those marked on flows, lanes or
    the whole map; from the maps the procedure describes."""
    b.heading(1, tr("Control points and risks"))
    findings = {f.id: f for m in source.documented_maps for f in m.findings if f.type in CONTROL_TYPES}
    issues = [issue for issue in source.tables.issues if issue.finding_id in findings]
    on_step: dict[str, list[IssueRow]] = {}
    for issue in issues:
        on_step.setdefault(findings[issue.finding_id].target_id, []).append(issue)
    rows = []
    for process_map in source.documented_maps:
        for row in source.tables.planning[process_map.id]:
            marked = on_step.pop(row.step_id, [])
            if not step_kind(row.kind).approval and not marked:
                continue
            kinds = ([label(row.kind)] if step_kind(row.kind).approval else []) + [i.type_label for i in marked]
            what = [row.remarks] if row.remarks else []
            what += ["\n".join(filter(None, [i.title, i.description])) for i in marked]
            if not what:
                what = [tr("Approval before the next step")]
            owners = [i.owner for i in marked if i.owner] or [row.owner or row.lane]
            rows.append(
                [
                    row.key_node,
                    LIST_JOINER.join(dict.fromkeys(kinds)),
                    "\n".join(what),
                    LIST_JOINER.join(dict.fromkeys(owners)),
                    "\n".join(i.action for i in marked if i.action),
                ]
            )
    for issue in (i for marked in on_step.values() for i in marked):  # on flows, lanes or the whole map
        rows.append(
            [
                issue.location,
                issue.type_label,
                "\n".join(filter(None, [issue.title, issue.description])),
                issue.owner,
                issue.action,
            ]
        )
    if not rows:
        b.paragraph(tr("No approvals, control points or risk points are marked on this process."))
        return
    b.table(
        [
            Column(tr("No."), 12),
            Column(tr("Where"), 30),
            Column(tr("Type"), 22),
            Column(tr("Control or risk"), 52),
            Column(tr("Owner"), 22),
            Column(tr("Action"), 32),
        ],
        [[str(n), *cells] for n, cells in enumerate(rows, start=1)],
    )


def _goal_cells(row: GoalRow) -> list[str]:
    unit = f" {row.unit}" if row.unit else ""
    return [
        row.name,
        row.metric,
        number_text(row.baseline) + unit if row.baseline is not None else "",
        f"{goal_comparator(row)} {number_text(row.target)}{unit}",
        number_text(row.measured) + unit if row.measured is not None else "",
        row.status_label,
    ]


def write_kpis(b: ManualBuilder, source: ManualSource) -> None:
    b.heading(1, tr("KPIs"))
    b.heading(2, tr("Goals"))
    goals = source.tables.goals
    if goals:
        b.paragraph(
            tr(
                "Three colours: green the target map meets the goal, yellow it improves on the baseline "
                "without meeting it, red it does not improve."
            ),
            keep_next=True,
        )
        columns = [
            Column(tr("Goal"), 34),
            Column(tr("Metric"), 34),
            Column(tr("Baseline"), 20),
            Column(tr("Target"), 20),
            Column(tr("Measured on the target map"), 26),
            Column(tr("Status"), 36),
        ]
        fills = [["", "", "", "", "", STATUS_FILLS[row.status]] for row in goals]
        b.table(columns, [_goal_cells(row) for row in goals], fills=fills)
    else:
        b.paragraph(tr("No measurable goals are set for this process."))
    steps = _steps_by_id(source)
    rows = [
        [str(row.number), row.key_node, row.lane, "\n".join(steps[row.step_id].kpis)]
        for m in source.documented_maps
        for row in source.tables.planning[m.id]
        if steps[row.step_id].kpis
    ]
    if rows:
        b.heading(2, tr("Step KPIs"))
        b.table(
            [Column(tr("No."), 12), Column(tr("Step"), 45), Column(tr("Department"), 30), Column(tr("KPI"), 83)], rows
        )
    if source.tables.metrics:
        b.paragraph(tr("Appendix B compares the metrics of the current and the target process."))


def write_records(b: ManualBuilder, source: ManualSource) -> None:
    """Every form a step uses and every record it produces, with the steps and departments concerned."""
    b.heading(1, tr("Records and forms"))
    steps = _steps_by_id(source)
    # name -> kinds / steps / departments, each an ordered set (dict keys), in first-use order
    records: dict[str, dict[str, dict[str, None]]] = {}
    for process_map in source.documented_maps:
        for row in source.tables.planning[process_map.id]:
            step = steps[row.step_id]
            for kind, names in ((tr("Form"), step.forms), (tr("Record"), step.outputs)):
                for name in names:
                    entry = records.setdefault(name, {"kinds": {}, "steps": {}, "departments": {}})
                    entry["kinds"][kind] = None
                    entry["steps"][f"{row.number} {row.key_node}"] = None
                    entry["departments"][row.lane] = None
    if not records:
        b.paragraph(tr("The steps of this process name no forms or records."))
    else:
        rows = [
            [
                str(n),
                name,
                LIST_JOINER.join(e["kinds"]),
                LIST_JOINER.join(e["steps"]),
                LIST_JOINER.join(d for d in e["departments"] if d),
            ]
            for n, (name, e) in enumerate(records.items(), start=1)
        ]
        b.table(
            [
                Column(tr("No."), 12),
                Column(tr("Record or form"), 45),
                Column(tr("Type"), 18),
                Column(tr("At steps"), 60),
                Column(tr("Department"), 35),
            ],
            rows,
        )
    related = source.project.meta.related_documents
    if related:
        b.paragraph(tr("Related documents:"), bold=True, keep_next=True)
        b.items(related)
