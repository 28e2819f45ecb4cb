"""Read planning tables (流程整合规划表) from a workbook, made by hand or exported by us. No Qt.

A sheet is a planning table when one of its first rows holds the template's headers (Chinese or English):
a key-node column and at least two more of stage, owner, inputs, outputs, deadline, remarks. What the
rows say is returned as plain data (ImportedTable); building or updating a map from it is
editing.table_import's job. Bad files raise TableImportError with a message a user can act on; bad rows
are reported one by one (RowProblem) and the rest is still read.
"""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path
from typing import Any, TypeAlias

from ...i18n import tr
from ...labels import all_spellings
from ...model import StepKind
from ...model.table_rows import ImportedRow, ImportedTable, RowProblem
from ..errors import LoadError
from ..progress import Progress, Tracker
from ..tables import split_owner_cell

_log = logging.getLogger(__name__)
HEADER_SEARCH_ROWS = 10
MAX_ROWS = 20_000  # four times the largest map we are built for; beyond is not a planning table
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # encrypted .xlsx and old .xls files are OLE compound files
SPLIT_LIST = re.compile(r"[、,，;；\n]+")
# A sheet row as openpyxl's iter_rows(values_only=True) gives it: text, numbers, dates or None per column.
RowValues: TypeAlias = tuple[object, ...]

# Header spellings per field, compared after normalise(): ours in both languages, the template's, and
# the usual variants people type.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "number": ("序号", "编号", "步骤编号", "步骤序号", "no", "no.", "#", "number", "stepno", "stepno."),
    "stage": ("流程阶段", "阶段", "stage", "phase", "processstage"),
    "key_node": ("关键节点", "节点", "步骤", "步骤名称", "关键步骤", "活动", "keynode", "step", "activity", "task"),
    "owner": (
        "责任部门/人",
        "责任部门/责任人",
        "责任部门",
        "责任人",
        "负责人",
        "负责部门",
        "owner",
        "responsible",
        "department",
    ),
    "inputs": ("输入物", "输入", "输入资料", "inputs", "input"),
    "outputs": ("输出物", "输出", "输出资料", "outputs", "output"),
    "deadline": ("时间节点", "时限", "完成时间", "时间要求", "deadline", "timing", "due"),
    "remarks": ("备注", "说明", "remarks", "remark", "notes", "note", "comments"),
    "next": ("下一步", "下一步骤", "下一节点", "后续节点", "后续步骤", "nextstep", "nextsteps", "next"),
    "kind": ("步骤类型", "节点类型", "stepkind", "kind"),
    "processing_hours": ("处理时间", "作业时间", "processingtime"),
    "waiting_hours": ("等待时间", "waitingtime"),
    "findings": ("问题摘要", "findings"),  # printed from the map's findings; not read back
    "step_id": ("id",),
}
TEMPLATE_FIELDS = ("stage", "owner", "inputs", "outputs", "deadline", "remarks")


class TableImportError(LoadError):
    """The workbook cannot be read as planning tables; nothing was imported."""


def normalise(header: Any) -> str:
    """'Owner (department/person)' -> 'owner'; '处理时间（小时）' -> '处理时间'; spaces and case ignored."""
    text = re.sub(r"[（(][^）)]*[）)]", "", str(header or ""))
    return re.sub(r"[\s:：*]+", "", text).lower()


_ALIAS_TO_FIELD = {normalise(alias): name for name, aliases in HEADER_ALIASES.items() for alias in aliases}


def read_planning_tables(path: str | Path, progress: Progress | None = None) -> list[ImportedTable]:
    """Every planning table in the workbook; raises TableImportError if there is none."""
    path = Path(path)
    workbook = _open(path)
    try:
        tables: list[ImportedTable] = []
        for sheet in workbook.worksheets:
            if sheet.sheet_state != "visible":
                continue
            table = _read_sheet(path, sheet, progress)
            if table is not None:
                tables.append(table)
    finally:
        workbook.close()
    if not tables:
        raise TableImportError(
            path,
            tr(
                "No planning table found: none of the first {rows} rows of any sheet has the headers 流程阶段, "
                "关键节点, 责任部门/人, 输入物, 输出物, 时间节点, 备注 (or Stage, Key node, Owner, Inputs, Outputs, "
                "Deadline, Remarks).",
                rows=HEADER_SEARCH_ROWS,
            ),
        )
    return tables


def _open(path: Path) -> Any:
    from openpyxl import (
        load_workbook,  # imported here: the command line starts faster without it
    )
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise TableImportError(path, tr("The file does not exist.")) from None
    except IsADirectoryError:
        raise TableImportError(path, tr("This is a folder, not a workbook.")) from None
    except OSError as exc:
        raise TableImportError(path, tr("Could not read the file: {reason}", reason=exc.strerror or exc)) from None
    if not head:
        raise TableImportError(path, tr("The file is empty."))
    if head.startswith(OLE_MAGIC):
        raise TableImportError(
            path,
            tr(
                "The workbook is password-protected, or is an old .xls file. Open it in Excel or LibreOffice, "
                "remove the password and save it as .xlsx, then import it again."
            ),
        )
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, OSError) as exc:
        _log.info("not a workbook: %s: %r", path, exc)
        raise TableImportError(path, tr("This is not an Excel workbook (.xlsx), or it is damaged.")) from None


