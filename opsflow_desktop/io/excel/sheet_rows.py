"""The rows of one worksheet, streamed from its XML with values as openpyxl gives them. No Qt.

Rows come in the order the file has them, each with its own number; rows the file leaves out are not made
up (openpyxl's read-only mode pads them, and a row numbered 99,999,999,999 then takes forever), and the
sheet's <dimension> is ignored, since a stale one drops rows and a huge one pads every row to 16,384
columns. Values: shared and inline text, numbers (int or float), booleans, dates for cells styled as
dates, a formula's cached result; a cell without a value is None. Cells right of Limits.columns are not
in the row: ``RowValues.beyond`` names the first such cell that has a value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import IO

from ...i18n import tr
from .limits import EXCEL_MAX_COLUMN, EXCEL_MAX_ROW
from .package import Workbook
from .safe_xml import StopReading, XmlRefused, parse_part

CELL_REFERENCE = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")
INTEGER = re.compile(r"-?[0-9]{1,18}")
NUMBER = re.compile(r"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]{1,3})?")


class SheetRow:
    """One row: its number in the sheet, its values from column A on, and the first cell beyond the limit."""

    __slots__ = ("number", "values", "beyond")

    def __init__(self, number: int, values: tuple[object, ...], beyond: str) -> None:
        self.number = number
        self.values = values
        self.beyond = beyond


def sheet_label(sheet: str) -> str:
    return tr("Sheet “{sheet}”", sheet=sheet)


def column_letters(column: int) -> str:
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_rows(
    workbook: Workbook,
    stream: IO[bytes],
    sheet: str,
    on_row: Callable[[SheetRow], None],
    on_chunk: Callable[[int], None] | None = None,
) -> None:
    """Call ``on_row`` for every row of the sheet's XML in ``stream`` (it may raise StopReading)."""
    _SheetParser(workbook, sheet, on_row).parse(stream, on_chunk)


