"""Streaming the XML of a workbook part through expat with entities refused and limits checked. No Qt.

Workbook parts never declare a DTD or an entity, so any declaration is refused by name (the "billion
laughs" expansion and external entities that read local files or the network among them), before expat
expands anything. The part is fed in chunks, so memory stays small whatever its size; between chunks the
caller's callback can count progress and cancel. Expat 2.5 rescans an unfinished token on every chunk,
which makes a 200 MB comment take hours: the longest unfinished token is therefore bounded as well.
"""

from __future__ import annotations

import logging
import zipfile
import zlib
from collections.abc import Callable
from typing import IO
from xml.parsers import expat

from ...i18n import tr
from .limits import MB, Limits

_log = logging.getLogger(__name__)
CHUNK = 64 * 1024
Start = Callable[[str, dict[str, str]], None]
End = Callable[[str], None]
Data = Callable[[str], None]


class XmlRefused(Exception):  # noqa: N818 - a refusal with a message for the user, not a bug
    """The part cannot be read, safely or at all; ``message`` is translated and says which part and why."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class StopReading(Exception):  # noqa: N818 - control flow: a handler has read all it needs
    """Raised by a handler to end the part early; not an error."""


def local(name: str) -> str:
    """'x:row' -> 'row': writers may put the spreadsheet namespace behind any prefix."""
    return name.rpartition(":")[2]


def parse_part(
    stream: IO[bytes],
    where: str,
    limits: Limits,
    *,
    start: Start,
    end: End | None = None,
    data: Data | None = None,
    on_chunk: Callable[[int], None] | None = None,
) -> None:
    """Feed ``stream`` to expat, calling ``start(local_name, attributes)``, ``end(local_name)`` and
    ``data(text)``; raises XmlRefused (with ``where`` naming the part in the message). ``on_chunk(bytes)`` is
    called after every chunk and may raise to cancel. A handler raising StopReading ends the part quietly."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    _refuse_declarations(parser, where)
    elements = 0

    def started(name: str, attributes: dict[str, str]) -> None:
        nonlocal elements
        elements += 1
        if elements > limits.xml_elements:
            raise XmlRefused(
                tr(
                    "{where} has more than {limit} XML elements, far more than any planning table; "
                    "it was not read further.",
                    where=where,
                    limit=f"{limits.xml_elements:,}",
                )
            )
        start(local(name), attributes)

    parser.StartElementHandler = started
    if end is not None:
        parser.EndElementHandler = lambda name: end(local(name))
    else:  # an end handler keeps CurrentByteIndex moving, which the token bound below relies on
        parser.EndElementHandler = lambda name: None
    if data is not None:
        parser.CharacterDataHandler = data
    parser.CommentHandler = lambda text: None
    fed = 0
    try:
        while True:
            chunk = _read(stream, where)
            fed += len(chunk)
            if fed > limits.part_bytes:
                raise XmlRefused(too_big(where, limits))
            parser.Parse(chunk, not chunk)
            if not chunk:
                return
            if fed - max(parser.CurrentByteIndex, 0) > limits.xml_token_bytes:
                raise XmlRefused(
                    tr(
                        "{where} holds a single XML comment, tag or text of more than {size} MB; it was not read "
                        "further.",
                        where=where,
                        size=limits.xml_token_bytes // MB or 1,
                    )
                )
            if on_chunk is not None:
                on_chunk(len(chunk))
    except StopReading:
        return
    except expat.ExpatError as exc:
        _log.info("%s: %s", where, exc)
        raise XmlRefused(
            tr(
                "{where} is damaged: its XML is not well-formed (line {line}, column {column}).",
                where=where,
                line=exc.lineno,
                column=exc.offset + 1,
            )
        ) from None


def _read(stream: IO[bytes], where: str) -> bytes:
    try:
        return stream.read(CHUNK)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError) as exc:
        _log.info("%s: cannot unpack: %r", where, exc)
        raise XmlRefused(unpack_failed(where)) from None


def unpack_failed(where: str) -> str:
    return tr("{where} cannot be unpacked: the workbook is damaged.", where=where)


def too_big(where: str, limits: Limits) -> str:
    """The message for a part whose unpacked size is over the limit."""
    return tr(
        "{where} unpacks to more than {size} MB, far more than any planning table needs; it was not read.",
        where=where,
        size=limits.part_bytes // MB,
    )


def _refuse_declarations(parser: expat.XMLParserType, where: str) -> None:
    """Refuse DTDs and entity declarations, naming the attack when there is one."""

    def doctype(name: str, system_id: str | None, public_id: str | None, has_internal_subset: bool) -> None:
        if system_id:
            raise XmlRefused(_external(where, system_id))

    def entity(
        name: str,
        is_parameter: bool,
        value: str | None,
        base: str | None,
        system_id: str | None,
        public_id: str | None,
        notation: str | None,
    ) -> None:
        if system_id:
            raise XmlRefused(_external(where, system_id))
        raise XmlRefused(
            tr(
                "{where} declares the XML entity “{name}”. Workbooks never do; entities like this make a "
                "“billion laughs” attack, which expands a few kilobytes into gigabytes. The file was not read.",
                where=where,
                name=name[:40],
            )
        )

    def doctype_end() -> None:
        raise XmlRefused(
            tr(
                "{where} contains a document type declaration (DTD). Workbooks never do; the file was not read.",
                where=where,
            )
        )

    def external(context: str | None, base: str | None, system_id: str | None, public_id: str | None) -> int:
        raise XmlRefused(_external(where, system_id or public_id or ""))

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.EndDoctypeDeclHandler = doctype_end
    parser.ExternalEntityRefHandler = external


def _external(where: str, target: str) -> str:
    return tr(
        "{where} refers to the external entity “{target}”, which could read other files or the network. "
        "Workbooks never do; the file was not read.",
        where=where,
        target=target[:80],
    )
