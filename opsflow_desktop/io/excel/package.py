"""The parts of an .xlsx the planning-table reader needs: its sheets, shared strings and date styles. No Qt.

A workbook is a zip of XML parts. This module opens it with the zip directory checked (entries, packed and
unpacked size of each part, how much a part grows when unpacked) before anything is unpacked, and reads
workbook.xml, the relationships, the shared strings and the styles through safe_xml. Every problem is an
XmlRefused with a translated message; the reader adds the file's name.
"""

from __future__ import annotations

import logging
import posixpath
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ...i18n import tr
from .limits import MB, Limits
from .safe_xml import StopReading, XmlRefused, parse_part, too_big, unpack_failed

_log = logging.getLogger(__name__)
EOCD = b"PK\x05\x06"
EOCD_FORMAT = "<4s4H2LH"  # signature, disks, entries here, entries in all, directory size and offset, comment
BUILTIN_DATE_FORMATS = frozenset({*range(14, 23), 45, 46, 47})
BUILTIN_TIMEDELTA_FORMATS = frozenset({46})


def not_a_workbook() -> str:
    return tr("This is not an Excel workbook (.xlsx), or it is damaged.")


def part_name(part: str) -> str:
    return tr("The workbook's part {part}", part=part[:120])


@dataclass
class SheetEntry:
    name: str
    state: str
    part: str


@dataclass
class Workbook:
    """What workbook.xml, its relationships and the shared parts say; sheets are read by the caller."""

    archive: zipfile.ZipFile
    limits: Limits
    sheets: list[SheetEntry] = field(default_factory=list)
    shared_strings: list[str] = field(default_factory=list)
    date_styles: set[int] = field(default_factory=set)
    timedelta_styles: set[int] = field(default_factory=set)
    date1904: bool = False
    unpacked: int = 0  # bytes of the parts opened so far, against Limits.total_bytes

    def has_part(self, part: str) -> bool:
        return self._info(part) is not None

    def part_size(self, part: str) -> int:
        info = self._info(part)
        return info.file_size if info is not None else 0

    def open_part(self, part: str, where: str) -> IO[bytes]:
        """The part's unpacked bytes, after its sizes have been checked against the limits."""
        info = self._info(part)
        if info is None:
            raise XmlRefused(tr("{where} is missing: the workbook is damaged.", where=where))
        limits = self.limits
        if info.file_size > limits.part_bytes:
            raise XmlRefused(too_big(where, limits))
        if info.file_size > limits.ratio_from_bytes and info.file_size > limits.ratio * max(info.compress_size, 1):
            raise XmlRefused(
                tr(
                    "{where} is packed {ratio:,} times smaller than it unpacks ({size} MB): this is a “zip bomb”, "
                    "not a planning table. It was not read.",
                    where=where,
                    ratio=info.file_size // max(info.compress_size, 1),
                    size=info.file_size // MB,
                )
            )
        self.unpacked += info.file_size
        if self.unpacked > limits.total_bytes:
            raise XmlRefused(
                tr(
                    "The workbook unpacks to more than {size} MB, far more than planning tables need; it was not read.",
                    size=limits.total_bytes // MB,
                )
            )
        try:
            return self.archive.open(info)
        except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError, ValueError, EOFError) as exc:
            _log.info("%s: cannot open: %r", part, exc)
            raise XmlRefused(unpack_failed(where)) from None

    def close(self) -> None:
        self.archive.close()

    def _info(self, part: str) -> zipfile.ZipInfo | None:
        try:
            return self.archive.getinfo(part)
        except KeyError:
            return None


def open_package(path: Path, limits: Limits) -> Workbook:
    """Open the zip after checking its directory; raises XmlRefused. read_structure() reads what is in it."""
    _check_directory(path, limits)
    try:
        archive = zipfile.ZipFile(path)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
        struct.error,
    ) as exc:
        _log.info("not a workbook: %s: %r", path, exc)
        raise XmlRefused(not_a_workbook()) from None
    return Workbook(archive, limits)


def _check_directory(path: Path, limits: Limits) -> None:
    """Refuse a file, or a zip directory, too large to be a planning table before zipfile reads it all."""
    size = path.stat().st_size
    if size > limits.file_bytes:
        raise XmlRefused(
            tr(
                "The file is {size} MB; a planning table is far smaller. It was not read.",
                size=size // MB,
            )
        )
    with open(path, "rb") as handle:
        tail_size = min(size, 22 + 65_535)
        handle.seek(size - tail_size)
        tail = handle.read(tail_size)
    at = tail.rfind(EOCD)
    if at < 0 or len(tail) - at < struct.calcsize(EOCD_FORMAT):
        return  # zipfile says why it is not a zip
    _, _, _, _, entries, directory_size, _, _ = struct.unpack(EOCD_FORMAT, tail[at : at + 22])
    if entries > limits.zip_entries or directory_size > limits.zip_entries * 1024:
        raise XmlRefused(
            tr(
                "The workbook holds more than {limit} parts; a planning table has a few dozen. It was not read.",
                limit=f"{limits.zip_entries:,}",
            )
        )


