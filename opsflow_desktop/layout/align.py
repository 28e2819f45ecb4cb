"""Align and distribute selected steps (pure geometry on (x, y, width, height) rectangles)."""

from __future__ import annotations

Rect = tuple[float, float, float, float]

ALIGN_MODES = ("left", "hcenter", "right", "top", "vcenter", "bottom")


def align(rects: dict[str, Rect], mode: str) -> dict[str, tuple[float, float]]:
    """New top-left positions that line the rectangles up on the chosen edge or centre."""
    if mode not in ALIGN_MODES:
        raise ValueError(mode)
    if mode == "left":
        edge = min(x for x, _, _, _ in rects.values())
        return {k: (edge, y) for k, (x, y, w, h) in rects.items()}
    if mode == "right":
        edge = max(x + w for x, _, w, _ in rects.values())
        return {k: (edge - w, y) for k, (x, y, w, h) in rects.items()}
    if mode == "hcenter":
        centre = sum(x + w / 2 for x, _, w, _ in rects.values()) / len(rects)
        return {k: (centre - w / 2, y) for k, (x, y, w, h) in rects.items()}
    if mode == "top":
        edge = min(y for _, y, _, _ in rects.values())
        return {k: (x, edge) for k, (x, y, w, h) in rects.items()}
    if mode == "bottom":
        edge = max(y + h for _, y, _, h in rects.values())
        return {k: (x, edge - h) for k, (x, y, w, h) in rects.items()}
    centre = sum(y + h / 2 for _, y, _, h in rects.values()) / len(rects)
    return {k: (x, centre - h / 2) for k, (x, y, w, h) in rects.items()}


def distribute(rects: dict[str, Rect], horizontal: bool) -> dict[str, tuple[float, float]]:
    """Equal gaps between neighbours, keeping the two outermost where they are."""
    if len(rects) < 3:
        return {k: (x, y) for k, (x, y, _, _) in rects.items()}
    axis, size = (0, 2) if horizontal else (1, 3)
    ordered = sorted(rects.items(), key=lambda kv: kv[1][axis])
    first, last = ordered[0][1], ordered[-1][1]
    span = last[axis] + last[size] - first[axis]
    gap = (span - sum(r[size] for _, r in ordered)) / (len(ordered) - 1)
    result, position = {}, first[axis]
    for key, rect in ordered:
        result[key] = (position, rect[1]) if horizontal else (rect[0], position)
        position += rect[size] + gap
    return result
