"""The route of a workshop walk-through: the frames a presentation shows stage by stage, the steps in the
order of the flow, and the spotlight around one step. Pure geometry in scene units; no Qt.

A frame is a stage (a column) and the lanes that work in it. Where that would be too large to read from the
back of the room, it is cut into parts — groups of lanes, then slices of the column — each no larger than
``readable`` (the scene size that still shows step text at the projector's minimum size).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from ..model import Lane, ProcessMap, Step
from .bands import Band, starts

Rect = tuple[float, float, float, float]  # x, y, width, height
PADDING = 16.0  # scene units around what a frame shows, so nothing touches the screen's edge


@dataclass(frozen=True)
class Frame:
    rect: Rect
    phase_id: str | None  # None: the overview of the whole map
    lane_ids: tuple[str, ...]
    part: int = 1  # which part of its stage (1-based) ...
    parts: int = 1  # ... of how many


def union(rects: list[Rect]) -> Rect:
    left = min(r[0] for r in rects)
    top = min(r[1] for r in rects)
    right = max(r[0] + r[2] for r in rects)
    bottom = max(r[1] + r[3] for r in rects)
    return left, top, right - left, bottom - top


def pad(rect: Rect, margin: float = PADDING) -> Rect:
    return rect[0] - margin, rect[1] - margin, rect[2] + 2 * margin, rect[3] + 2 * margin


def step_rect(step: Step) -> Rect:
    return step.x, step.y, step.width, step.height


def overview(process_map: ProcessMap) -> Frame:
    """The whole map: its lanes and stages, and any step drawn outside them."""
    rects = [step_rect(s) for s in process_map.steps]
    width = sum(p.width for p in process_map.phases)
    height = sum(lane.height for lane in process_map.lanes)
    if width and height:
        rects.append((0.0, 0.0, width, height))
    return Frame(pad(union(rects)) if rects else (0.0, 0.0, 800.0, 450.0), None, ())


def stage_frames(process_map: ProcessMap, readable: tuple[float, float]) -> list[Frame]:
    """One frame per stage in order (a stage with nothing in it too: the room sees it is empty), cut into
    parts where the stage is larger than ``readable`` (width, height in scene units)."""
    max_width, max_height = max(readable[0] - 2 * PADDING, 1.0), max(readable[1] - 2 * PADDING, 1.0)
    lane_tops = starts([Band(lane.id, lane.height) for lane in process_map.lanes])
    phase_lefts = starts([Band(p.id, p.width) for p in process_map.phases])
    lanes = {lane.id: lane for lane in process_map.lanes}
    by_stage: dict[str, list[Step]] = {}
    for step in process_map.steps:
        by_stage.setdefault(step.phase_id, []).append(step)
    frames: list[Frame] = []
    for phase in process_map.phases:
        left = phase_lefts[phase.id]
        steps = by_stage.get(phase.id, [])
        used = {s.lane_id for s in steps}
        rows = _lane_groups([lane.id for lane in process_map.lanes if lane.id in used], lanes, lane_tops, max_height)
        if not rows:
            rows = [tuple(lane.id for lane in process_map.lanes)]
        parts: list[tuple[Rect, tuple[str, ...]]] = []
        for row in rows:
            top = lane_tops[row[0]] if row else 0.0
            bottom = lane_tops[row[-1]] + lanes[row[-1]].height if row else 450.0
            inside = [step_rect(s) for s in steps if s.lane_id in row]
            x0, y0, w0, h0 = union([(left, top, phase.width, bottom - top), *inside])
            count = max(1, int(-(-w0 // max_width)))  # equal slices: no sliver of a last part
            parts.extend(((x0 + i * w0 / count, y0, w0 / count, h0), row) for i in range(count))
        frames.extend(
            Frame(pad(rect), phase.id, row, index, len(parts)) for index, (rect, row) in enumerate(parts, start=1)
        )
    return frames


def _lane_groups(
    used: list[str], lanes: dict[str, Lane], tops: dict[str, float], max_height: float
) -> list[tuple[str, ...]]:
    """Consecutive runs of the lanes that work in a stage, each run no taller than ``max_height``; a lane
    taller than that on its own is a run by itself (the frame is then cut into slices only sideways)."""
    groups: list[list[str]] = []
    for lane_id in used:
        if groups:
            first = groups[-1][0]
            bottom = tops[lane_id] + lanes[lane_id].height
            if bottom - tops[first] <= max_height:
                groups[-1].append(lane_id)
                continue
        groups.append([lane_id])
    # Between two used lanes of one run, the empty ones belong to it too: their flows cross the picture.
    return [tuple(lane for lane in lanes if tops[group[0]] <= tops[lane] <= tops[group[-1]]) for group in groups]


def walk_order(process_map: ProcessMap) -> list[str]:
    """The steps in the order the work flows: each after the steps that hand work to it, a rework loop (a flow
    back to an earlier stage, or leftwards) not counting; among steps that are ready, the leftmost first, then
    the topmost. Steps no flow reaches come in reading order."""
    steps = {s.id: s for s in process_map.steps}
    forward: dict[str, list[str]] = {s: [] for s in steps}
    waiting = dict.fromkeys(steps, 0)
    for flow in process_map.flows:
        source, goal = steps.get(flow.source_id), steps.get(flow.target_id)
        if source is None or goal is None or source is goal or _is_rework(source, goal):
            continue
        forward[source.id].append(goal.id)
        waiting[goal.id] += 1

    def key(step_id: str) -> tuple[float, float, str]:
        step = steps[step_id]
        return step.x, step.y, step_id

    ready = [key(s) for s, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        step_id = heapq.heappop(ready)[2]
        order.append(step_id)
        for target in forward[step_id]:
            waiting[target] -= 1
            if waiting[target] == 0:
                heapq.heappush(ready, key(target))
    if len(order) < len(steps):  # a loop with no way in: reading order for what is left
        seen = set(order)
        order.extend(sorted((s for s in steps if s not in seen), key=key))
    return order


def _is_rework(source: Step, target: Step) -> bool:
    return target.x + target.width / 2 < source.x + source.width / 2 - 1


@dataclass(frozen=True)
class Spotlight:
    step_id: str
    step_ids: tuple[str, ...]  # the step and the steps at the other end of its flows
    flow_ids: tuple[str, ...]  # every flow into or out of it
    handoff_ids: tuple[str, ...]  # those of them that cross into another lane: where work changes hands
    rect: Rect  # what the presentation zooms to


def spotlight(process_map: ProcessMap, step_id: str, readable: tuple[float, float]) -> Spotlight:
    """The step, its flows and the steps they connect it with; the frame is that neighbourhood, shrunk to
    ``readable`` around the step when the neighbours are far apart."""
    steps = {s.id: s for s in process_map.steps}
    step = steps[step_id]
    flows = [f for f in process_map.flows if step_id in (f.source_id, f.target_id)]
    partners = [steps[o] for f in flows for o in (f.source_id, f.target_id) if o != step_id and o in steps]
    handoffs = tuple(
        f.id
        for f in flows
        if f.source_id in steps and f.target_id in steps and steps[f.source_id].lane_id != steps[f.target_id].lane_id
    )
    rect = pad(union([step_rect(step), *(step_rect(p) for p in partners)]), 3 * PADDING)
    rect = _clamp_around(rect, step_rect(step), readable)
    ids = tuple(dict.fromkeys([step_id, *(p.id for p in partners)]))
    return Spotlight(step_id, ids, tuple(f.id for f in flows), handoffs, rect)


def _clamp_around(rect: Rect, centre: Rect, readable: tuple[float, float]) -> Rect:
    """``rect`` no larger than ``readable``; when cut, the cut stays centred on ``centre``."""
    x, y, w, h = rect
    cx, cy = centre[0] + centre[2] / 2, centre[1] + centre[3] / 2
    if w > readable[0]:
        x, w = cx - readable[0] / 2, readable[0]
    if h > readable[1]:
        y, h = cy - readable[1] / 2, readable[1]
    return x, y, w, h


def frames_of_steps(frames: list[Frame], process_map: ProcessMap) -> dict[str, int]:
    """The index of the frame that shows each step (its stage, its lane), in one pass over the steps."""
    by_phase: dict[str | None, list[int]] = {}
    for index, frame in enumerate(frames):
        by_phase.setdefault(frame.phase_id, []).append(index)
    found: dict[str, int] = {}
    for step in process_map.steps:
        candidates = by_phase.get(step.phase_id, [])
        if not candidates:
            continue
        cx, cy = step.x + step.width / 2, step.y + step.height / 2
        found[step.id] = next(
            (i for i in candidates if _contains(frames[i].rect, cx, cy)),
            candidates[0],
        )
    return found


def _contains(rect: Rect, x: float, y: float) -> bool:
    return rect[0] <= x <= rect[0] + rect[2] and rect[1] <= y <= rect[1] + rect[3]


def frame_of_step(frames: list[Frame], process_map: ProcessMap, step_id: str) -> int | None:
    """The index of the frame that shows one step."""
    return frames_of_steps(frames, process_map).get(step_id)
