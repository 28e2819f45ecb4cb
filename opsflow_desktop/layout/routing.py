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
            for key in self._rects if cell is None else self._cells.get(cell, ()):
                if key in seen or key in ignore:
                    continue
                seen.add(key)
                rx, ry, rw, rh = self._rects[key]
                if x0 < rx + rw and rx < x1 and y0 < ry + rh and ry < y1:
                    return True
        return False


def _free(points: list[Point], grid: ObstacleGrid | None, ignore: tuple[str, ...]) -> bool:
    return grid is None or not any(grid.blocked(a, b, ignore) for a, b in zip(points, points[1:]))


def route(source: Rect, target: Rect, grid: ObstacleGrid | None = None, ignore: tuple[str, ...] = ()) -> list[Point]:
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
        candidates.append(
            [(s_right, s_mid_y), (out_x, s_mid_y), (out_x, edge), (in_x, edge), (in_x, t_mid_y), (tx, t_mid_y)]
        )
    for points in candidates:
        if _free(points, grid, ignore):
            return points
    return candidates[0]


# ------------------------------------------------------------------ flows attached to chosen sides
STUB = 20.0  # a flow leaves and enters a step straight, for at least this long
OUTWARD = {"top": (0.0, -1.0), "right": (1.0, 0.0), "bottom": (0.0, 1.0), "left": (-1.0, 0.0)}  # per side


def side_port(rect: Rect, side: str) -> Point:
    """The middle of one side of a rectangle: where a flow attached to that side meets the step."""
    x, y, w, h = rect
    return {"top": (x + w / 2, y), "right": (x + w, y + h / 2), "bottom": (x + w / 2, y + h), "left": (x, y + h / 2)}[
        side
    ]


def facing_side(rect: Rect, toward: Point) -> str:
    """The side of ``rect`` that faces a point, along the axis on which the point is further away."""
    x, y, w, h = rect
    dx = (toward[0] - (x + w / 2)) / max(w, 1.0)
    dy = (toward[1] - (y + h / 2)) / max(h, 1.0)
    if abs(dx) >= abs(dy):
        return "right" if dx >= 0 else "left"
    return "bottom" if dy >= 0 else "top"


def _centre(rect: Rect) -> Point:
    return rect[0] + rect[2] / 2, rect[1] + rect[3] / 2


def simplify(points: list[Point]) -> list[Point]:
    """Without repeated points and without corners that are not corners (three points on one line)."""
    result: list[Point] = []
    for point in points:
        if result and abs(point[0] - result[-1][0]) < 0.01 and abs(point[1] - result[-1][1]) < 0.01:
            continue
        if len(result) >= 2:
            a, b = result[-2], result[-1]
            if (abs(a[0] - b[0]) < 0.01 and abs(b[0] - point[0]) < 0.01) or (
                abs(a[1] - b[1]) < 0.01 and abs(b[1] - point[1]) < 0.01
            ):
                result[-1] = point
                continue
        result.append(point)
    return result


def _crosses(points: list[Point], rect: Rect) -> bool:
    rx, ry, rw, rh = rect
    for a, b in zip(points, points[1:]):
        x0, x1 = sorted((a[0], b[0]))
        y0, y1 = sorted((a[1], b[1]))
        if x0 < rx + rw - 0.5 and rx + 0.5 < x1 and y0 < ry + rh - 0.5 and ry + 0.5 < y1:
            return True
        if x0 == x1 and rx + 0.5 < x0 < rx + rw - 0.5 and y0 < ry + rh - 0.5 and ry + 0.5 < y1:
            return True
        if y0 == y1 and ry + 0.5 < y0 < ry + rh - 0.5 and x0 < rx + rw - 0.5 and rx + 0.5 < x1:
            return True
    return False


def route_sides(
    source: Rect,
    target: Rect,
    source_side: str | None,
    target_side: str | None,
    grid: ObstacleGrid | None = None,
    ignore: tuple[str, ...] = (),
) -> list[Point]:
    """An orthogonal route that leaves ``source`` by one side and enters ``target`` by another (a side left
    None faces the other step). Tries the shapes with the fewest bends first; keeps the first that crosses
    neither end step nor any other step."""
    s_side = source_side or facing_side(source, _centre(target))
    t_side = target_side or facing_side(target, _centre(source))
    p, q = side_port(source, s_side), side_port(target, t_side)
    (dsx, dsy), (dtx, dty) = OUTWARD[s_side], OUTWARD[t_side]
    p1 = (p[0] + dsx * STUB, p[1] + dsy * STUB)
    q1 = (q[0] + dtx * STUB, q[1] + dty * STUB)
    middles: list[list[Point]] = [[(q1[0], p1[1])], [(p1[0], q1[1])]]
    for fraction in (0.5, 0.25, 0.75):
        mx = p1[0] + (q1[0] - p1[0]) * fraction
        my = p1[1] + (q1[1] - p1[1]) * fraction
        middles += [[(mx, p1[1]), (mx, q1[1])], [(p1[0], my), (q1[0], my)]]
    sx, sy, sw, sh = source
    tx, ty, tw, th = target
    below, above = max(sy + sh, ty + th) + STUB * 2, min(sy, ty) - STUB * 2
    right, left = max(sx + sw, tx + tw) + STUB * 2, min(sx, tx) - STUB * 2
    for edge in (below, above):
        middles.append([(p1[0], edge), (q1[0], edge)])
    for edge in (right, left):
        middles.append([(edge, p1[1]), (edge, q1[1])])
    candidates = [c for c in (simplify([p, p1, *middle, q1, q]) for middle in middles) if _orthogonal(c)]
    candidates.sort(key=lambda c: (len(c), _length(c)))
    fallback = None
    for points in candidates:
        if _crosses(points, source) or _crosses(points, target):
            continue
        if _free(points, grid, ignore):
            return points
        fallback = fallback or points
    return fallback or (candidates[0] if candidates else [p, q])


