"""Read planning tables (流程整合规划表) from a workbook, made by hand or exported by us. No Qt.

A sheet is a planning table when one of its first rows holds the template's headers (Chinese or English):
a key-node column and at least two more of stage, owner, inputs, outputs, deadline, remarks. What the
rows say is returned as plain data (ImportedTable); building or updating a map from it is
editing.table_import's job. Bad files raise TableImportError with a message a user can act on; bad rows
are reported one by one (RowProblem) and the rest is still read.

Workbooks come from anyone, so the file is read as hostile: package.py and sheet_rows.py stream its XML
through safe_xml (no DTDs or entities) with the limits of limits.py checked while reading, and whatever
goes wrong ends in a TableImportError naming the file and, where known, the sheet and cell.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any, TypeAlias

from ...i18n import tr
from ...labels import all_spellings
from ...model import StepKind
from ...model.table_rows import ImportedRow, ImportedTable, RowProblem
from ..errors import LoadError
from ..progress import Cancelled, Progress, Tracker
from ..tables import split_owner_cell
from .limits import DEFAULT_LIMITS, Limits
from .package import Workbook, not_a_workbook, open_package, read_structure
from .safe_xml import StopReading, XmlRefused
from .sheet_rows import SheetRow, read_rows, sheet_label

_log = logging.getLogger(__name__)
HEADER_SEARCH_ROWS = 10
MAX_ROWS = DEFAULT_LIMITS.rows
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # encrypted .xlsx and old .xls files are OLE compound files
SPLIT_LIST = re.compile(r"[、,，;；\n]+")
# A sheet row's values from column A on (sheet_rows.py): text, numbers, dates or None per column.
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


def read_planning_tables(
    path: str | Path, progress: Progress | None = None, limits: Limits | None = None
) -> list[ImportedTable]:
    """Every planning table in the workbook; raises TableImportError if there is none, or if the file is not
    a workbook, is damaged or passes one of ``limits`` (see limits.py), and Cancelled when progress says stop."""
    path = Path(path)
    limits = limits or DEFAULT_LIMITS
    _check_file(path)
    try:
        return _read_workbook(path, progress, limits)
    except XmlRefused as exc:
        raise TableImportError(path, exc.message) from None
    except (TableImportError, Cancelled):
        raise
    except Exception:  # noqa: BLE001 - the last line of defence: a hostile file must not reach "unexpected error"
        _log.warning("unexpected failure reading %s", path, exc_info=True)
        raise TableImportError(path, not_a_workbook()) from None


def _read_workbook(path: Path, progress: Progress | None, limits: Limits) -> list[ImportedTable]:
    workbook = open_package(path, limits)
    try:
        archive = workbook.archive
        tracker = Tracker(progress, sum(info.file_size for info in archive.infolist()))
        tracker.check()
        read_structure(workbook, tracker.advance)
        visible = [sheet for sheet in workbook.sheets if sheet.state == "visible"]
        tracker.total = max(tracker.done + sum(workbook.part_size(sheet.part) for sheet in visible), 1)
        tables: list[ImportedTable] = []
        for sheet in visible:
            table = _read_sheet(path, workbook, sheet.name, sheet.part, tracker)
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


def _check_file(path: Path) -> None:
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


def _read_sheet(path: Path, workbook: Workbook, sheet: str, part: str, tracker: Tracker) -> ImportedTable | None:
    builder = _SheetTable(path, sheet, workbook.limits)
    stream = workbook.open_part(part, sheet_label(sheet))
    with stream:
        read_rows(workbook, stream, sheet, builder.add, tracker.advance)
    return builder.table


class _SheetTable:
    """Rows in, a planning table out: the header among the first rows, then one ImportedRow per row."""

    def __init__(self, path: Path, sheet: str, limits: Limits) -> None:
        self.path = path
        self.sheet = sheet
        self.limits = limits
        self.above: list[RowValues] = []  # rows above the header: the first text in them is the title
        self.table: ImportedTable | None = None
        self.fields: dict[int, str] = {}
        self.unknown: dict[int, str] = {}
        self.header_row = 0
        self.stage = ""

    def add(self, row: SheetRow) -> None:
        if self.table is None:
            self._look_for_header(row)
            return
        if row.number - self.header_row - 1 > self.limits.rows:
            _too_long(self.path, self.sheet, self.limits)
        if row.beyond:
            raise TableImportError(
                self.path,
                tr(
                    "Sheet “{sheet}”, cell {cell}: a planning table is at most {limit} columns wide, and this "
                    "one has text further right. Move it into the table's columns or delete it, then import again.",
                    sheet=self.sheet,
                    cell=row.beyond,
                    limit=self.limits.columns,
                ),
            )
        values = row.values
        if all(v in (None, "") for v in values):
            return
        table = self.table
        cells = {name: values[c] for c, name in self.fields.items() if c < len(values)}
        # A merged stage cell (or one left blank below its first row) continues the stage above.
        self.stage = _text(cells.get("stage")) or self.stage
        name = _text(cells.get("key_node"))
        if not name:
            table.problems.append(RowProblem(self.sheet, row.number, tr("no key node (关键节点); row skipped")))
            return
        table.rows.append(_row(table, row.number, name, self.stage, cells, self.unknown, values))

    def _look_for_header(self, row: SheetRow) -> None:
        if row.number > HEADER_SEARCH_ROWS:
            raise StopReading()  # not a planning table: the rest of the sheet is not read
        found = _find_header([row.values])
        if found is None:
            self.above.append(row.values)
            return
        _, fields = found
        header = row.values
        title = next((str(v).strip() for values in self.above for v in values if v not in (None, "")), "")
        self.fields = fields
        self.unknown = {c: str(v).strip() for c, v in enumerate(header) if c not in fields and v not in (None, "")}
        self.header_row = row.number
        self.table = ImportedTable(self.sheet, title, [fields[c] for c in sorted(fields)])


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


def _too_long(path: Path, sheet: str, limits: Limits) -> None:
    raise TableImportError(
        path,
        tr(
            "Sheet “{sheet}” has more than {limit} rows. A planning table that long cannot be imported; split it "
            "into one sheet per process.",
            sheet=sheet,
            limit=f"{limits.rows:,}",
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
