"""The manual's appendices: the issue register, current versus target with the change list and chart, and the
interviews and workshops held."""

from __future__ import annotations

from itertools import groupby

from ...i18n import tr
from ...labels import format_metric
from ...model import InterviewKind, Severity
from ...model.traits import severity
from ..tables import LIST_JOINER, InterviewRow, MetricRow
from .body import ManualSource
from .builder import ManualBuilder
from .ooxml import Column
from .page_plan import placed_size_mm

BETTER_FILL, WORSE_FILL = "C6EFCE", "FFC7CE"


def severity_fill(value: Severity) -> str:
    """The severity's colour (one palette with the window and the workbook), as Word writes it."""
    return severity(value).fill.lstrip("#").upper()


def write_issue_register(b: ManualBuilder, source: ManualSource) -> None:
    """Every finding of every map, on landscape pages (the register is wide)."""
    issues = source.tables.issues
    b.page_setup(bool(issues))
    b.heading(1, tr("Issue register"))
    if not issues:
        b.paragraph(tr("No findings are marked on the maps."))
        return
    # The priority column only once a workshop (or someone) has ranked a finding; its room comes from the
    # widest text columns, so the register still fits the landscape page.
    ranked = any(issue.priority is not None for issue in issues)
    narrower = 4 if ranked else 0
    columns = [
        Column(tr("No."), 12),
        Column(tr("Type"), 17),
        Column(tr("Map"), 26),
        Column(tr("Where"), 28),
        Column(tr("Severity"), 14),
        *([Column(tr("Priority"), 12)] if ranked else []),
        Column(tr("Issue"), 50 - narrower),
        Column(tr("Evidence"), 28 - narrower),
        Column(tr("Owner"), 18),
        Column(tr("Action"), 30 - narrower),
        Column(tr("Status"), 14),
        Column(tr("Due date"), 20),
    ]  # wide enough for 2026-10-15 on one line
    rows, fills = [], []
    for issue in issues:
        text = "\n".join(filter(None, [issue.title, issue.description]))
        priority = [str(issue.priority) if issue.priority is not None else ""] if ranked else []
        rows.append(
            [
                str(issue.number),
                issue.type_label,
                issue.map_name,
                issue.location,
                issue.severity_label,
                *priority,
                text,
                issue.evidence,
                issue.owner,
                issue.action,
                issue.status_label,
                issue.due_date.isoformat() if issue.due_date else "",
            ]
        )
        fills.append(["", "", "", "", severity_fill(issue.severity), *([""] * len(priority)), "", "", "", "", "", ""])
    b.table(columns, rows, fills=fills)


def change_text(row: MetricRow) -> str:
    if row.key == "value_added_ratio":
        return tr("{points} percentage points", points=f"{row.change * 100:+.1f}")
    return f"{row.change:+g}"


def _metric_cells(row: MetricRow) -> list[str]:
    percent = "" if row.change_percent is None else f"{row.change_percent:+g}%"
    return [
        row.metric,
        format_metric(row.key, row.current),
        format_metric(row.key, row.target),
        change_text(row),
        percent,
    ]


