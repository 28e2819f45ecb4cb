"""How much of a workbook the planning-table reader is willing to read. No Qt.

A workbook is a zip of XML parts, and a few kilobytes of it can ask for gigabytes or hours: a part that
unpacks a thousandfold, a comment of 200 MB, a row numbered 99,999,999,999, two million shared strings.
Every limit here is checked while the file is being read, before the work or memory it guards is spent,
and the reader stops at the first one with a message that says which. The figures are generous for the
largest planning table we are built for (5,000 steps; MAX_ROWS allows four times that) and keep a hostile
file inside about 5 s and 500 MB.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The limits one import works with (tests lower them to reach them cheaply)."""

    # The file itself, and the zip directory read before anything is unpacked.
    file_bytes: int = 200 * MB
    zip_entries: int = 10_000
    # Each XML part, unpacked: its size, how much it may grow over its packed size, and all parts together.
    part_bytes: int = 100 * MB
    total_bytes: int = 300 * MB
    ratio: int = 200  # typical sheets pack 5-30x; zip bombs 1,000x and more
    ratio_from_bytes: int = 4 * MB  # below this a part may pack as well as it likes
    # The XML inside a part: elements (a planning sheet of 20,000 rows of 15 cells has ~650,000) and the
    # longest single token (a comment, a tag with its attributes) expat has to hold while it reads.
    xml_elements: int = 2_000_000
    xml_token_bytes: int = 2 * MB
    # What the sheets hold.
    rows: int = 20_000  # four times the largest map we are built for; beyond is not a planning table
    columns: int = 256  # a planning table has about 15; cells further right are not part of one
    cells: int = 600_000  # cells of one sheet, empty ones included (20,000 rows of 15 make 300,000)
    shared_strings: int = 500_000
    cell_text: int = 32_767  # Excel's own limit for the text of one cell
    sheets: int = 1_000


DEFAULT_LIMITS = Limits()
EXCEL_MAX_ROW = 1_048_576
EXCEL_MAX_COLUMN = 16_384
