"""The words and marks of the interview notation: punctuation in either width, durations in the units people
say, step kinds, finding types and severities. Shared by the reader and the writer so both speak the same
language. No Qt.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...i18n import language, spellings, tr
from ...model.enums import FindingType, Severity, StepKind
from ...model.traits import FINDING_TYPES, SEVERITIES, STEP_KINDS

# Full-width forms an input method types, mapped one character to one so that positions in the normalised
# line are positions in what the user typed (for underlines and for names taken from the original).
_WIDTH: dict[int, int | str] = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}  # ！ … ～ -> ! … ~
ARROW_MARK = "\ue000"  # what "→" (and "⟶") becomes: one character, unlike "->"
_WIDTH.update({0x3000: 0x20, ord("→"): ARROW_MARK, ord("⟶"): ARROW_MARK, ord("⇒"): ARROW_MARK, ord("；"): ord(";")})
_WIDTH.update({ord("。"): ord(" ")})
_WIDTH.update({ord("【"): ord("("), ord("】"): ord(")"), ord("“"): ord('"'), ord("”"): ord('"')})
_WIDTH.update({ord("–"): ord("-"), ord("—"): ord("-"), ord("·"): ord(" "), ord("•"): ord(" ")})


def normalise(text: str) -> str:
    """``text`` with full-width punctuation, digits and letters in their half-width form, same length."""
    return text.translate(_WIDTH)


# "->", "=>", "→", "⇒", and what an input method types for ">" in Chinese mode: "-》", "——》", "=》".
ARROW = re.compile(rf"-+[>》]|=+[>》]|{ARROW_MARK}")
HIDDEN = "\ue001"  # stands in for what is inside quotes and brackets, where no mark counts
_OPENERS = {"「": "」", '"': '"', "《": "》", "(": ")"}
_ANY_OPENER = re.compile('[「"《(]')


_ENCLOSED = re.compile(r'「[^」]*」|"[^"]*"|《[^》]*》|\((?:[^()]|\([^()]*\))*\)')


def mask(norm: str) -> str:
    """``norm`` (normalised) with the inside of 「quotes」, "quotes", 《documents》 and (brackets) hidden, same
    length: a colon, comma or arrow in there is part of a name, not of the notation."""
    if not _ANY_OPENER.search(norm):
        return norm
    return _ENCLOSED.sub(lambda m: m.group()[0] + HIDDEN * (len(m.group()) - 2) + m.group()[-1], norm)


def has_arrow(text: str) -> bool:
    """Whether a (masked) line holds an arrow; the quick test first, as most lines hold none."""
    return ("-" in text or "=" in text or ARROW_MARK in text) and ARROW.search(text) is not None


def unquote(text: str) -> str:
    """A name written in 「」 or quotation marks, without them."""
    text = text.strip()
    if text[:1] not in ("「", "“", '"'):
        return text
    for opening, closing in (("「", "」"), ("“", "”"), ('"', '"')):
        if len(text) >= 2 and text.startswith(opening) and text.endswith(closing):
            return text[1:-1]
    return text


def quote(text: str) -> str:
    return f"“{text}”" if "「" in text or "」" in text else f"「{text}」"


_UNSAFE_START = re.compile(r"^\s|^[#＃@＠!！>＞》/+＋「“\"●■◆▪•·-]|^\d{1,3}[.、)）]|^第[一二三四五六七八九十\d]+步")
_UNSAFE_ANYWHERE = re.compile(r"[:：,，;；「」\"“”]|-+[>》]|=+[>》]|[→⟶⇒]|\s$|[(（][^()（）]*[)）]$|\d:\d|#\d+$|^-\|$")


@lru_cache(maxsize=65_536)  # department names come back on every change of lane
def needs_quotes(name: str) -> bool:
    """Whether a name would be read as something else if written as it is (a department, a detail, a kind,
    a heading, an arrow ...)."""
    return bool(_UNSAFE_START.search(name) or _UNSAFE_ANYWHERE.search(name))


LIST_SEPARATORS = re.compile(r"\s*[、/]\s*")

# ------------------------------------------------------------------ durations
_HOURS_PER_UNIT = {
    "min": 1 / 60,
    "h": 1.0,
    "d": 24.0,  # a calendar day, as a lead time counts it
    "wd": 8.0,  # a working day
    "w": 168.0,
}
_UNIT_WORDS = {
    "min": ("分钟", "分", "min", "mins", "minute", "minutes", "m"),
    "h": ("个小时", "小时", "时", "钟头", "h", "hr", "hrs", "hour", "hours"),
    "wd": ("个工作日", "工作日", "wd", "workday", "workdays", "working day", "working days"),
    "d": ("天", "日", "d", "day", "days"),
    "w": ("周", "星期", "个星期", "w", "week", "weeks"),
}
_UNIT_OF = {word: unit for unit, words in _UNIT_WORDS.items() for word in words}
_DIGITS = {"零": 0, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ONE_NUMBER = r"(?:\d+(?:\.\d+)?|半|[一两二三四五六七八九十]{1,3})"
# "1-2天", "1到2天": a range is read as its middle.
_NUMBER = rf"({_ONE_NUMBER}(?:\s*(?:-|~|到|至)\s*{_ONE_NUMBER})?)(个半)?"
_ABOUT = r"(?:约|大约|大概|差不多|将近|近)?"
_ROUGHLY = r"(?:左右|上下|多)?"
_UNITS = "|".join(sorted((re.escape(w) for w in _UNIT_OF), key=len, reverse=True))
_DURATION = re.compile(rf"^{_ABOUT}\s*{_NUMBER}\s*({_UNITS}){_ROUGHLY}$", re.IGNORECASE)
MAX_HOURS = 100_000.0  # eleven years: anything longer is a typing slip, not a duration


def _one_number(text: str) -> float:
    if text[0].isdigit():
        return float(text)
    if text == "半":
        return 0.5
    if "十" in text:  # 十, 十五, 二十, 二十五
        tens, _, ones = text.partition("十")
        return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)
    return float(_DIGITS[text]) if len(text) == 1 else float("nan")


def _amount(number: str, half: str | None) -> float:
    if number[0].isdigit() and "-" not in number and "~" not in number and "到" not in number and "至" not in number:
        return float(number) + (0.5 if half else 0.0)
    parts = re.split(r"\s*(?:-|~|到|至)\s*", number)
    values = [_one_number(p) for p in parts if p]
    value = sum(values) / len(values)
    return value + (0.5 if half else 0.0)


def _hours(number: str, half: str | None, unit: str) -> float | None:
    if number == "半" and unit in ("天", "日"):
        return 4.0  # "半天": half a working day, as people say it
    value = _amount(number, half) * _HOURS_PER_UNIT[_UNIT_OF[unit.lower()]]
    return value if value == value and 0 <= value <= MAX_HOURS else None


WAIT_PREFIXES = ("等待", "排队", "等", "waiting", "wait")
WORK_PREFIXES = ("处理", "耗时", "用时", "work", "takes")
_TIMED = re.compile(
    rf"^(?:({'|'.join(WAIT_PREFIXES)})|({'|'.join(WORK_PREFIXES)}))?\s*{_ABOUT}\s*{_NUMBER}\s*({_UNITS}){_ROUGHLY}$",
    re.IGNORECASE,
)


_SIMPLE_TIME = re.compile(r"^(等)?(\d+(?:\.\d+)?)(小时|分钟|天|h|min|d)$")  # how the writer says it
_SIMPLE_HOURS = {"小时": 1.0, "分钟": 1 / 60, "天": 24.0, "h": 1.0, "min": 1 / 60, "d": 24.0}


def timed(text: str) -> tuple[bool, float] | None:
    """A step's time as said: (is it waiting, hours) for "等2小时", "处理 10分钟", "1.5h"; None for anything else."""
    simple = _SIMPLE_TIME.match(text)
    if simple is not None:
        wait, number, unit = simple.groups()
        simple_hours = float(number) * _SIMPLE_HOURS[unit]
        if simple_hours <= MAX_HOURS:
            return wait is not None, simple_hours
    match = _TIMED.match(text.strip())
    if not match:
        return None
    wait, _, number, half, unit = match.groups()
    hours = _hours(number, half, unit)
    return None if hours is None else (wait is not None, hours)