def _relationships(workbook: Workbook, part: str) -> list[dict[str, str]]:
    """The relationships of ``part`` (its _rels/NAME.rels), targets resolved to part names."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    if not workbook.has_part(rels):
        return []
    found: list[dict[str, str]] = []

    def start(tag: str, attributes: dict[str, str]) -> None:
        if tag == "Relationship" and attributes.get("TargetMode") != "External":
            target = attributes.get("Target", "")
            resolved = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            found.append(
                {
                    "id": attributes.get("Id", ""),
                    "type": attributes.get("Type", "").rpartition("/")[2],
                    "part": posixpath.normpath(resolved).lstrip("/"),
                }
            )

    parse_part(workbook.open_part(rels, part_name(rels)), part_name(rels), workbook.limits, start=start)
    return found


def read_structure(workbook: Workbook, on_chunk: Callable[[int], None] | None = None) -> None:
    """Read the sheets' names, states and parts, the shared strings and the date styles into ``workbook``."""
    main = next((r["part"] for r in _relationships(workbook, "") if r["type"] == "officeDocument"), "xl/workbook.xml")
    if not workbook.has_part(main):
        raise XmlRefused(not_a_workbook())
    relations = {r["id"]: r for r in _relationships(workbook, main)}
    limits = workbook.limits

    def start(tag: str, attributes: dict[str, str]) -> None:
        if tag == "workbookPr":
            workbook.date1904 = attributes.get("date1904", "0").lower() in ("1", "true")
        elif tag == "sheet":
            if len(workbook.sheets) >= limits.sheets:
                raise XmlRefused(
                    tr("The workbook has more than {limit} sheets; it was not read.", limit=f"{limits.sheets:,}")
                )
            rel_id = next((v for k, v in attributes.items() if k == "id" or k.endswith(":id")), "")
            relation = relations.get(rel_id)
            if relation is not None and relation["type"] == "worksheet":
                name = attributes.get("name", "")[:100] or relation["part"]
                workbook.sheets.append(SheetEntry(name, attributes.get("state", "visible"), relation["part"]))

    parse_part(workbook.open_part(main, part_name(main)), part_name(main), limits, start=start)
    for relation in relations.values():
        if relation["type"] == "sharedStrings":
            _read_shared_strings(workbook, relation["part"], on_chunk)
        elif relation["type"] == "styles":
            _read_styles(workbook, relation["part"], on_chunk)


def _read_shared_strings(workbook: Workbook, part: str, on_chunk: Callable[[int], None] | None) -> None:
    where = part_name(part)
    limits = workbook.limits
    strings = workbook.shared_strings
    pieces: list[str] = []
    length = 0
    depth_phonetic = 0
    in_text = False

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal length, depth_phonetic, in_text
        if tag == "si":
            pieces.clear()
            length = 0
        elif tag == "t":
            in_text = depth_phonetic == 0
        elif tag == "rPh":
            depth_phonetic += 1

    def end(tag: str) -> None:
        nonlocal depth_phonetic, in_text
        if tag == "si":
            if len(strings) >= limits.shared_strings:
                raise XmlRefused(
                    tr(
                        "The workbook has more than {limit} different texts; a planning table has far fewer. "
                        "It was not read.",
                        limit=f"{limits.shared_strings:,}",
                    )
                )
            strings.append("".join(pieces))
        elif tag == "t":
            in_text = False
        elif tag == "rPh":
            depth_phonetic = max(depth_phonetic - 1, 0)

    def data(text: str) -> None:
        nonlocal length
        if in_text:
            length += len(text)
            if length > limits.cell_text:
                raise XmlRefused(
                    tr(
                        "Text number {index} of the workbook is longer than {limit} characters, the most a cell "
                        "can hold; the workbook is damaged.",
                        index=len(strings) + 1,
                        limit=f"{limits.cell_text:,}",
                    )
                )
            pieces.append(text)

    parse_part(workbook.open_part(part, where), where, limits, start=start, end=end, data=data, on_chunk=on_chunk)


def _read_styles(workbook: Workbook, part: str, on_chunk: Callable[[int], None] | None) -> None:
    """Which cell styles show a number as a date (openpyxl's rule), so such cells are read as dates."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

    formats: dict[int, str] = {}
    styles: list[int] = []
    section: list[str] = []

    def start(tag: str, attributes: dict[str, str]) -> None:
        section.append(tag)
        if tag == "numFmt":
            number = _small_int(attributes.get("numFmtId"))
            if number is not None:
                formats[number] = attributes.get("formatCode", "")[:200]
        elif tag == "xf" and len(section) >= 2 and section[-2] == "cellXfs":
            styles.append(_small_int(attributes.get("numFmtId")) or 0)

    def end(tag: str) -> None:
        if section:
            section.pop()
        if tag == "cellXfs":
            raise StopReading()

    where = part_name(part)
    parse_part(workbook.open_part(part, where), where, workbook.limits, start=start, end=end, on_chunk=on_chunk)
    for index, number in enumerate(styles):
        code = formats.get(number) or BUILTIN_FORMATS.get(number, "")
        if number in BUILTIN_DATE_FORMATS or (code and is_date_format(code)):
            workbook.date_styles.add(index)
            if number in BUILTIN_TIMEDELTA_FORMATS or (code and is_timedelta_format(code)):
                workbook.timedelta_styles.add(index)


def _small_int(text: str | None) -> int | None:
    return int(text) if text and text.isascii() and text.isdigit() and len(text) <= 9 else None
