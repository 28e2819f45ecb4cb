"""The Excel workbook a specialist hands over: a planning table (流程整合规划表) per map, the issue register,
the RACI matrix, current vs target, the goals and the interviews held (访谈记录). Rows come from io.tables,
shared with the Word manual. No Qt; written atomically, cancellable through a progress callback."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ... import __version__
from ...analysis.report import ProjectAnalysis, analyze_project
from ...i18n import tr
from ...labels import label
from ...model import FindingStatus, Project, Severity
from ..atomic import atomic_output
from ..progress import Progress, Tracker
from ..tables import (
    PlanningRow,
    ProjectTables,
    RaciRow,
    change_headers,
    goal_headers,
    interview_headers,
    issue_headers,
    metric_headers,
    planning_headers,
    project_tables,
    raci_departments,
    stage_groups,
)
from . import fast_cells
from . import styles as xs

ID_HEADER = "ID"  # the hidden last column of a planning table: lets an import find the step again
ROWS_PER_REPORT = 250
HEADER_ROW = 2  # row 1 is the title


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]
    style: str = xs.TEXT_STYLE
    hidden: bool = False  # for the import only: takes no room and sets no row height


def write_workbook(
    project: Project, path: str | Path, *, analysis: ProjectAnalysis | None = None, progress: Progress | None = None
) -> None:
    """Write the whole workbook to ``path``; raises SaveError, or Cancelled when progress says stop."""
    analysis = analysis or analyze_project(project)
    tables = project_tables(project, analysis)
    total = (
        sum(len(rows) for rows in tables.planning.values())
        + len(tables.issues)
        + sum(len(rows) for rows in tables.raci.values())
        + len(tables.metrics)
        + len(tables.changes)
        + len(tables.goals)
        + len(tables.interviews)
    )
    tracker = Tracker(progress, total + total // 4)  # the last quarter is openpyxl saving the file
    workbook = build_workbook(project, tables, tracker)
    with atomic_output(path) as tmp:
        tracker.check()
        workbook.save(tmp)
        tracker.advance(total // 4)  # inside: a cancel at this last report still leaves no file


def build_workbook(project: Project, tables: ProjectTables, tracker: Tracker) -> Workbook:
    workbook = Workbook()
    default_sheet = workbook.active
    if default_sheet is not None:  # a new workbook has one empty sheet
        workbook.remove(default_sheet)
    xs.register_styles(workbook)
    names: set[str] = set()
    for process_map in project.maps:
        _planning_sheet(
            workbook,
            xs.safe_sheet_title(process_map.name, names),
            project,
            process_map.name,
            tables.planning[process_map.id],
            tracker,
        )
    _issue_sheet(workbook, xs.safe_sheet_title(tr("Issue register"), names), project, tables, tracker)
    for process_map in project.maps:  # one per map, like the planning tables: its steps x the departments
        _raci_sheet(
            workbook,
            xs.safe_sheet_title(tr("RACI · {map}", map=process_map.name), names),
            project,
            process_map.name,
            tables.raci[process_map.id],
            tracker,
        )
    _metrics_sheet(workbook, xs.safe_sheet_title(tr("Current vs target"), names), project, tables, tracker)
    _changes_sheet(workbook, xs.safe_sheet_title(tr("Change list"), names), project, tables, tracker)
    _goals_sheet(workbook, xs.safe_sheet_title(tr("Goals and KPIs"), names), project, tables, tracker)
    _interviews_sheet(workbook, xs.safe_sheet_title(tr("Interviews"), names), project, tables, tracker)
    properties = workbook.properties
    properties.title = project.meta.title or tr("Process planning tables")
    properties.subject = tr("Process planning tables")
    properties.creator = project.meta.process_owner or "OpsFlow Desktop"
    properties.lastModifiedBy = f"OpsFlow Desktop {__version__}"
    properties.identifier = project.meta.document_number or None
    properties.version = project.meta.version
    return workbook


def _title(project: Project, what: str) -> str:
    """商品上架流程优化项目 · 流程整合规划表 · 文件编号 OPS-001 · 版本 V1.0"""
    meta = project.meta
    parts = [meta.title or tr("(untitled)"), what]
    if meta.document_number:
        parts.append(tr("Document No. {number}", number=meta.document_number))
    parts.append(tr("Version {version}", version=meta.version))
    return " · ".join(parts)


def _write_rows(
    sheet: Worksheet,
    columns: Sequence[Column],
    rows: Sequence[Any],
    tracker: Tracker,
    widths: xs.WidthTracker,
    heights: xs.HeightTracker,
    first_row: int = HEADER_ROW + 1,
) -> int:
    """Fill the table body; returns the last row written.

    Only cells with a value are written; xs.draw_grid draws the empty ones. The cells of a column share one
    style record (io/excel/fast_cells says why): change one cell's look only through fast_cells.own_style.
    """
    styles = [fast_cells.style_record(sheet, column.style) for column in columns]
    getters = [column.value for column in columns]
    hidden = [column.hidden for column in columns]
    width_of = widths.widths
    row_index = first_row - 1
    for count, row in enumerate(rows, start=1):
        row_index = first_row + count - 1
        for index, getter in enumerate(getters):
            value = getter(row)
            if value is None or value == "":
                continue
            xs.set_value(fast_cells.put(sheet, row_index, index + 1, styles[index]), value)
            if hidden[index]:
                continue
            if not isinstance(value, str):
                widths.see(index, value)
            elif 2 * len(value) + 2 > width_of[index] or "\n" in value:  # could widen or wrap
                widths.see(index, value)
                heights.see(row_index, index, value)
        if count % ROWS_PER_REPORT == 0:
            tracker.advance(ROWS_PER_REPORT)
    tracker.advance(len(rows) % ROWS_PER_REPORT)
    return row_index


def _table_sheet(
    workbook: Workbook, name: str, title: str, columns: Sequence[Column], rows: Sequence[Any], tracker: Tracker
) -> tuple[Worksheet, int]:
    sheet = workbook.create_sheet(name)
    xs.write_title(sheet, title, len(columns))
    xs.write_header(sheet, HEADER_ROW, [c.header for c in columns])
    widths = xs.WidthTracker([c.header for c in columns])
    heights = xs.HeightTracker()
    last = _write_rows(sheet, columns, rows, tracker, widths, heights)
    widths.apply(sheet)
    heights.apply(sheet, widths.widths)
    xs.finish_sheet(sheet, HEADER_ROW, len(columns), last)
    return sheet, last


def _grid(sheet: Worksheet, columns: int, last: int) -> None:
    """Borders for the empty cells; added after a sheet's own conditional colours (see xs.draw_grid)."""
    xs.draw_grid(sheet, HEADER_ROW, columns, last)


