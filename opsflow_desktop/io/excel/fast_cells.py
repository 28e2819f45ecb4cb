"""The one place the exporter goes behind openpyxl's public API, and why.

A 5,000-step project writes about 80,000 cells. Through the public API (``sheet.cell(...)``, ``cell.style =
name``, ``cell.value = text``) filling them takes about 1.1 s on the reference machine, because the style is
looked up by name for every cell and the text is scanned again for a formula; building the cell here and
sharing one style record per column takes 0.4 s: a third of the whole export (``make bench``,
"Excel export").

What this relies on (openpyxl 3.1, pinned in constraints.txt): a worksheet keeps its cells in ``_cells`` keyed
by (row, column); a cell's look is the ``StyleArray`` in ``_style``; a named style's record is
``Workbook._named_styles[name].as_tuple()``; ``_value`` with ``data_type = "s"`` is plain text.
tests/io/test_excel_fast_cells.py saves cells written both ways and compares them, so an openpyxl that changes
any of this fails there, not in a department head's workbook."""

from __future__ import annotations

from copy import copy
from typing import Protocol, TypeVar, cast

from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.named_styles import NamedStyleList
from openpyxl.styles.styleable import StyleableObject
from openpyxl.worksheet.worksheet import Worksheet

# ruff: noqa: SLF001 - the private attributes are this module's subject, see above


class _WorkbookPrivate(Protocol):
    """The private attribute of ``Workbook`` read here; types-openpyxl does not declare it."""

    _named_styles: NamedStyleList


class _StyledPrivate(Protocol):
    """The private slot of a cell (``StyleableObject``) used here; types-openpyxl does not declare it."""

    _style: StyleArray


class _CellPrivate(_StyledPrivate, Protocol):
    """The private slots of ``Cell`` written here; types-openpyxl does not declare them."""

    _value: object


_Styled = TypeVar("_Styled", bound=StyleableObject)


def style_record(sheet: Worksheet, style_name: str) -> StyleArray:
    """The style record ``cell.style = style_name`` would assign, to share between many cells."""
    workbook = sheet.parent
    if workbook is None:
        raise ValueError(f"sheet {sheet.title!r} belongs to no workbook, so it has no named styles")
    return copy(cast(_WorkbookPrivate, workbook)._named_styles[style_name].as_tuple())


def put(sheet: Worksheet, row: int, column: int, record: StyleArray) -> Cell:
    """A new cell at (row, column) sharing ``record``: change its look only through ``own_style``."""
    cell = Cell(sheet, row, column)
    cast(_CellPrivate, cell)._style = record
    sheet._cells[row, column] = cell
    return cell


def own_style(cell: _Styled) -> _Styled:
    """Give a cell its own style record before changing it, so a shared one does not restyle a whole column."""
    private = cast(_StyledPrivate, cell)
    private._style = copy(private._style)
    return cell


def set_text(cell: Cell, text: str) -> None:
    """Text as text: the public setter would scan it again and turn "=..." into a formula."""
    cast(_CellPrivate, cell)._value = text
    cell.data_type = "s"
