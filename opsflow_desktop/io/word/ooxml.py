"""WordprocessingML written as text and parsed once: tables, paragraphs, fields and bookmarks for io.word.

python-docx's object API costs tens of microseconds per cell and per style lookup; a 5,000-step manual has
some 50,000 cells. Building each table's XML as one string and letting lxml parse it is linear and about
twenty times faster, and the result is ordinary python-docx content (``Document.tables`` reads it back).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.xmlchemy import BaseOxmlElement

TWIPS_PER_MM = 1440 / 25.4
W_DECLS = nsdecls("w", "r")
# Characters XML 1.0 cannot hold (control characters other than tab, newline and carriage return).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def esc(text: object) -> str:
    """Text made safe for an XML text node or attribute."""
    value = _INVALID_XML.sub("", str(text))
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


# ------------------------------------------------------------------ runs and paragraphs
def run(text: str, *, bold: bool = False, colour: str = "", size_pt: float | None = None) -> str:
    """One run; line breaks in ``text`` become <w:br/>."""
    props = (
        ("<w:b/>" if bold else "")
        + (f'<w:color w:val="{colour}"/>' if colour else "")
        + (f'<w:sz w:val="{round(size_pt * 2)}"/><w:szCs w:val="{round(size_pt * 2)}"/>' if size_pt else "")
    )
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    lines = esc(text).split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{line}</w:t>' for line in lines)
    return f"<w:r>{rpr}{body}</w:r>"


def paragraph(
    content: str,
    *,
    style: str = "",
    align: str = "",
    keep_next: bool = False,
    new_page: bool = False,
    tab_mm: float | None = None,
    tab_align: str = "left",
    hanging_mm: float | None = None,
) -> str:
    """A paragraph around ready-made runs (``content`` is XML).

    The properties are written in the order the schema prescribes (Word rejects a file otherwise): style,
    keep with next, page break before, tab stop, indent, alignment.
    """
    ppr = "".join(
        [
            f'<w:pStyle w:val="{style}"/>' if style else "",
            "<w:keepNext/>" if keep_next else "",
            "<w:pageBreakBefore/>" if new_page else "",
            f'<w:tabs><w:tab w:val="{tab_align}" w:pos="{twips(tab_mm)}"/></w:tabs>' if tab_mm is not None else "",
            f'<w:ind w:left="{twips(hanging_mm)}" w:hanging="{twips(hanging_mm)}"/>' if hanging_mm is not None else "",
            f'<w:jc w:val="{align}"/>' if align else "",
        ]
    )
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{content}</w:p>"


_FIRST_TAG = re.compile(r"<[\w:]+")


def element(xml: str) -> BaseOxmlElement:
    """Parse one element written with the w: and r: prefixes (the declarations are added here)."""
    first_tag = _FIRST_TAG.match(xml)
    if first_tag is None:
        raise ValueError(f"not an XML element: {xml[:40]!r}")
    end = first_tag.end()
    return parse_xml(f"{xml[:end]} {W_DECLS}{xml[end:]}")


# ------------------------------------------------------------------ fields and bookmarks
def field_begin(instruction: str) -> str:
    """The start of a field whose result follows as ordinary paragraphs (a table of contents)."""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {esc(instruction)} </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )


def field_end() -> str:
    return '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def field(instruction: str, cached: str = "", *, bold: bool = False) -> str:
    """A complex field (begin, instruction, separate, cached result, end) as runs.

    Word recomputes it (PAGE, NUMPAGES, PAGEREF, TOC) when it lays out or updates fields; the cached text is
    what a reader shows before that.
    """
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> {esc(instruction)} </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run(cached, bold=bold) if cached else ''}"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def bookmark(name: str, number: int, content: str) -> str:
    return f'<w:bookmarkStart w:id="{number}" w:name="{esc(name)}"/>{content}<w:bookmarkEnd w:id="{number}"/>'


# ------------------------------------------------------------------ tables
@dataclass(frozen=True)
class Column:
    header: str
    width_mm: float


TABLE_HEADING_FILL = "D9E2F3"
# 1.2 mm left and right inside a cell (Word's default is 1.9 mm): narrow columns such as 序号 keep their text
# on one line.
CELL_MARGINS = '<w:tblCellMar><w:left w:w="68" w:type="dxa"/><w:right w:w="68" w:type="dxa"/></w:tblCellMar>'


def _text_run(escaped: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escaped}</w:t></w:r>' if escaped else ""


def _cell(text: str, width: int, fill: str, style: str, span: int = 1) -> str:
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    grid_span = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    paragraphs = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{_text_run(line)}</w:p>' for line in esc(text).split("\n")
    )
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid_span}{shading}</w:tcPr>{paragraphs}</w:tc>'


MERGED = object()  # a cell value that widens the cell to its left over this column


def _row_cells(row: Sequence[object], widths: Sequence[int], fills: Sequence[str]) -> str:
    cells: list[tuple[str, int, str, int]] = []  # (text, width, fill, span)
    for value, width, fill in zip(row, widths, fills):
        if value is MERGED and cells:
            text, merged_width, merged_fill, span = cells[-1]
            cells[-1] = (text, merged_width + width, merged_fill, span + 1)
        else:
            cells.append(("" if value is None or value is MERGED else str(value), width, fill, 1))
    return "".join(_cell(text, width, fill, "TableText", span) for text, width, fill, span in cells)


ROWS_PER_REPORT = 250


def table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[object]],
    *,
    fills: Sequence[Sequence[str]] | None = None,
    row_height_mm: float = 0.0,
    header: bool = True,
    report: Callable[[int], None] | None = None,
) -> BaseOxmlElement:
    """A bordered table with fixed column widths; the header row repeats on every page.

    ``fills`` gives a background colour (hex, or "") per cell of each row, for three-colour status cells.
    ``row_height_mm`` makes body rows at least that tall (room for a handwritten signature). A cell whose
    value is ``MERGED`` joins the cell to its left. ``report(rows)`` is called every ROWS_PER_REPORT rows
    (and for the rest at the end), so a long table can be cancelled while it is built.
    """
    widths = [twips(c.width_mm) for c in columns]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    parts = [
        f'<w:tbl {W_DECLS}><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>{CELL_MARGINS}'
        f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
    ]
    if header:
        cells = "".join(_cell(c.header, w, TABLE_HEADING_FILL, "TableHeading") for c, w in zip(columns, widths))
        parts.append(f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{cells}</w:tr>")
    height = f'<w:trHeight w:val="{twips(row_height_mm)}" w:hRule="atLeast"/>' if row_height_mm else ""
    row_props = f"<w:trPr><w:cantSplit/>{height}</w:trPr>"
    no_fills = [""] * len(columns)
    for index, row in enumerate(rows):
        parts.append(f"<w:tr>{row_props}{_row_cells(row, widths, fills[index] if fills else no_fills)}</w:tr>")
        if report is not None and (index + 1) % ROWS_PER_REPORT == 0:
            report(ROWS_PER_REPORT)
    if report is not None and len(rows) % ROWS_PER_REPORT:
        report(len(rows) % ROWS_PER_REPORT)
    parts.append("</w:tbl>")
    return parse_xml("".join(parts))