# ------------------------------------------------------------------ the sheets
def _planning_sheet(
    workbook: Workbook, name: str, project: Project, map_name: str, rows: list[PlanningRow], tracker: Tracker
) -> None:
    headers = planning_headers()
    hours = {"processing_hours", "waiting_hours"}
    columns = [
        Column(
            header,
            attrgetter(attr),
            xs.NUMBER_STYLE if attr in hours else xs.CENTER_STYLE if attr == "number" else xs.TEXT_STYLE,
        )
        for attr, header in headers.items()
    ]
    # Hidden: what an import needs to rebuild the map (the flows, and which step a row is).
    columns.append(Column(tr("Next step"), attrgetter("next_steps"), hidden=True))
    columns.append(Column(ID_HEADER, attrgetter("step_id"), hidden=True))
    sheet, _ = _table_sheet(
        workbook, name, _title(project, tr("Planning table: {map}", map=map_name)), columns, rows, tracker
    )
    for hidden in (len(columns) - 1, len(columns)):
        sheet.column_dimensions[get_column_letter(hidden)].hidden = True
    _grid(sheet, len(columns), HEADER_ROW + len(rows))
    stage_column = list(headers).index("stage") + 1
    first = HEADER_ROW + 1
    for _, group in stage_groups(rows):  # stage cells merged vertically, as in the template
        for offset in range(1, len(group)):
            sheet.cell(row=first + offset, column=stage_column).value = None  # only the first cell shows
        xs.merge_vertically(sheet, stage_column, first, first + len(group) - 1)
        xs.set_style(xs.plain_cell(sheet, first, stage_column), xs.CENTER_STYLE)
        first += len(group)


