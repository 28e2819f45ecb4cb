"""How every sheet of the exported workbook looks: header, borders, wrapping, widths, print set-up, and
the one rule that keeps user text from turning into a formula. openpyxl only, no project knowledge."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from typing import TypeAlias

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.formatting.rule import FormulaRule, Rule
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.header_footer import HeaderFooterItem
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ...model import Severity
from ...model.traits import severity
from . import fast_cells

FONT_NAME = "微软雅黑"  # what Chinese offices expect; LibreOffice substitutes a CJK font where it is missing
SHEET_HEADING_FILL = "1F4E79"
TITLE_STYLE, HEADER_STYLE, TEXT_STYLE, NUMBER_STYLE, DATE_STYLE, CENTER_STYLE = (
    "opsflow-title",
    "opsflow-header",
    "opsflow-text",
    "opsflow-number",
    "opsflow-date",
    "opsflow-center",
)
STATUS_FILLS = {"green": "C6EFCE", "yellow": "FFEB9C", "red": "FFC7CE", "unknown": "EDEDED"}
BETTER_FILL, WORSE_FILL = "C6EFCE", "FFC7CE"

# A spreadsheet treats text starting with these as a formula when typed (the full-width forms too: an East
# Asian Excel reads ＝ as =); ours must stay text.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
MAX_CELL_TEXT = 32_767  # Excel's limit per cell
# Column widths in characters; longer text wraps. Narrow enough that a planning table printed one page
# wide on A4 landscape keeps its text at about 7 pt.
MAX_WIDTH, MIN_WIDTH = 20, 6

# What the tables put in a cell (io.tables' rows): text, numbers, dates, or nothing.
CellValue: TypeAlias = str | int | float | dt.date | dt.datetime | None


def grid_border() -> Border:
    thin = Side(style="thin", color="A6A6A6")
    return Border(left=thin, right=thin, top=thin, bottom=thin)


def register_styles(workbook: Workbook) -> None:
    """Named styles: one style record per kind of cell, which also keeps writing 5,000 rows fast."""
    border = grid_border()
    body = Font(name=FONT_NAME, size=10)
    wrap_top = Alignment(wrap_text=True, vertical="top")
    styles = [
        NamedStyle(
            TITLE_STYLE,
            font=Font(name=FONT_NAME, size=14, bold=True),
            alignment=Alignment(vertical="center", wrap_text=True),
        ),
        NamedStyle(
            HEADER_STYLE,
            font=Font(name=FONT_NAME, size=10, bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor=SHEET_HEADING_FILL),
            border=border,
            alignment=Alignment(wrap_text=True, horizontal="center", vertical="center"),
        ),
        NamedStyle(TEXT_STYLE, font=body, border=border, alignment=wrap_top),
        NamedStyle(NUMBER_STYLE, font=body, border=border, alignment=Alignment(vertical="top"), number_format="0.##"),
        NamedStyle(
            DATE_STYLE, font=body, border=border, alignment=Alignment(vertical="top"), number_format="yyyy-mm-dd"
        ),
        NamedStyle(
            CENTER_STYLE,
            font=body,
            border=border,
            alignment=Alignment(wrap_text=True, horizontal="center", vertical="center"),
        ),
    ]
    for style in styles:
        workbook.add_named_style(style)


def clean_text(text: str) -> str:
    """Text a workbook can hold: no control characters (openpyxl refuses them), within Excel's cell limit."""
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text if len(text) <= MAX_CELL_TEXT else text[: MAX_CELL_TEXT - 1] + "…"


def reads_as_formula(text: str) -> bool:
    """Whether a spreadsheet program could take ``text`` for a formula once a user edits the cell: it starts
    with a trigger, or with blanks or control characters before one."""
    return text.startswith(FORMULA_TRIGGERS) or text.lstrip(" \u3000\x0b\x0c").startswith(FORMULA_TRIGGERS)


