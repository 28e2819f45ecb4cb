"""Where a flow's label goes: beside the flow near its start, where a reader looks for a decision's answer
(是/否, 通过), and clear of the other labels and badges around it. Pure geometry, no Qt."""

from __future__ import annotations

from collections.abc import Iterator

from .routing import Point, Rect

_STEP = 16.0  # how far along the flow each further candidate sits
_CANDIDATES_PER_SEGMENT = 6


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def label_spots(points: list[Point], width: float, height: float) -> Iterator[Rect]:
    """Candidate rectangles along the first two segments, nearest the start first, on both sides of the line
    (made one at a time: the first one is usually free)."""
    made = 0
    for a, b in list(zip(points, points[1:]))[:2]:
        horizontal = abs(a[1] - b[1]) < 0.01
        length = abs(b[0] - a[0]) if horizontal else abs(b[1] - a[1])
        forward = (b[0] >= a[0]) if horizontal else (b[1] >= a[1])
        room = max(length - (width if horizontal else height), 0.0)
        offset = 6.0
        for _ in range(_CANDIDATES_PER_SEGMENT):
            if offset > room and made:
                break
            if horizontal:
                x = a[0] + offset if forward else a[0] - offset - width
                yield x, a[1] - height - 2, width, height
                yield x, a[1] + 2, width, height
            else:
                y = a[1] + offset if forward else a[1] - offset - height
                yield a[0] + 4, y, width, height
                yield a[0] - 4 - width, y, width, height
            made += 2
            offset += _STEP


def place_label(points: list[Point], width: float, height: float, avoid: list[Rect]) -> Rect:
    """The first candidate spot that overlaps nothing in ``avoid``; the first spot when all are taken."""
    first: Rect | None = None
    for spot in label_spots(points, width, height):
        if not any(_overlaps(spot, other) for other in avoid):
            return spot
        first = first or spot
    if first is not None:
        return first
    return (points[0][0], points[0][1], width, height) if points else (0.0, 0.0, width, height)
