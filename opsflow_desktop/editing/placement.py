"""Where a step goes: inside its lane and phase, in a free spot, or next to another step. Pure geometry, no Qt.

Shared by the editor's intents and the imports, so every way of adding a step places it by the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..layout.bands import band_at, extent, starts
from ..model import Lane, Phase, ProcessMap, Step
from ..model.elements import DEFAULT_LANE_HEIGHT
from .bands import bands_of

GAP = 20.0  # between steps placed in a free spot
NEXT_GAP = 50.0  # between a step and the next one added beside it: room for the arrow
MIN_STEP_WIDTH, MIN_STEP_HEIGHT = 40.0, 30.0


def inside_bands(
    process_map: ProcessMap, step: Step, x: float, y: float, lane_id: str | None = None, phase_id: str | None = None
) -> tuple[float, float]:
    """Keep a step's centre inside the lanes and phases (inside the given ones, when named),
    so that where a step is drawn and the department it belongs to always agree."""

    def clamp(start: float, size: float, extent_start: float, extent_size: float) -> float:
        if extent_size <= 0:
            return start
        centre = min(max(start + size / 2, extent_start + 1), extent_start + extent_size - 1)
        return centre - size / 2

    lanes, phases = bands_of(process_map, Lane), bands_of(process_map, Phase)
    lane_tops, phase_lefts = starts(lanes), starts(phases)
    if lane_id in lane_tops:
        y = clamp(y, step.height, lane_tops[lane_id], next(b.size for b in lanes if b.id == lane_id))
    else:
        y = clamp(y, step.height, 0.0, sum(b.size for b in lanes))
    if phase_id in phase_lefts:
        x = clamp(x, step.width, phase_lefts[phase_id], next(b.size for b in phases if b.id == phase_id))
    else:
        x = clamp(x, step.width, 0.0, sum(b.size for b in phases))
    return x, y


def bands_under(
    process_map: ProcessMap, x: float, y: float, width: float, height: float
) -> tuple[str | None, str | None]:
    """The lane and phase under a rectangle's centre."""
    return (band_at(bands_of(process_map, Lane), y + height / 2), band_at(bands_of(process_map, Phase), x + width / 2))


def free_spot(process_map: ProcessMap, lane_id: str, phase_id: str, width: float, height: float) -> tuple[float, float]:
    """The first spot left to right in the lane/phase cell that overlaps no other step."""
    lane_top = starts(bands_of(process_map, Lane)).get(lane_id, 0.0)
    phase_left = starts(bands_of(process_map, Phase)).get(phase_id, 0.0)
    lane = next((b for b in process_map.lanes if b.id == lane_id), None)
    y = lane_top + max(GAP, ((lane.height if lane else height) - height) / 2)
    x = phase_left + GAP
    occupied = [(s.x, s.y, s.width, s.height) for s in process_map.steps if s.lane_id == lane_id]
    while any(
        x < ox + ow + GAP and ox < x + width + GAP and y < oy + oh and oy < y + height for ox, oy, ow, oh in occupied
    ):
        x += width + GAP
    return x, y


@dataclass(frozen=True)
class NextSpot:
    """Where a step added next to another goes, and what the map must make room for first."""

    x: float
    y: float
    lane_id: str  # empty when a new lane is needed (below the last one)
    phase_id: str
    phase_width: float | None = None  # the phase grows to this width to hold the new step


def next_spot(process_map: ProcessMap, source: Step, direction: str, width: float, height: float) -> NextSpot | None:
    """Beside ``source``, never on top of another step: "right" in the same lane and stage (the stage grows
    when the step would leave it), "left" in the same lane, "down" in the lane below (a new lane below the
    last one), "up" in the lane above. None when there is no room: left of the first stage, above the top."""
    lanes, phases = bands_of(process_map, Lane), bands_of(process_map, Phase)
    lane_tops, phase_lefts = starts(lanes), starts(phases)
    if direction in ("right", "left"):
        lane_id = source.lane_id
        y = source.y + (source.height - height) / 2
        forward = direction == "right"
        x = source.x + source.width + NEXT_GAP if forward else source.x - NEXT_GAP - width
        x = _clear_horizontally(process_map, lane_id, x, y, width, height, forward)
        phase_id = source.phase_id if forward else band_at(phases, x + width / 2)
        if phase_id is None:
            return None
    else:
        index = next(i for i, b in enumerate(lanes) if b.id == source.lane_id) + (1 if direction == "down" else -1)
        if index < 0:
            return None
        x = source.x + (source.width - width) / 2
        if index == len(lanes):
            lane_id, top, size = "", extent(lanes), DEFAULT_LANE_HEIGHT
        else:
            lane_id, top, size = lanes[index].id, lane_tops[lanes[index].id], lanes[index].size
        y = top + (size - height) / 2
        if lane_id:
            x = _clear_horizontally(process_map, lane_id, x, y, width, height, True)
        phase_id = band_at(phases, x + width / 2) or source.phase_id
    phase_size = next(b.size for b in phases if b.id == phase_id)
    needed = x + width + GAP - phase_lefts[phase_id]
    return NextSpot(x, y, lane_id, phase_id, phase_width=needed if needed > phase_size else None)


def _clear_horizontally(
    process_map: ProcessMap, lane_id: str, x: float, y: float, width: float, height: float, forward: bool
) -> float:
    """Move ``x`` right (or left) past the steps of the lane it would overlap."""
    others = [(s.x, s.y, s.width, s.height) for s in process_map.steps if s.lane_id == lane_id]
    for _ in range(len(others) + 1):
        hit = next(
            (
                (ox, ow)
                for ox, oy, ow, oh in others
                if x < ox + ow + GAP and ox < x + width + GAP and y < oy + oh and oy < y + height
            ),
            None,
        )
        if hit is None:
            return x
        x = hit[0] + hit[1] + NEXT_GAP if forward else hit[0] - NEXT_GAP - width
    return x


def follow_band_change(process_map: ProcessMap, step: Step, fields: dict[str, Any]) -> dict[str, Any]:
    """A step given another lane or phase by field moves into it, keeping its offset in the band."""
    if not fields.keys() & {"lane_id", "phase_id"}:
        return fields
    lane_tops, phase_lefts = starts(bands_of(process_map, Lane)), starts(bands_of(process_map, Phase))
    lane_id, phase_id = fields.get("lane_id", step.lane_id), fields.get("phase_id", step.phase_id)
    if lane_id in lane_tops and step.lane_id in lane_tops and "y" not in fields:
        fields["y"] = step.y + lane_tops[lane_id] - lane_tops[step.lane_id]
    if phase_id in phase_lefts and step.phase_id in phase_lefts and "x" not in fields:
        fields["x"] = step.x + phase_lefts[phase_id] - phase_lefts[step.phase_id]
    return fields
