"""The capture line of a workshop: one line with what was said and who said it, typed while the room talks.

    素材返工太多，每次改三四轮 — 王敏
    王敏：素材返工太多
    瓶颈：法务审核要排队两天（法务部 赵磊）

An optional finding type leads (the interview notation's words, or a canvas key's letter followed by a
colon); the speaker follows a dash or stands in brackets at the end, or leads before a colon. A speaker
who is on the attendee list is named as the list names them ("设计部主管 王敏"). No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Attendee, FindingType
from .notation import finding_type_at, normalise

MAX_SPEAKER = 16  # characters: more before a colon is what was said, not who said it
# A dash with a space before it, or a double dash ("——" normalises to "--"): "2-3 天" names nobody.
_TRAILING_SPEAKER = re.compile(r"^(?P<said>.*?)(?:\s+-{1,2}|-{2})\s*(?P<who>[^-]{1,16})$")
_BRACKETED_SPEAKER = re.compile(r"^(?P<said>.*?)\s*[(（](?P<who>[^()（）]{1,16})[)）]\s*$")
_LEADING_SPEAKER = re.compile(r"^(?P<who>[^:：,，。;；]{1,16})\s*[:：]\s*(?P<said>.+)$")


@dataclass(frozen=True)
class Capture:
    said: str
    speaker: str = ""  # as the evidence records it
    type: FindingType | None = None  # None: the type chosen beside the line


def parse_capture(text: str, attendees: list[Attendee] = ()) -> Capture:  # type: ignore[assignment]
    line = " ".join(text.split())
    kind = None
    found = finding_type_at(normalise(line))
    if found is not None:
        rest = line[found[1] :]
        if rest[:1] in (":", "：") or (found[1] > 1 and rest[:1] in (" ", "")):
            kind, line = found[0], rest.lstrip(":： ")
    who, said = "", line
    norm = normalise(line)
    for pattern in (_TRAILING_SPEAKER, _BRACKETED_SPEAKER, _LEADING_SPEAKER):
        match = pattern.match(norm)
        if match and match.group("said").strip() and match.group("who").strip():
            who = line[match.start("who") : match.end("who")].strip()
            said = line[match.start("said") : match.end("said")].strip()
            break
    return Capture(said=said.strip(" ，,。"), speaker=_named(who, attendees), type=kind)


def _named(who: str, attendees: list[Attendee]) -> str:
    """The attendee list's way of naming someone: "王敏" -> "设计部主管 王敏"."""
    if not who:
        return ""
    for person in attendees:
        if person.name and (who == person.name or who.endswith(person.name)):
            title = f"{person.department}{person.role}"
            return f"{title} {person.name}" if title else person.name
    return who
