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
_ONLY_SPEAKER = re.compile(r"^\s*-{1,2}\s*(?P<who>[^-]{1,16})$")
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
    only_speaker = _ONLY_SPEAKER.match(norm)
    if only_speaker:  # "— 王敏": who spoke, but not yet what they said
        return Capture(said="", speaker=_named(line[only_speaker.start("who") :].strip(), attendees), type=kind)
    for pattern in (_TRAILING_SPEAKER, _BRACKETED_SPEAKER, _LEADING_SPEAKER):
        match = pattern.match(norm)
        if not (match and match.group("said").strip() and match.group("who").strip()):
            continue
        name = line[match.start("who") : match.end("who")].strip()
        # A dash names a speaker outright; a colon or brackets only when what stands there is a person:
        # "原因：资料不全" and "返工太多（平均三轮）" are what was said.
        if pattern is _TRAILING_SPEAKER or _is_person(name, attendees):
            who, said = name, line[match.start("said") : match.end("said")].strip()
            break
    return Capture(said=said.strip(" ，,。"), speaker=_named(who, attendees), type=kind)


def _attendee(who: str, attendees: list[Attendee]) -> Attendee | None:
    """The attendee meant: by name ("王敏"), or by department or role and name ("设计部 王敏", "主管王敏")."""
    for person in attendees:
        if not person.name:
            continue
        if who == person.name:
            return person
        if who.endswith(person.name):
            before = who[: -len(person.name)].strip(" ·")
            if before and before in {person.department, person.role, person.department + person.role}:
                return person
    return None


_DEPARTMENT_AND_NAME = re.compile(r"^\S*[部组室处科厅中心]\s*\S{1,4}$")
_WESTERN_NAME = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?$")
_CHINESE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
# Words that lead a remark with a colon and are not who said it.
_NOT_SPEAKERS = frozenset(
    "原因 例如 比如 注意 问题 备注 结论 建议 现状 目标 说明 补充 另外 其实 结果 重点 总结 举例 背景 现象 影响 风险"
    " 瓶颈 痛点 断点 冗余 孤岛 改进 控制 处理 流程 数据 系统 时间 客户 审批 素材".split()
)


def _is_person(who: str, attendees: list[Attendee]) -> bool:
    if _attendee(who, attendees) is not None:
        return True
    if who in _NOT_SPEAKERS:
        return False
    return bool(_DEPARTMENT_AND_NAME.match(who) or _WESTERN_NAME.match(who) or _CHINESE_NAME.match(who))


def _named(who: str, attendees: list[Attendee]) -> str:
    """The attendee list's way of naming someone: "王敏" -> "设计部主管 王敏"."""
    person = _attendee(who, attendees) if who else None
    if person is None:
        return who
    title = f"{person.department}{person.role}"
    return f"{title} {person.name}" if title else person.name
