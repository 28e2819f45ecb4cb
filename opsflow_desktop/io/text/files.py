"""Interview notes on disk: reading a .txt typed anywhere (UTF-8, with or without BOM, or GB18030 as Chinese
Windows editors save it), and writing a map's text whole or not at all. No Qt."""

from __future__ import annotations

from pathlib import Path

from ...i18n import tr
from ...model.elements import OutlineLine
from ..atomic import atomic_output, write_bytes
from ..errors import LoadError
from .lines import lines_from_text
from .reader import MAX_LINES

MAX_BYTES = 8 * 1024 * 1024  # 8 MB of notes is some 200,000 lines: far beyond any interview


def read_notes(path: str | Path) -> list[OutlineLine]:
    """The lines of a notes file; LoadError (with a message a user can act on) when it is no text file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(path, tr("The notes file is larger than {size} MB.", size=MAX_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except FileNotFoundError:
        raise LoadError(path, tr("No such file.")) from None
    except IsADirectoryError:
        raise LoadError(path, tr("This is a folder, not a file.")) from None
    except OSError as exc:
        raise LoadError(path, tr("Could not read the file: {reason}", reason=exc.strerror or exc)) from None
    if b"\x00" in data[:4096]:
        raise LoadError(path, tr("This is not a text file (it looks like a Word or Excel file: save it as .txt)."))
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise LoadError(path, tr("The text is neither UTF-8 nor GB18030; save it as UTF-8 text."))
    lines = lines_from_text(text)
    if len(lines) > MAX_LINES:
        raise LoadError(path, tr("The notes have more than {count} lines.", count=MAX_LINES))
    return lines


def write_notes(path: str | Path, lines: list[OutlineLine]) -> None:
    """The text as UTF-8, each line ended as the platform's editors expect; the file appears only when whole."""
    data = ("\n".join(line.text for line in lines) + "\n").encode("utf-8")
    with atomic_output(path) as tmp:
        write_bytes(tmp, data)