class _SheetParser:
    def __init__(self, workbook: Workbook, sheet: str, on_row: Callable[[SheetRow], None]) -> None:
        self.workbook = workbook
        self.limits = workbook.limits
        self.sheet = sheet
        self.where = sheet_label(sheet)
        self.on_row = on_row
        self.row_number = 0
        self.row: dict[int, object] = {}
        self.beyond = ""
        self.in_row = False
        self.cells = 0
        self.column = 0
        self.reference = ""
        self.kind = "n"
        self.style = 0
        self.text: list[str] | None = None  # the cell's <v> or inline <t> text
        self.collecting = False
        self.length = 0
        self.has_value = False
        self.phonetic = 0

    def parse(self, stream: IO[bytes], on_chunk: Callable[[int], None] | None) -> None:
        parse_part(stream, self.where, self.limits, start=self.start, end=self.end, data=self.data, on_chunk=on_chunk)

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == "c":
            self.start_cell(attributes)
        elif tag == "v" or (tag == "t" and self.phonetic == 0 and self.kind == "inlineStr"):
            # A <v> is the value; an inline text's runs (<r><t>) add up.
            self.text = [] if self.text is None or tag == "v" else self.text
            self.has_value = self.collecting = True
        elif tag == "rPh":
            self.phonetic += 1
        elif tag == "row":
            self.start_row(attributes.get("r"))

    def end(self, tag: str) -> None:
        if tag == "c":
            self.end_cell()
        elif tag in ("v", "t"):
            self.collecting = False
        elif tag == "rPh":
            self.phonetic = max(self.phonetic - 1, 0)
        elif tag == "row":
            self.end_row()
        elif tag == "sheetData":
            raise StopReading()  # what follows (merged cells, print setup) is not needed

    def data(self, text: str) -> None:
        if self.collecting and self.text is not None and self.phonetic == 0:
            self.length += len(text)
            if self.length > self.limits.cell_text:
                raise XmlRefused(
                    tr(
                        "{where}, cell {cell}: the text is longer than {limit} characters, the most a cell can "
                        "hold; the workbook is damaged.",
                        where=self.where,
                        cell=self.reference,
                        limit=f"{self.limits.cell_text:,}",
                    )
                )
            self.text.append(text)

    def start_row(self, number: str | None) -> None:
        if self.in_row:
            self.end_row()
        if number is None:
            self.row_number += 1
        elif number.isascii() and number.isdigit() and len(number) <= 7 and 0 < int(number) <= EXCEL_MAX_ROW:
            self.row_number = int(number)
        else:
            raise XmlRefused(
                tr(
                    "{where} is damaged: it has a row numbered “{number}”; Excel's rows go from 1 to {limit}.",
                    where=self.where,
                    number=number[:20],
                    limit=f"{EXCEL_MAX_ROW:,}",
                )
            )
        self.in_row = True
        self.row = {}
        self.beyond = ""
        self.column = 0

    def start_cell(self, attributes: dict[str, str]) -> None:
        self.cells += 1
        if self.cells > self.limits.cells:
            raise XmlRefused(
                tr(
                    "{where} has more than {limit} cells, far more than any planning table; it was not read.",
                    where=self.where,
                    limit=f"{self.limits.cells:,}",
                )
            )
        if not self.in_row:
            self.start_row(None)
        reference = attributes.get("r")
        if reference is None:
            self.column += 1
        else:
            match = CELL_REFERENCE.fullmatch(reference)
            column = _column_number(match.group(1)) if match else 0
            if not match or not 0 < column <= EXCEL_MAX_COLUMN:
                raise XmlRefused(
                    tr(
                        "{where} is damaged: “{reference}” (after row {row}) is not a cell of a sheet.",
                        where=self.where,
                        reference=reference[:20],
                        row=self.row_number,
                    )
                )
            self.column = column
        self.reference = f"{column_letters(self.column)}{self.row_number}"
        self.kind = attributes.get("t", "n")
        style = attributes.get("s", "0")
        self.style = int(style) if style.isascii() and style.isdigit() and len(style) <= 9 else 0
        self.text = None
        self.collecting = False
        self.length = 0
        self.has_value = False

    def end_cell(self) -> None:
        text = "".join(self.text) if self.text is not None else None
        self.text = None
        if not self.has_value or text is None:
            return
        value = self.value(text)
        if value is None:
            return
        if self.column > self.limits.columns:
            self.beyond = self.beyond or self.reference
        else:
            self.row[self.column] = value

    def end_row(self) -> None:
        if not self.in_row:
            return
        self.in_row = False
        row = self.row
        width = max(row, default=0)
        values = tuple(row.get(column) for column in range(1, width + 1))
        self.on_row(SheetRow(self.row_number, values, self.beyond))

    def value(self, text: str) -> object:
        kind = self.kind
        if kind == "s":
            strings = self.workbook.shared_strings
            index = text.strip()
            if index.isascii() and index.isdigit() and len(index) <= 9 and int(index) < len(strings):
                return strings[int(index)]
            raise XmlRefused(
                tr(
                    "{where}, cell {cell}: it refers to text number {index}, which the workbook does not have; "
                    "the workbook is damaged.",
                    where=self.where,
                    cell=self.reference,
                    index=index[:20],
                )
            )
        if kind in ("inlineStr", "str", "e"):
            return text
        if kind == "b":
            return {"1": True, "0": False, "true": True, "false": False}.get(text.strip().lower(), text)
        if kind == "d":
            try:
                return dt.datetime.fromisoformat(text.strip())
            except ValueError:
                return text
        return self.number(text)

    def number(self, text: str) -> object:
        text = text.strip()
        if not text:
            return None
        number: int | float
        if INTEGER.fullmatch(text):
            number = int(text)
        elif NUMBER.fullmatch(text):
            number = float(text)
        else:
            return text  # not a number after all: keep what the cell says
        if self.style in self.workbook.date_styles:
            return self.date(number)
        return number

    def date(self, number: float) -> object:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

        epoch = CALENDAR_MAC_1904 if self.workbook.date1904 else CALENDAR_WINDOWS_1900
        try:
            return from_excel(number, epoch, timedelta=self.style in self.workbook.timedelta_styles)
        except (ValueError, OverflowError, ArithmeticError):
            return number  # outside the calendar: the number is all there is


def _column_number(letters: str) -> int:
    column = 0
    for letter in letters.upper():
        column = column * 26 + ord(letter) - 64
    return column
