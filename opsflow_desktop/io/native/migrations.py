"""Upgrades of older .opsflow files, one format version at a time (N -> N + 1).

Each migration takes the whole file as parsed JSON and returns it in the next version's shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ...i18n import tr

CURRENT_FORMAT_VERSION = 7

_LIST_SEPARATORS = re.compile(r"[、,，;；\n]+")


class MigrationError(ValueError):
    """An old file whose content does not have the shape its version promises."""


def _split_list(value: Any) -> Any:
    """Version 1 kept inputs and outputs as one string, e.g. "部门反馈表、历史数据报告"."""
    if isinstance(value, str):
        return [part.strip() for part in _LIST_SEPARATORS.split(value) if part.strip()]
    return value


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 gave steps flat geometry and list-valued inputs/outputs, and findings a plain target id.

    v1 step:    {"bounds": [x, y, w, h], "inputs": "a、b", "outputs": "c"}
    v1 finding: {"target": {"kind": "step", "id": "step_1"}}
    """
    maps = data["project"].get("maps", [])
    if not isinstance(maps, list) or not all(isinstance(m, dict) for m in maps):
        raise MigrationError(tr("“maps” is not a list of maps"))
    for process_map in maps:
        steps, findings = process_map.get("steps", []), process_map.get("findings", [])
        if not isinstance(steps, list) or not all(isinstance(st, dict) for st in steps):
            raise MigrationError(tr("the steps of map {id} are not a list of steps", id=process_map.get("id", "?")))
        if not isinstance(findings, list) or not all(isinstance(f, dict) for f in findings):
            raise MigrationError(
                tr("the findings of map {id} are not a list of findings", id=process_map.get("id", "?"))
            )
        for step in steps:
            bounds = step.pop("bounds", None)
            if isinstance(bounds, list) and len(bounds) == 4:
                step["x"], step["y"], step["width"], step["height"] = bounds
            for key in ("inputs", "outputs"):
                if key in step:
                    step[key] = _split_list(step[key])
        for finding in findings:
            target = finding.pop("target", None)
            if isinstance(target, dict) and "target_id" not in finding:
                finding["target_id"] = target.get("id")
    data["format_version"] = 2
    return data


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 lets a map remember dismissed suggestions; older maps have dismissed none."""
    for process_map in data["project"].get("maps", []):
        if isinstance(process_map, dict):
            process_map.setdefault("dismissed_suggestions", [])
    data["format_version"] = 3
    return data


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 ties each sign-off to a document version and freezes a signed-off revision with a hash.

    Older sign-offs belong to the version the file is at. An older file marked signed off has no hash, so
    nothing proves what was signed: it goes back to review, where recording the last sign-off freezes it.
    """
    project = data["project"]
    meta = project.get("meta")
    version = meta.get("version", "V1.0") if isinstance(meta, dict) else "V1.0"
    for signoff in project.get("signoffs", []):
        if isinstance(signoff, dict):
            signoff.setdefault("version", version)
    if isinstance(meta, dict) and meta.get("status") == "signed_off" and not meta.get("signed_hash"):
        meta["status"] = "in_review"
    data["format_version"] = 4
    return data


def _v4_to_v5(data: dict[str, Any]) -> dict[str, Any]:
    """Version 5 adds the manual's glossary and related documents, and the sides where a flow attaches.

    All of them have defaults (no terms, no documents, sides chosen by the canvas), so an older file keeps
    its meaning, and its signed hash, unchanged (defaults are not part of the signed content).
    """
    data["format_version"] = 5
    return data


def _v5_to_v6(data: dict[str, Any]) -> dict[str, Any]:
    """Version 6 adds interview records, the evidence's link to one, and each map's interview text.

    All default to empty, so an older file keeps its meaning and its signed hash.
    """
    data["format_version"] = 6
    return data


def _v6_to_v7(data: dict[str, Any]) -> dict[str, Any]:
    """Version 7 adds a workshop's record (title, attendees, agenda, decisions, actions, dot votes) and each
    finding's priority. All default to empty, so an older file keeps its meaning and its signed hash.
    """
    data["format_version"] = 7
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
    6: _v6_to_v7,
}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring parsed file content up to CURRENT_FORMAT_VERSION."""
    version = data["format_version"]
    while version < CURRENT_FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version = data["format_version"]
    return data
