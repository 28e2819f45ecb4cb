"""The text's lines and their refs: reading a pasted or typed text into lines, copying them, and carrying each
line's ref (the element it stands for) from one version of the text to the next, so a retyped line edits the
same step. No Qt."""

from __future__ import annotations

import difflib

from ...model.elements import OutlineLine
from . import notation as n


def lines_from_text(text: str) -> list[OutlineLine]:
    return [OutlineLine(text=line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def copy_line(line: OutlineLine, **changes: object) -> OutlineLine:
    """A copy of a line; thousands are copied per keystroke, and plain construction is the quickest way."""
    fields = {"text": line.text, "ref": line.ref, "placed": line.placed, **changes}
    return OutlineLine(**fields)  # type: ignore[arg-type]


def carry_refs(old: list[OutlineLine], texts: list[str]) -> list[OutlineLine]:
    """New lines for ``texts``, each keeping the ref (and layout spot) of the old line it is an edit of: equal
    lines by a diff of the two texts; inside a changed block, each new line takes the next old line of the same
    kind that it still resembles (a renamed step, a reworded finding), in order."""
    start = 0
    while start < min(len(old), len(texts)) and old[start].text == texts[start]:
        start += 1
    end_old, end_new = len(old), len(texts)
    while end_old > start and end_new > start and old[end_old - 1].text == texts[end_new - 1]:
        end_old, end_new = end_old - 1, end_new - 1
    result = [copy_line(line) for line in old[:start]]
    middle_old = old[start:end_old]
    middle_new = texts[start:end_new]
    opcodes = _opcodes([line.text for line in middle_old], middle_new)
    unpaired: dict[str, list[OutlineLine]] = {}  # old lines not carried on, by text: a line moved elsewhere
    fresh: list[int] = []  # positions in result of new lines that got no ref
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            result += [copy_line(line) for line in middle_old[i1:i2]]
            continue
        candidates = middle_old[i1:i2] if tag == "replace" else []
        if len(candidates) == j2 - j1:  # as many lines as before: each one edited in place (even emptied)
            result += [copy_line(old_line, text=text) for old_line, text in zip(candidates, middle_new[j1:j2])]
            continue
        used: set[int] = set()
        for text in middle_new[j1:j2]:
            match = _resembling(candidates, text)
            if match is None:
                fresh.append(len(result))
                result.append(OutlineLine(text=text))
                continue
            used.add(id(candidates[match]))
            result.append(copy_line(candidates[match], text=text))
            candidates = candidates[match + 1 :]
        for old_line in middle_old[i1:i2]:
            if id(old_line) not in used and old_line.ref:
                unpaired.setdefault(old_line.text.strip(), []).append(old_line)
    for position in fresh:
        moved = unpaired.get(result[position].text.strip())
        if moved:
            result[position] = copy_line(moved.pop(0), text=result[position].text)
    result += [copy_line(line) for line in old[end_old:]]
    return result


def _line_kind(text: str) -> str:
    body = n.normalise(text).strip()
    if not body:
        return ""
    if body[0] in "#@!>":
        return body[0]
    return "->" if n.ARROW.search(body) else "step"


DIFF_LIMIT = 250_000  # old x new lines compared by difflib; beyond, a patience diff (linear-logarithmic)


def _opcodes(old: list[str], new: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes for an edit; for a large paste, anchors on the lines both texts have once, in order
    (patience diff), so that replacing a thousand lines never takes seconds."""
    if len(old) * len(new) <= DIFF_LIMIT:
        return list(difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes())
    counts_old: dict[str, int] = {}
    counts_new: dict[str, int] = {}
    for text in old:
        counts_old[text] = counts_old.get(text, 0) + 1
    for text in new:
        counts_new[text] = counts_new.get(text, 0) + 1
    where_old = {text: i for i, text in enumerate(old) if counts_old[text] == 1 and counts_new.get(text) == 1}
    pairs = [(where_old[text], j) for j, text in enumerate(new) if text in where_old]
    anchors = _increasing(pairs)
    opcodes: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for a, b in [*anchors, (len(old), len(new))]:
        if a > i or b > j:
            tag = "replace" if a > i and b > j else "delete" if a > i else "insert"
            opcodes.append((tag, i, a, j, b))
        if a < len(old):
            opcodes.append(("equal", a, a + 1, b, b + 1))
        i, j = a + 1, b + 1
    return opcodes


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of pairs whose old positions increase with the new ones (patience sorting)."""
    tails: list[int] = []  # index into pairs of the smallest tail of each length
    previous: list[int] = [-1] * len(pairs)
    for index, (a, _) in enumerate(pairs):
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if pairs[tails[middle]][0] < a:
                low = middle + 1
            else:
                high = middle
        if low > 0:
            previous[index] = tails[low - 1]
        if low == len(tails):
            tails.append(index)
        else:
            tails[low] = index
    run: list[tuple[int, int]] = []
    index = tails[-1] if tails else -1
    while index >= 0:
        run.append(pairs[index])
        index = previous[index]
    return run[::-1]


LOOK_AHEAD = 4  # old lines a changed line is compared with: enough for an edit, linear for a paste


def _resembling(candidates: list[OutlineLine], text: str) -> int | None:
    kind = _line_kind(text)
    for index, line in enumerate(candidates[:LOOK_AHEAD]):
        if line.ref and _line_kind(line.text) == kind:
            matcher = difflib.SequenceMatcher(None, line.text, text)
            if matcher.real_quick_ratio() >= 0.3 and matcher.quick_ratio() >= 0.3 and matcher.ratio() >= 0.3:
                return index
    return None
