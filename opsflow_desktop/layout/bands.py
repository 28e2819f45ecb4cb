"""Swimlane geometry: lanes stack downwards from y = 0, phases run rightwards from x = 0.

A band is anything with an ``id`` and a size (a lane's height, a phase's width). The canvas draws
the headers outside the bands (lane headers left of x = 0, phase headers above y = 0).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Band:
    id: str
    size: float


def starts(bands: Sequence[Band]) -> dict[str, float]:
    """Where each band begins, in order."""
    result: dict[str, float] = {}
    position = 0.0
    for band in bands:
        result[band.id] = position
        position += band.size
    return result


def extent(bands: Sequence[Band]) -> float:
    return sum(band.size for band in bands)


def band_at(bands: Sequence[Band], coordinate: float) -> str | None:
    """The band containing ``coordinate``, or None outside all bands."""
    position = 0.0
    for band in bands:
        if position <= coordinate < position + band.size:
            return band.id
        position += band.size
    return None


def shifts(before: Sequence[Band], after: Sequence[Band]) -> dict[str, float]:
    """How far each band that exists in both orders moved; bands that did not move are left out."""
    old, new = starts(before), starts(after)
    return {band_id: new[band_id] - old[band_id] for band_id in new if band_id in old and new[band_id] != old[band_id]}
