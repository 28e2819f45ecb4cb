"""Hostile .xlsx files built by hand (zip and XML written directly), for the reader's limits and refusals.

Each generator writes a small file that asks for gigabytes, minutes or a parser's raw error if it is read
naively; tests/io/test_excel_hostile.py and tests/stress/ read them. ``planning_sheet`` and ``workbook``
give a valid planning table the bombs are built into, so that each file fails only for its one reason.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
HEADERS = ("流程阶段", "关键节点", "责任部门/人", "输入物", "输出物", "时间节点", "备注")

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)


def cell(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def row(number: int, texts: Iterable[str | None]) -> str:
    cells = "".join(cell(f"{chr(65 + i)}{number}", t) for i, t in enumerate(texts) if t is not None)
    return f'<row r="{number}">{cells}</row>'


def header_row(number: int = 1) -> str:
    return row(number, HEADERS)


def step_row(number: int, step: int) -> str:
    return row(number, ("阶段", f"步骤{step}", "运营部", "表A", "表B", "第1天", None))


def planning_sheet(rows: int = 3, *, dimension: str | None = None, extra: str = "", before_data: str = "") -> str:
    """A sheet with the template's header in row 1 and ``rows`` steps below; ``extra`` goes after them."""
    body = header_row() + "".join(step_row(n + 2, n + 1) for n in range(rows)) + extra
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">{dim}{before_data}'
        f"<sheetData>{body}</sheetData></worksheet>"
    )


def workbook_xml(sheets: int = 1, *, prolog: str = "") -> str:
    entries = "".join(f'<sheet name="表{i + 1}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i in range(sheets))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        f"<sheets>{entries}</sheets></workbook>"
    )


def workbook_rels(sheets: int = 1, *, shared_strings: bool = False) -> str:
    entries = "".join(
        f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
        for i in range(sheets)
    )
    if shared_strings:
        entries += f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    return f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">{entries}</Relationships>'


def workbook(
    path: Path,
    sheet: str | bytes | None = None,
    *,
    parts: dict[str, str | bytes] | None = None,
    level: int = 6,
    shared_strings: str | bytes | None = None,
) -> Path:
    """Write a one-sheet workbook whose sheet XML is ``sheet``; ``parts`` adds or replaces parts."""
    files: dict[str, str | bytes] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": workbook_xml(),
        "xl/_rels/workbook.xml.rels": workbook_rels(shared_strings=shared_strings is not None),
        "xl/worksheets/sheet1.xml": sheet if sheet is not None else planning_sheet(),
    }
    if shared_strings is not None:
        files["xl/sharedStrings.xml"] = shared_strings
    files.update(parts or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


def deflated_part(path: Path, name: str, head: bytes, filler: bytes, size: int, tail: bytes) -> Path:
    """A one-sheet workbook whose part ``name`` is head + filler repeated to ``size`` bytes + tail, packed
    block by block (a 1 GB part never exists in memory)."""
    block = filler * max(1, (1 << 20) // len(filler))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for part, content in {
            "[Content_Types].xml": CONTENT_TYPES,
            "_rels/.rels": ROOT_RELS,
            "xl/workbook.xml": workbook_xml(),
            "xl/_rels/workbook.xml.rels": workbook_rels(),
        }.items():
            archive.writestr(part, content)
        with archive.open(name, "w", force_zip64=size > 2**31) as stream:
            stream.write(head)
            written = 0
            while written < size:
                piece = block[: size - written]
                stream.write(piece)
                written += len(piece)
            stream.write(tail)
    return path


# ---- the bombs of issue 14 -------------------------------------------------------------------------------


def huge_row_number(path: Path) -> Path:
    """A planning table, then a row numbered 99,999,999,999, and no <dimension>."""
    return workbook(path, planning_sheet(3, extra=row(99_999_999_999, ["阶段", "最后一步", "运营部"])))


def huge_row_number_far(path: Path) -> Path:
    """A valid row number, but a million rows below the table (openpyxl pads every one of them)."""
    return workbook(path, planning_sheet(3, extra=row(1_048_576, ["阶段", "最后一步", "运营部"])))


def wide_dimension(path: Path) -> Path:
    """<dimension ref="A1:XFD20005">: openpyxl pads 20,005 rows to 16,384 columns each."""
    return workbook(path, planning_sheet(3, dimension="A1:XFD20005"))


def stale_dimension(path: Path, rows: int = 20) -> Path:
    """<dimension ref="A1:F8"> over a table of ``rows`` steps."""
    return workbook(path, planning_sheet(rows, dimension="A1:F8"))


def zip_bomb(path: Path, size: int = 1 << 30) -> Path:
    """A sheet part of ``size`` bytes of whitespace inside <sheetData>: 1 GB packs to about 1 MB."""
    head, tail = planning_sheet(1).split("</sheetData>")
    return deflated_part(path, "xl/worksheets/sheet1.xml", head.encode(), b" ", size, ("</sheetData>" + tail).encode())


def comment_bomb(path: Path, size: int = 200 << 20) -> Path:
    """A comment of ``size`` bytes before the sheet's rows."""
    head, tail = planning_sheet(3).split("<sheetData>")
    return deflated_part(
        path, "xl/worksheets/sheet1.xml", (head + "<!--").encode(), b"-x", size, ("-->" + "<sheetData>" + tail).encode()
    )


def shared_string_bomb(path: Path, count: int = 2_000_000) -> Path:
    """A table whose header uses shared strings, in a table of ``count`` of them."""
    strings = "".join(f"<si><t>{h}</t></si>" for h in HEADERS) + "<si><t>x</t></si>" * (count - len(HEADERS))
    sst = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{count}" uniqueCount="{count}">'
        f"{strings}</sst>"
    )
    cells = "".join(f'<c r="{chr(65 + i)}1" t="s"><v>{i}</v></c>' for i in range(len(HEADERS)))
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData><row r="1">{cells}</row>'
        f"{step_row(2, 1)}</sheetData></worksheet>"
    )
    return workbook(path, sheet, shared_strings=sst, level=9)