def _issue_sheet(workbook: Workbook, name: str, project: Project, tables: ProjectTables, tracker: Tracker) -> None:
    headers = issue_headers()
    centred = {"number", "priority"}  # the priority is a rank (1 = fix first), centred like the numbers
    columns = [
        Column(
            header,
            attrgetter(attr),
            xs.DATE_STYLE if attr == "due_date" else xs.CENTER_STYLE if attr in centred else xs.TEXT_STYLE,
        )
        for attr, header in headers.items()
    ]
    sheet, last = _table_sheet(workbook, name, _title(project, tr("Issue register")), columns, tables.issues, tracker)
    keys = list(headers)
    # Room below the findings for rows typed in by hand, which get the same drop-downs and colours.
    end = max(last, HEADER_ROW) + 200
    for attr, choices in (
        ("severity_label", [label(s) for s in Severity]),
        ("status_label", [label(s) for s in FindingStatus]),
    ):
        letter = get_column_letter(keys.index(attr) + 1)
        validation = DataValidation(
            type="list",
            formula1='"' + ",".join(choices) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=headers[attr],
            error=tr("Choose one of: {choices}", choices="、".join(choices)),
        )
        validation.add(f"{letter}{HEADER_ROW + 1}:{letter}{end}")
        sheet.add_data_validation(validation)
    severity_letter = get_column_letter(keys.index("severity_label") + 1)
    whole_rows = f"A{HEADER_ROW + 1}:{get_column_letter(len(columns))}{end}"
    for severity in Severity:  # conditional, so a severity changed in the sheet recolours its row
        rule = xs.formula_rule(
            [f'${severity_letter}{HEADER_ROW + 1}="{label(severity)}"'],
            fill=xs.severity_fill(severity),
            border=xs.grid_border(),
        )
        sheet.conditional_formatting.add(whole_rows, rule)
    _grid(sheet, len(columns), last)


def _raci_sheet(
    workbook: Workbook, name: str, project: Project, map_name: str, rows: list[RaciRow], tracker: Tracker
) -> None:
    departments = raci_departments(project)
    columns = [Column(tr("No."), lambda row: row.number, xs.CENTER_STYLE), Column(tr("Step"), lambda row: row.step)]
    sheet = workbook.create_sheet(name)
    headers = [c.header for c in columns] + [dept_name for _, dept_name in departments] + [tr("Check: exactly one A")]
    xs.write_title(sheet, _title(project, tr("RACI matrix: {map}", map=map_name)), len(headers))
    xs.write_header(sheet, HEADER_ROW, headers)
    widths = xs.WidthTracker(headers)
    # The step columns go through the usual writer; the check column sits after the departments.
    problem_column = len(headers)
    last = _write_rows(sheet, columns, rows, tracker, widths, xs.HeightTracker())
    letters = fast_cells.style_record(sheet, xs.CENTER_STYLE)
    text = fast_cells.style_record(sheet, xs.TEXT_STYLE)
    for offset, row in enumerate(rows):
        index = HEADER_ROW + 1 + offset
        for column, letter in enumerate(row.letters, start=len(columns) + 1):
            if letter:  # most of a 5,000 x 20 matrix is empty; the grid rule draws those cells
                fast_cells.put(sheet, index, column, letters).value = letter
        if row.problem:
            cell = fast_cells.own_style(fast_cells.put(sheet, index, problem_column, text))
            xs.set_value(cell, row.problem)
            cell.fill = xs.fill(xs.WORSE_FILL)
            widths.see(problem_column - 1, row.problem)
    widths.apply(sheet)
    xs.finish_sheet(sheet, HEADER_ROW, len(headers), last)
    _grid(sheet, len(headers), last)