def set_value(cell: Cell, value: CellValue) -> None:
    """Write a value; text is always text, never a formula (formula injection), whatever it starts with.
    Set a cell's named style before its value (or through ``set_style``): a style assigned afterwards drops
    the quote prefix."""
    if isinstance(value, str):
        text = clean_text(value)  # decided on what is written: a removed control character may uncover "="
        fast_cells.set_text(cell, text)
        if reads_as_formula(text):
            fast_cells.own_style(cell).quotePrefix = True  # a spreadsheet program keeps it text when the cell is edited
    else:
        cell.value = value


def set_style(cell: Cell, style: str) -> None:
    """Give a written cell a named style, keeping the quote prefix its text needs."""
    fast_cells.own_style(cell).style = style
    if isinstance(cell.value, str) and reads_as_formula(cell.value):
        cell.quotePrefix = True


def display_width(text: str) -> int:
    """Columns a line needs: Chinese (East Asian wide) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fast_width(text: str) -> int:
    """display_width, approximately and ten times faster: a CJK character is 3 bytes in UTF-8, ASCII one."""
    return len(text) + (len(text.encode("utf-8")) - len(text)) // 2


class WidthTracker:
    """The widest line seen per column, to size columns to their content."""

    def __init__(self, headers: Sequence[str]) -> None:
        # Headers wrap onto two lines, so they ask for half their width.
        self.widths = [max(-(-display_width(h) // 2) + 2, MIN_WIDTH) for h in headers]

    def see(self, column: int, value: object) -> None:
        current = self.widths[column]
        if value is None or current >= MAX_WIDTH:
            return
        if isinstance(value, (dt.date, dt.datetime)):
            width = 11
        else:
            text = value if isinstance(value, str) else f"{value:g}" if isinstance(value, float) else str(value)
            lines = text.split("\n") if "\n" in text else (text,)
            width = max(_fast_width(line) for line in lines) + 2
        if width > self.widths[column]:
            self.widths[column] = min(width, MAX_WIDTH)

    def apply(self, sheet: Worksheet) -> None:
        """Set the column widths, and give the title row (write_title) the lines its text needs when the
        table is narrower than the title: a merged cell clips, on screen and on paper."""
        for index, width in enumerate(self.widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        title = sheet.cell(row=1, column=1).value
        if isinstance(title, str):
            needed = display_width(title) * 1.5  # 14-point bold against the 10-point column unit
            lines = -(-int(needed) // max(sum(self.widths), 1))
            if lines > 1:
                sheet.row_dimensions[1].height = 8 + 20 * lines


class HeightTracker:
    """Row heights for wrapped text. Spreadsheet programs do not reliably grow a row to its wrapped text
    when they open a file (LibreOffice does not), so the rows are given their height here."""

    LINE_HEIGHT = 13.5  # points per line of 10-point text

    def __init__(self) -> None:
        self._texts: dict[int, list[tuple[int, str]]] = {}

    def see(self, row: int, column: int, text: str) -> None:
        self._texts.setdefault(row, []).append((column, text))

    def apply(self, sheet: Worksheet, widths: list[int]) -> None:
        for row, texts in self._texts.items():
            lines = max(_lines(text, widths[column] - 1) for column, text in texts)
            if lines > 1:
                sheet.row_dimensions[row].height = min(lines, 30) * self.LINE_HEIGHT + 3


def _lines(text: str, width: int) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide."""
    width = max(width, 1)
    return sum(max(1, -(-_fast_width(line) // width)) for line in text.split("\n"))


def plain_cell(sheet: Worksheet, row: int, column: int) -> Cell:
    """``sheet.cell`` for a cell no merged range covers, which openpyxl types ``Cell | MergedCell``."""
    cell = sheet.cell(row=row, column=column)
    if not isinstance(cell, Cell):
        raise ValueError(f"cell {cell.coordinate} is covered by a merged range")
    return cell


def write_title(sheet: Worksheet, title: str, columns: int) -> None:
    """A title row above the header, merged across the table, as on the template."""
    cell = plain_cell(sheet, 1, 1)
    cell.style = TITLE_STYLE
    set_value(cell, title)
    sheet.row_dimensions[1].height = 28
    if columns > 1:
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)


def write_header(sheet: Worksheet, row: int, headers: Sequence[str]) -> None:
    for column, header in enumerate(headers, start=1):
        cell = plain_cell(sheet, row, column)
        cell.style = HEADER_STYLE
        set_value(cell, header)
    sheet.row_dimensions[row].height = 30


def finish_sheet(sheet: Worksheet, header_row: int, columns: int, last_row: int) -> None:
    """Frozen header, auto-filter, and an A4 landscape print fitting the width with the header repeated."""
    last_column = get_column_letter(columns)
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1).coordinate
    sheet.auto_filter.ref = f"A{header_row}:{last_column}{max(last_row, header_row)}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as needed
    page_setup = sheet.sheet_properties.pageSetUpPr
    if page_setup is None:  # openpyxl creates one with the sheet; its type allows none
        page_setup = sheet.sheet_properties.pageSetUpPr = PageSetupProperties()
    page_setup.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.25
    footer, header = sheet.oddFooter, sheet.oddHeader
    if footer is None:  # likewise created with the sheet (and falsy while empty: hence no `or`)
        footer = sheet.oddFooter = HeaderFooterItem()
    if header is None:
        header = sheet.oddHeader = HeaderFooterItem()
    footer.center.text = "&P / &N"
    header.right.text = "&A"


def merge_vertically(sheet: Worksheet, column: int, first_row: int, last_row: int) -> None:
    """Merge a column's cells. Unlike openpyxl's merge_cells, this keeps the covered cells' own borders
    (which is what Excel writes itself) instead of recomputing them cell by cell: 2.4 s on 5,000 rows."""
    if last_row > first_row:
        letter = get_column_letter(column)
        sheet.merged_cells.add(MergedCellRange(sheet, f"{letter}{first_row}:{letter}{last_row}"))


def draw_grid(sheet: Worksheet, header_row: int, columns: int, last_row: int) -> None:
    """Borders for a table's empty cells, which are not written at all (see excel._write_rows): a
    conditional format that always applies draws them, in Excel and LibreOffice, on screen and on paper.

    It must be a sheet's last rule: LibreOffice applies only the first rule that matches a cell, so
    colour rules come first and carry the border themselves.
    """
    if last_row > header_row:
        body = f"A{header_row + 1}:{get_column_letter(columns)}{last_row}"
        sheet.conditional_formatting.add(body, formula_rule(["TRUE"], border=grid_border()))


def formula_rule(formula: list[str], *, border: Border, fill: PatternFill | None = None) -> Rule:
    """openpyxl's FormulaRule (a rule applying when the formula is true), with its parameters typed."""
    rule: Rule = FormulaRule(  # type: ignore[no-untyped-call]  # unannotated in types-openpyxl
        formula=formula, fill=fill, border=border
    )
    return rule


def severity_fill(value: Severity) -> PatternFill:
    """The severity's colour: one palette with the window and the manual (model/traits.py)."""
    return fill(severity(value).fill.lstrip("#").upper())


def fill(color: str) -> PatternFill:
    return PatternFill("solid", fgColor=color)


def safe_sheet_title(title: str, taken: set[str]) -> str:
    """A sheet name Excel accepts: no []:*?/\\, at most 31 characters, unique in the workbook."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in ILLEGAL_CHARACTERS_RE.sub("", title)).strip("'")
    cleaned = cleaned[:31] or "Sheet"
    candidate, number = cleaned, 2
    while candidate.lower() in {t.lower() for t in taken}:
        suffix = f" {number}"
        candidate, number = cleaned[: 31 - len(suffix)] + suffix, number + 1
    taken.add(candidate)
    return candidate