def many_rows(path: Path, rows: int = 300_000) -> Path:
    """A table of ``rows`` steps without a <dimension>."""
    return workbook(path, planning_sheet(rows), level=9)


BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol0 "lol">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    + "]>"
)


def billion_laughs(path: Path, part: str = "xl/worksheets/sheet1.xml") -> Path:
    """Nested entities expanding to 10^9 'lol's, used in a cell (or in the workbook part)."""
    if part == "xl/workbook.xml":
        return workbook(path, parts={part: workbook_xml(prolog=BILLION_LAUGHS)})
    sheet = planning_sheet(1, extra=row(3, ["阶段", "&lol9;", "运营部"]).replace("&amp;lol9;", "&lol9;"))
    return workbook(path, sheet.replace("<worksheet", BILLION_LAUGHS + "<worksheet", 1))


def external_entity(path: Path) -> Path:
    """An entity that reads /etc/passwd into a cell."""
    doctype = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    sheet = planning_sheet(1, extra=row(3, ["阶段", "&xxe;", "运营部"]).replace("&amp;xxe;", "&xxe;"))
    return workbook(path, sheet.replace("<worksheet", doctype + "<worksheet", 1))


def external_dtd(path: Path) -> Path:
    doctype = '<!DOCTYPE worksheet SYSTEM "http://example.invalid/evil.dtd">'
    return workbook(path, planning_sheet(1).replace("<worksheet", doctype + "<worksheet", 1))


def long_cell_text(path: Path, length: int = 40_000) -> Path:
    return workbook(path, planning_sheet(1, extra=row(3, ["阶段", "长" * length, "运营部"])))


def missing_shared_string(path: Path) -> Path:
    return workbook(path, planning_sheet(1, extra='<row r="3"><c r="B3" t="s"><v>7</v></c></row>'))


def bad_cell_reference(path: Path, reference: str = "ZZZZ1") -> Path:
    return workbook(path, planning_sheet(1, extra=f'<row r="3"><c r="{reference}"><v>1</v></c></row>'))


def cell_beyond_columns(path: Path) -> Path:
    return workbook(
        path,
        planning_sheet(2, extra=row(4, ["阶段", "步骤", "运营部"]).replace("</row>", cell("XFD4", "远") + "</row>")),
    )


def many_cells(path: Path, cells: int = 1_200_000) -> Path:
    """Row 1 is the header; row 2 holds ``cells`` empty cells."""
    empty = "<c/>" * cells
    return workbook(path, planning_sheet(0, extra=f'<row r="2">{empty}</row>'), level=9)


def many_zip_entries(path: Path, entries: int = 12_000) -> Path:
    return workbook(path, parts={f"xl/media/junk{n}.bin": b"" for n in range(entries)}, level=1)


def wrong_compression_method(path: Path) -> Path:
    """The sheet part claims compression method 99 (AES), which zipfile cannot unpack."""
    workbook(path)
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    for signature, method_at in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[start + method_at : start + method_at + 2] = (99).to_bytes(2, "little")
            start += 4
    path.write_bytes(bytes(data))
    return path


def damaged_deflate(path: Path) -> Path:
    """The sheet's packed bytes are overwritten in the middle: zlib.error or a bad CRC."""
    workbook(path, planning_sheet(200))
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    middle = start + info.compress_size // 2
    data[middle : middle + 64] = bytes(range(64))
    path.write_bytes(bytes(data))
    return path


def many_elements(path: Path, elements: int = 2_500_000) -> Path:
    """Row 1 is the header; then ``elements`` empty elements that are neither rows nor cells."""
    return workbook(path, planning_sheet(0, extra="<x/>" * elements), level=9)