def _metrics_sheet(workbook: Workbook, name: str, project: Project, tables: ProjectTables, tracker: Tracker) -> None:
    headers = metric_headers()
    ratio = "value_added_ratio"
    columns = [
        Column(headers["comparison"], lambda row: row.comparison),
        Column(headers["metric"], lambda row: row.metric),
        Column(headers["current"], lambda row: row.current, xs.NUMBER_STYLE),
        Column(headers["target"], lambda row: row.target, xs.NUMBER_STYLE),
        Column(headers["change"], lambda row: row.change, xs.NUMBER_STYLE),
        Column(
            headers["change_percent"],
            lambda row: None if row.change_percent is None else row.change_percent / 100,
            xs.NUMBER_STYLE,
        ),
    ]
    sheet, last = _table_sheet(
        workbook, name, _title(project, tr("Current vs target")), columns, tables.metrics, tracker
    )
    _grid(sheet, len(columns), last)
    for offset, row in enumerate(tables.metrics):
        index = HEADER_ROW + 1 + offset
        if row.key == ratio:
            for column in (3, 4, 5):
                fast_cells.own_style(sheet.cell(row=index, column=column)).number_format = "0.0%"
        fast_cells.own_style(sheet.cell(row=index, column=6)).number_format = "0.0%"
        if row.better is not None:
            fast_cells.own_style(sheet.cell(row=index, column=5)).fill = xs.fill(
                xs.BETTER_FILL if row.better else xs.WORSE_FILL
            )


def _changes_sheet(workbook: Workbook, name: str, project: Project, tables: ProjectTables, tracker: Tracker) -> None:
    headers = change_headers()
    columns = [Column(header, attrgetter(attr)) for attr, header in headers.items()]
    sheet, last = _table_sheet(workbook, name, _title(project, tr("Change list")), columns, tables.changes, tracker)
    _grid(sheet, len(columns), last)


def _goals_sheet(workbook: Workbook, name: str, project: Project, tables: ProjectTables, tracker: Tracker) -> None:
    headers = goal_headers()
    numbers = {"baseline", "target", "measured"}
    columns = [
        Column(header, attrgetter(attr), xs.NUMBER_STYLE if attr in numbers else xs.TEXT_STYLE)
        for attr, header in headers.items()
    ]
    sheet, last = _table_sheet(workbook, name, _title(project, tr("Goals and KPIs")), columns, tables.goals, tracker)
    _grid(sheet, len(columns), last)
    status_column = list(headers).index("status_label") + 1
    for offset, row in enumerate(tables.goals):
        cell = fast_cells.own_style(sheet.cell(row=HEADER_ROW + 1 + offset, column=status_column))
        cell.fill = xs.fill(xs.STATUS_FILLS[row.status.value])


def _interviews_sheet(workbook: Workbook, name: str, project: Project, tables: ProjectTables, tracker: Tracker) -> None:
    """访谈记录: every interview and workshop, and the findings whose evidence cites it. Present when none was
    recorded too, like the other registers: a header for rows typed in by hand."""
    headers = interview_headers()
    # The count is centred like the numbers, not NUMBER_STYLE: Excel shows a whole number in "0.##" as "3.".
    centred = {"number", "kind_label", "finding_count"}
    styles = {attr: xs.CENTER_STYLE for attr in centred} | {"date": xs.DATE_STYLE}
    columns = [Column(header, attrgetter(attr), styles.get(attr, xs.TEXT_STYLE)) for attr, header in headers.items()]
    sheet, last = _table_sheet(
        workbook, name, _title(project, tr("Interviews and workshops held")), columns, tables.interviews, tracker
    )
    _grid(sheet, len(columns), last)
