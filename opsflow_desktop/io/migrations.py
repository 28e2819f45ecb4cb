"""Upgrades of older .opsflow files, one format version at a time (N -> N + 1).

Each migration takes the whole file as parsed JSON and returns it in the next version's shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

CURRENT_FORMAT_VERSION = 2

_LIST_SEPARATORS = re.compile(r"[、,，;；\n]+")


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
    for process_map in data.get("project", {}).get("maps", []):
        for step in process_map.get("steps", []):
            bounds = step.pop("bounds", None)
            if isinstance(bounds, list) and len(bounds) == 4:
                step["x"], step["y"], step["width"], step["height"] = bounds
            for key in ("inputs", "outputs"):
                if key in step:
                    step[key] = _split_list(step[key])
        for finding in process_map.get("findings", []):
            target = finding.pop("target", None)
            if isinstance(target, dict) and "target_id" not in finding:
                finding["target_id"] = target.get("id")
    data["format_version"] = 2
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring parsed file content up to CURRENT_FORMAT_VERSION."""
    version = data["format_version"]
    while version < CURRENT_FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version = data["format_version"]
    return data
