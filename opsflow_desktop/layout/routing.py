"""Orthogonal routes for flows: from the side of one step to the side of another, around other steps.

Pure geometry (tuples of floats), so the canvas, the image renderer and imports share it.
A rectangle is (x, y, width, height); a route is a list of points from source port to target port.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

Rect = tuple[float, float, float, float]
Point = tuple[float, float]

MARGIN = 16.0  # clearance kept around steps
_CELL = 200.0  # bucket size of the obstacle grid


class ObstacleGrid:
    """Step rectangles bucketed on a coarse grid, so a segment only tests the steps near it."""

    def __init__(self, rects: Iterable[tuple[str, Rect]] = ()) -> None:
        self._rects: dict[str, Rect] = {}
        self._cells: dict[tuple[int, int], set[str]] = defaultdict(set)
        for key, rect in rects:
            self.put(key, rect)

    def _cells_of(self, rect: Rect) -> Iterable[tuple[int, int]]:
        x, y, w, h = rect
        for cx in range(int(x // _CELL), int((x + w) // _CELL) + 1):
            for cy in range(int(y // _CELL), int((y + h) // _CELL) + 1):
                yield cx, cy

    def put(self, key: str, rect: Rect) -> None:
        self.remove(key)
        self._rects[key] = rect
        for cell in self._cells_of(rect):
            self._cells[cell].add(key)

    def remove(self, key: str) -> None:
        rect = self._rects.pop(key, None)
        if rect is not None:
            for cell in self._cells_of(rect):
                self._cells[cell].discard(key)

    def blocked(self, a: Point, b: Point, ignore: tuple[str, ...] = ()) -> bool:
        """Whether the axis-parallel segment a-b passes through a step other than those ignored."""
        x0, x1 = sorted((a[0], b[0]))
        y0, y1 = sorted((a[1], b[1]))
        seen: set[str] = set()
        span = (int(x1 // _CELL) - int(x0 // _CELL) + 1) * (int(y1 // _CELL) - int(y0 // _CELL) + 1)
        # A very long segment would visit more empty cells than there are steps: test the steps instead.
        cells = [None] if span > len(self._rects) + 64 else self._cells_of((x0, y0, x1 - x0, y1 - y0))
        for cell in cells:
            for key in (self._rects if cell is None else self._cells.get(cell, ())):
                if key in seen or key in ignore:
                    continue
                seen.add(key)
                rx, ry, rw, rh = self._rects[key]
                if x0 < rx + rw and rx < x1 and y0 < ry + rh and ry < y1:
                    return True
        return False


def _free(points: list[Point], grid: ObstacleGrid | None, ignore: tuple[str, ...]) -> bool:
    return grid is None or not any(grid.blocked(a, b, ignore) for a, b in zip(points, points[1:]))


def route(source: Rect, target: Rect, grid: ObstacleGrid | None = None,
          ignore: tuple[str, ...] = ()) -> list[Point]:
    """An orthogonal route; tries a few shapes and keeps the first that crosses no other step."""
    sx, sy, sw, sh = source
    tx, ty, tw, th = target
    s_right, s_mid_y, s_mid_x = sx + sw, sy + sh / 2, sx + sw / 2
    t_mid_y, t_mid_x = ty + th / 2, tx + tw / 2
    candidates: list[list[Point]] = []

    if tx >= s_right + MARGIN:  # target to the right: out of the right side, into the left side
        if abs(s_mid_y - t_mid_y) < 1:
            candidates.append([(s_right, s_mid_y), (tx, t_mid_y)])
        for fraction in (0.5, 0.25, 0.75, 0.1, 0.9):
            mx = s_right + (tx - s_right) * fraction
            candidates.append([(s_right, s_mid_y), (mx, s_mid_y), (mx, t_mid_y), (tx, t_mid_y)])
    elif ty >= sy + sh + MARGIN or ty + th <= sy - MARGIN:  # target above or below
        down = ty >= sy + sh
        s_port = (s_mid_x, sy + sh) if down else (s_mid_x, sy)
        t_port = (t_mid_x, ty) if down else (t_mid_x, ty + th)
        if abs(s_mid_x - t_mid_x) < 1:
            candidates.append([s_port, t_port])
        for fraction in (0.5, 0.25, 0.75):
            my = s_port[1] + (t_port[1] - s_port[1]) * fraction
            candidates.append([s_port, (s_port[0], my), (t_port[0], my), t_port])
    # Backwards (rework loops) and the fallback: around below, then around above.
    for below in (True, False):
        edge = max(sy + sh, ty + th) + MARGIN * 2 if below else min(sy, ty) - MARGIN * 2
        out_x, in_x = s_right + MARGIN, tx - MARGIN
        candidates.append([(s_right, s_mid_y), (out_x, s_mid_y), (out_x, edge), (in_x, edge), (in_x, t_mid_y),
                           (tx, t_mid_y)])
    for points in candidates:
        if _free(points, grid, ignore):
            return points
    return candidates[0]