def duration_hours(text: str) -> float | None:
    """Hours in "10分钟", "2小时", "1.5h", "3天", "1 工作日", "半小时"; None when it is no duration."""
    match = _DURATION.match(text.strip())
    if not match:
        return None
    number, half, unit = match.groups()
    return _hours(number, half, unit)


def say_duration(hours: float) -> str:
    """The shortest exact way to say ``hours`` in the current language: 10分钟, 2小时, 3天."""
    return _say_duration(hours, language() != "en")


@lru_cache(maxsize=4096)  # a map says the same few durations again and again
def _say_duration(hours: float, zh: bool) -> str:
    minutes = hours * 60
    whole_minutes = abs(minutes - round(minutes)) < 1e-6
    if hours >= 24 and abs(hours / 24 - round(hours / 24)) < 1e-9:
        return f"{_number(hours / 24)}{'天' if zh else 'd'}"
    if hours >= 1 or not whole_minutes:
        return f"{_number(hours)}{'小时' if zh else 'h'}"
    return f"{_number(minutes)}{'分钟' if zh else 'min'}"


def _number(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


# ------------------------------------------------------------------ step kinds
_KIND_ALIASES = {
    StepKind.START: ("开始", "起点", "start"),
    StepKind.END: ("结束", "完成", "终点", "end"),
    StepKind.TASK: ("任务", "task"),
    StepKind.DECISION: ("判断", "决策", "判定", "decision"),
    StepKind.SUBPROCESS: ("子流程", "subprocess", "sub-process"),
    StepKind.APPROVAL: ("审批", "控制点", "approval", "control"),
    StepKind.WAIT: ("等待", "wait"),
    StepKind.DOCUMENT: ("文档", "单据", "document"),
}


@cache
def _kind_words() -> dict[str, StepKind]:
    words = {w.lower(): kind for kind, aliases in _KIND_ALIASES.items() for w in aliases}
    for kind, traits in STEP_KINDS.items():
        words.update({w.lower(): kind for w in spellings(traits.label)})
    return words


def kind_named(word: str) -> StepKind | None:
    return _kind_words().get(word.strip().lower())


def kind_tag(kind: StepKind) -> str:
    """The word the writer puts in brackets after a step's name: 审批, 子流程 ..."""
    return _KIND_ALIASES[kind][0] if language() != "en" else _KIND_ALIASES[kind][-1]


# ------------------------------------------------------------------ finding types and severities
_TYPE_ALIASES = {
    FindingType.BOTTLENECK: ("瓶颈", "卡点"),
    FindingType.BREAKPOINT: ("断点", "交接断点", "断链", "hand-off gap", "handoff"),
    FindingType.INFORMATION_SILO: ("信息孤岛", "孤岛", "silo"),
    FindingType.DUPLICATE_WORK: ("重复劳动", "重复工作", "重复", "duplicate"),
    FindingType.REDUNDANT_NODE: ("冗余节点", "冗余", "多余", "redundant"),
    FindingType.RISK_POINT: ("风险点", "风险", "risk"),
    FindingType.CONTROL_POINT: ("控制点", "管控点", "control"),
    FindingType.PAIN_POINT: ("痛点", "pain"),
    FindingType.IMPROVEMENT: ("改进点", "改进", "建议", "improvement", "idea"),
}


@cache
def _type_words() -> list[tuple[str, FindingType]]:
    """Every word for a finding type, longest first (so 信息孤岛 wins over a shorter word it starts with)."""
    words = {w.lower(): t for t, aliases in _TYPE_ALIASES.items() for w in aliases}
    for kind, traits in FINDING_TYPES.items():
        words.update({w.lower(): kind for w in spellings(traits.label)})
    return sorted(words.items(), key=lambda item: len(item[0]), reverse=True)


def finding_type_at(text: str) -> tuple[FindingType, int] | None:
    """The finding type a finding line starts with (a word, or the canvas key's letter) and its length."""
    lowered = text.lower()
    for word, kind in _type_words():
        if lowered.startswith(word):
            return kind, len(word)
    if text[:1].isascii() and text[:1].isalpha() and (len(text) == 1 or not text[1].isascii() or text[1] in " :"):
        letter = text[0].upper()
        for kind, traits in FINDING_TYPES.items():
            if traits.key == letter:
                return kind, 1
    return None


def type_word(kind: FindingType) -> str:
    return tr(FINDING_TYPES[kind].label)


_SEVERITY_ALIASES = {
    Severity.LOW: ("低", "low", "l"),
    Severity.MEDIUM: ("中", "一般", "medium", "m"),
    Severity.HIGH: ("高", "high", "h"),
    Severity.CRITICAL: ("严重", "关键", "致命", "critical", "c"),
}


@cache
def _severity_words() -> dict[str, Severity]:
    words = {w: s for s, aliases in _SEVERITY_ALIASES.items() for w in aliases}
    for value, traits in SEVERITIES.items():
        words.update({w.lower(): value for w in spellings(traits.label)})
    return words


def severity_named(word: str) -> Severity | None:
    return _severity_words().get(word.strip().lower())


def severity_word(value: Severity) -> str:
    return tr(SEVERITIES[value].label)


# ------------------------------------------------------------------ inputs, outputs
INPUT_PREFIXES = ("输入", "入", "in:", "in ")
OUTPUT_PREFIXES = ("输出", "产出", "出", "out:", "out ")
