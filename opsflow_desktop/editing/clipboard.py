"""Copy and paste of steps as plain data: the flows among them come along, ids are made fresh.

A fragment names lanes and phases by name, so pasting into another map puts each step into the
lane and phase of the same name there (or the nearest one when that map has no such lane).
"""

from __future__ import annotations

from typing import Any

from ..model import Document, Flow, ProcessMap, Step, new_id

FRAGMENT_FORMAT = "opsflow-fragment/1"


def copy_fragment(doc: Document, step_ids: list[str]) -> dict[str, Any]:
    """The chosen steps and the flows that run between them, as JSON-ready data."""
    chosen = [doc.get(i) for i in step_ids if isinstance(doc.get(i), Step)]
    if not chosen:
        return {"format": FRAGMENT_FORMAT, "steps": [], "flows": []}
    process_map = doc.map_of(chosen[0].id)
    lanes = {lane.id: lane.name for lane in process_map.lanes}
    phases = {phase.id: phase.name for phase in process_map.phases}
    ids = {s.id for s in chosen}
    return {
        "format": FRAGMENT_FORMAT,
        "steps": [
            {
                **s.model_dump(mode="json", exclude={"source_step_ids"}),
                "lane_name": lanes.get(s.lane_id, ""),
                "phase_name": phases.get(s.phase_id, ""),
            }
            for s in chosen
        ],
        "flows": [f.model_dump(mode="json") for f in process_map.flows if f.source_id in ids and f.target_id in ids],
    }


def is_fragment(data: Any) -> bool:
    """Whether ``data`` has the shape of copied steps; anything else on the clipboard is ignored."""
    if not isinstance(data, dict) or data.get("format") != FRAGMENT_FORMAT:
        return False
    steps, flows = data.get("steps"), data.get("flows", [])
    if not isinstance(steps, list) or not isinstance(flows, list):
        return False
    number = (int, float)
    return all(
        isinstance(s, dict)
        and isinstance(s.get("id"), str)
        and isinstance(s.get("x"), number)
        and isinstance(s.get("y"), number)
        and not isinstance(s.get("x"), bool)
        for s in steps
    ) and all(
        isinstance(f, dict) and isinstance(f.get("source_id"), str) and isinstance(f.get("target_id"), str)
        for f in flows
    )


def materialise(fragment: dict[str, Any], target: ProcessMap, dx: float, dy: float) -> tuple[list[Step], list[Flow]]:
    """New steps and flows for ``target``: fresh ids, lanes and phases matched by name, shifted by (dx, dy)."""
    lanes_by_name = {lane.name: lane.id for lane in target.lanes}
    phases_by_name = {phase.name: phase.id for phase in target.phases}
    fallback_lane = target.lanes[0].id if target.lanes else ""
    fallback_phase = target.phases[0].id if target.phases else ""
    fresh: dict[str, str] = {}
    steps = []
    for raw in fragment["steps"]:
        data = {k: v for k, v in raw.items() if k not in ("lane_name", "phase_name")}
        fresh[data["id"]] = new_id("step")
        data.update(
            id=fresh[data["id"]],
            x=data["x"] + dx,
            y=data["y"] + dy,
            lane_id=lanes_by_name.get(raw.get("lane_name"), fallback_lane),
            phase_id=phases_by_name.get(raw.get("phase_name"), fallback_phase),
        )
        # RACI names departments of the project; a paste into another project keeps only what exists.
        steps.append(Step.model_validate(data))
    flows = [
        Flow.model_validate(
            {**raw, "id": new_id("flow"), "source_id": fresh[raw["source_id"]], "target_id": fresh[raw["target_id"]]}
        )
        for raw in fragment.get("flows", [])
        if raw["source_id"] in fresh and raw["target_id"] in fresh
    ]
    return steps, flows