def _find_header(rows: list[RowValues]) -> tuple[int, dict[int, str]] | None:
    """(index of the header row, column index -> field) for the first row that looks like the template's."""
    for index, row in enumerate(rows):
        fields: dict[int, str] = {}
        for column, value in enumerate(row):
            name = _ALIAS_TO_FIELD.get(normalise(value)) if isinstance(value, str) else None
            if name and name not in fields.values():
                fields[column] = name
        found = set(fields.values())
        if "key_node" in found and len(found & set(TEMPLATE_FIELDS)) >= 2:
            return index, fields
    return None


def _read_sheet(path: Path, sheet: Any, progress: Progress | None) -> ImportedTable | None:
    rows = sheet.iter_rows(values_only=True)
    head = [row for _, row in zip(range(HEADER_SEARCH_ROWS), rows)]
    found = _find_header(head)
    if found is None:
        return None
    header_index, fields = found
    if (sheet.max_row or 0) > MAX_ROWS + HEADER_SEARCH_ROWS:
        _too_long(path, sheet.title)
    title = next((str(v).strip() for row in head[:header_index] for v in row if v not in (None, "")), "")
    unknown = {c: str(v).strip() for c, v in enumerate(head[header_index]) if c not in fields and v not in (None, "")}
    table = ImportedTable(sheet.title, title, [fields[c] for c in sorted(fields)])
    tracker = Tracker(progress, max(sheet.max_row or 0, 1))
    stage = ""
    body = [*head[header_index + 1 :], *rows]
    for offset, values in enumerate(body):
        row_number = header_index + 2 + offset
        if offset > MAX_ROWS:
            _too_long(path, sheet.title)
        if offset % 500 == 0:
            tracker.advance(500)
        cells = {name: values[c] for c, name in fields.items() if c < len(values)}
        if all(v in (None, "") for v in values):
            continue
        # A merged stage cell (or one left blank below its first row) continues the stage above.
        stage = _text(cells.get("stage")) or stage
        name = _text(cells.get("key_node"))
        if not name:
            table.problems.append(RowProblem(sheet.title, row_number, tr("no key node (关键节点); row skipped")))
            continue
        table.rows.append(_row(table, row_number, name, stage, cells, unknown, values))
    return table


def _row(
    table: ImportedTable,
    row_number: int,
    name: str,
    stage: str,
    cells: dict[str, object],
    unknown: dict[int, str],
    values: RowValues,
) -> ImportedRow:
    department, owner = split_owner_cell(_text(cells.get("owner")))
    row = ImportedRow(
        row_number,
        name,
        stage=stage,
        department=department,
        owner=owner,
        inputs=_split(cells.get("inputs"), SPLIT_LIST),
        outputs=_split(cells.get("outputs"), SPLIT_LIST),
        deadline=_text(cells.get("deadline")),
        number=_text(cells.get("number")),
        next_steps=_split(cells.get("next"), SPLIT_LIST),
        step_id=_text(cells.get("step_id")),
    )
    remarks = [_text(cells.get("remarks"))]
    # Columns we do not know are kept, not lost: "header: value" in the remarks.
    remarks += [
        f"{header}: {_text(values[c])}" for c, header in unknown.items() if c < len(values) and _text(values[c])
    ]
    row.remarks = "\n".join(r for r in remarks if r)
    kind_text = _text(cells.get("kind"))
    if kind_text:
        row.kind = _step_kind(kind_text)
        if row.kind is None:
            table.problems.append(
                RowProblem(
                    table.sheet, row_number, tr("step kind “{kind}” is not known; imported as a task", kind=kind_text)
                )
            )
    for key in ("processing_hours", "waiting_hours"):
        raw = cells.get(key)
        if raw in (None, ""):
            continue
        hours = _hours(raw)
        if hours is None:
            table.problems.append(
                RowProblem(table.sheet, row_number, tr("“{value}” is not a number of hours; ignored", value=_text(raw)))
            )
        setattr(row, key, hours)
    return row


def _too_long(path: Path, sheet: str) -> None:
    raise TableImportError(
        path,
        tr(
            "Sheet “{sheet}” has more than {limit} rows. A planning table that long cannot be imported; split it "
            "into one sheet per process.",
            sheet=sheet,
            limit=f"{MAX_ROWS:,}",
        ),
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _split(value: Any, pattern: re.Pattern[str]) -> list[str]:
    return [part.strip() for part in pattern.split(_text(value)) if part.strip()]


def _hours(value: Any) -> float | None:
    """3, 3.5, "3", "3h", "3 小时" -> hours; anything else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if 0 <= value < 1e6 else None
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(h|小时|hours?)?\s*", str(value), re.IGNORECASE)
    return float(match.group(1)) if match else None


def _step_kind(text: str) -> StepKind | None:
    key = normalise(text)
    for kind in StepKind:
        if key == kind.value or key in (normalise(label) for label in all_spellings(kind)):
            return kind
    return None