def write_comparison(b: ManualBuilder, source: ManualSource) -> None:
    """Metrics current -> target (better in green, worse in red), the bar chart and the change list."""
    b.page_setup(False)
    b.heading(1, tr("Current versus target"))
    tables = source.tables
    if not tables.metrics:
        b.paragraph(tr("The project has no target map designed from a current map, so there is nothing to compare."))
        return
    b.heading(2, tr("Metrics"))
    columns = [
        Column(tr("Metric"), 62),
        Column(tr("Current map"), 27),
        Column(tr("Target map"), 27),
        Column(tr("Change"), 27),
        Column(tr("Change (%)"), 27),
    ]
    for comparison, metric_group in groupby(tables.metrics, key=lambda r: r.comparison):
        metrics = list(metric_group)
        b.paragraph(comparison, bold=True, keep_next=True)
        fills = [["", "", "", "" if r.better is None else BETTER_FILL if r.better else WORSE_FILL, ""] for r in metrics]
        b.table(columns, [_metric_cells(r) for r in metrics], fills=fills)
    chart = source.images.chart
    if chart is not None:
        width, height, _ = placed_size_mm(chart, (b.text_width_mm, 120.0))
        b.figure(chart, width, height, tr("Metrics of the current and the target process"))
    b.heading(2, tr("Change list"))
    columns = [
        Column(tr("Change"), 16),
        Column(tr("Current steps"), 38),
        Column(tr("Target steps"), 38),
        Column(tr("What changed"), 30),
        Column(tr("Summary"), 48),
    ]
    for comparison, change_group in groupby(tables.changes, key=lambda r: r.comparison):
        changes = list(change_group)
        changed = [r for r in changes if r.kind != "kept"]
        b.paragraph(comparison, bold=True, keep_next=True)
        kept = len(changes) - len(changed)
        if kept:
            b.paragraph(
                tr("{count} steps are kept as they are; the table lists the others.", count=kept)
                if changed
                else tr("All {count} steps are kept as they are.", count=kept),
                keep_next=True,
            )
        if changed:
            b.table(columns, [[r.kind_label, r.current_steps, r.target_steps, r.fields, r.summary] for r in changed])


def write_interviews(b: ManualBuilder, source: ManualSource) -> None:
    """访谈与研讨会记录: whom the process was mapped with, and what each raised; only when some were recorded."""
    interviews = source.tables.interviews
    if not interviews:
        return
    b.heading(1, tr("Interviews and workshops held"), new_page=not b.page_setup(False))
    workshops = sum(row.kind is InterviewKind.WORKSHOP for row in interviews)
    b.paragraph(
        tr(
            "Interviews held: {interviews}; workshops held: {workshops}. The findings each raised are numbered as "
            "in the issue register.",
            interviews=len(interviews) - workshops,
            workshops=workshops,
        )
    )
    columns = [
        Column(tr("No."), 10),
        Column(tr("Date"), 22),  # 2026-10-15 on one line
        Column(tr("Who"), 32),
        Column(tr("Department"), 22),
        Column(tr("Held as"), 36),
        Column(tr("Findings raised"), 48),
    ]
    records = {i.id: i for i in source.project.interviews}
    rows = []
    for row in interviews:
        held_as = (
            tr("{what} ({occasion})", what=row.kind_label, occasion=row.occasion) if row.occasion else row.kind_label
        )
        who, department = row.speaker, row.department
        if row.attendee_count and not who:  # a workshop: who took part is the table below
            who = tr("{count} people (see below)", count=row.attendee_count)
            attended = [a.department for a in records[row.interview_id].attendees if a.department]
            department = department or LIST_JOINER.join(dict.fromkeys(attended))
        rows.append(
            [
                str(row.number),
                row.date.isoformat() if row.date else "",
                who,
                department,
                held_as,
                row.findings or tr("(none)"),
            ]
        )
    b.table(columns, rows)
    _workshops_held(b, [row for row in interviews if row.kind is InterviewKind.WORKSHOP])


def _workshops_held(b: ManualBuilder, workshops: list[InterviewRow]) -> None:
    """Which workshops were held, under the numbers of the table above: title, who took part, how much the room
    decided and agreed to do (the minutes of each hold the details)."""
    if not workshops:
        return
    b.paragraph(tr("Workshops held"), bold=True, keep_next=True)
    columns = [
        Column(tr("No."), 10),
        Column(tr("Workshop"), 44),
        Column(tr("Attendees"), 80),
        Column(tr("Decisions taken"), 18),
        Column(tr("Actions agreed"), 18),
    ]
    rows = []
    for row in workshops:
        title = row.title or row.kind_label
        attendees = (
            tr("{count} people: {names}", count=row.attendee_count, names=row.attendees) if row.attendee_count else ""
        )
        rows.append([str(row.number), title, attendees or row.speaker, str(row.decision_count), str(row.action_count)])
    b.table(columns, rows)