def _orthogonal(points: list[Point]) -> bool:
    return all(abs(a[0] - b[0]) < 0.01 or abs(a[1] - b[1]) < 0.01 for a, b in zip(points, points[1:]))


def _length(points: list[Point]) -> float:
    return sum(abs(a[0] - b[0]) + abs(a[1] - b[1]) for a, b in zip(points, points[1:]))


def route_through(
    source: Rect, target: Rect, waypoints: list[Point], source_side: str | None, target_side: str | None
) -> list[Point]:
    """The user's bends joined to the two steps: out of the source's side, through every bend, into the
    target's side, with an elbow wherever two points are not on one line (as after a step moved)."""
    first, last = (waypoints[0], waypoints[-1]) if waypoints else (_centre(target), _centre(source))
    s_side = source_side or facing_side(source, first)
    t_side = target_side or facing_side(target, last)
    p, q = side_port(source, s_side), side_port(target, t_side)
    points = [p, *waypoints, q]
    joined = [p]
    for index, point in enumerate(points[1:], start=1):
        previous = joined[-1]
        if abs(previous[0] - point[0]) > 0.01 and abs(previous[1] - point[1]) > 0.01:
            if index == len(points) - 1:  # the last leg enters the target straight
                across = t_side in ("left", "right")
            elif len(joined) == 1:  # the first leg leaves the source straight
                across = s_side in ("left", "right")
            else:  # otherwise turn: after a vertical leg comes a horizontal one
                across = abs(joined[-1][0] - joined[-2][0]) < 0.01
            if index == len(points) - 1:
                joined.append((previous[0], point[1]) if across else (point[0], previous[1]))
            else:
                joined.append((point[0], previous[1]) if across else (previous[0], point[1]))
        joined.append(point)
    return simplify(joined)


def side_of_travel(a: Point, b: Point, leaving: bool) -> str:
    """The side a flow uses when it goes from ``a`` to ``b``: leaving a step, the side it travels towards;
    entering one, the side it comes in by."""
    if abs(a[1] - b[1]) < 0.01:
        towards = "right" if b[0] > a[0] else "left"
    else:
        towards = "bottom" if b[1] > a[1] else "top"
    if leaving:
        return towards
    return {"right": "left", "left": "right", "bottom": "top", "top": "bottom"}[towards]


def move_segment(points: list[Point], index: int, delta: float) -> list[Point]:
    """Drag one segment of an orthogonal route across itself by ``delta`` (a horizontal segment up or down, a
    vertical one sideways). A segment attached to a step gets a short straight stub there, so the flow still
    leaves and enters its steps straight."""
    pts = list(points)
    a, b = pts[index], pts[index + 1]
    horizontal = abs(a[1] - b[1]) < 0.01
    sx, sy = (0.0, delta) if horizontal else (delta, 0.0)

    def shifted(point: Point) -> Point:
        return point[0] + sx, point[1] + sy

    def toward(start: Point, end: Point, length: float) -> Point:
        dx, dy = end[0] - start[0], end[1] - start[1]
        norm = max(abs(dx) + abs(dy), 1e-9)
        length = min(length, norm / 2)
        return start[0] + dx / norm * length, start[1] + dy / norm * length

    last = len(pts) - 2
    if index == 0 and index == last:
        s, t = toward(a, b, STUB), toward(b, a, STUB)
        result = [a, s, shifted(s), shifted(t), t, b]
    elif index == 0:
        s = toward(a, b, STUB)
        result = [a, s, shifted(s), shifted(b), *pts[2:]]
    elif index == last:
        t = toward(b, a, STUB)
        result = [*pts[:index], shifted(a), shifted(t), t, b]
    else:
        result = [*pts[:index], shifted(a), shifted(b), *pts[index + 2 :]]
    return simplify(result)
