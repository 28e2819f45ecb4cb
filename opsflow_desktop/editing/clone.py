"""Copies of map content with fresh ids: deriving a target map now, copy and paste later."""

from __future__ import annotations

from ..model import MapKind, ProcessMap, new_id


def derive_target_map(current: ProcessMap, name: str) -> ProcessMap:
    """A target map that starts as a copy of ``current``, each step remembering where it came from.

    Findings stay on the current map: they describe what is wrong today, not the design.
    """
    lane_ids = {lane.id: new_id("lane") for lane in current.lanes}
    phase_ids = {phase.id: new_id("phase") for phase in current.phases}
    step_ids = {step.id: new_id("step") for step in current.steps}
    return ProcessMap(
        name=name,
        kind=MapKind.TARGET,
        derived_from=current.id,
        description=current.description,
        lanes=[lane.model_copy(deep=True, update={"id": lane_ids[lane.id]}) for lane in current.lanes],
        phases=[phase.model_copy(deep=True, update={"id": phase_ids[phase.id]}) for phase in current.phases],
        steps=[
            step.model_copy(deep=True, update={
                "id": step_ids[step.id],
                "lane_id": lane_ids.get(step.lane_id, step.lane_id),
                "phase_id": phase_ids.get(step.phase_id, step.phase_id),
                "source_step_ids": [step.id],
            })
            for step in current.steps
        ],
        flows=[
            flow.model_copy(deep=True, update={
                "id": new_id("flow"),
                "source_id": step_ids[flow.source_id],
                "target_id": step_ids[flow.target_id],
            })
            for flow in current.flows
        ],
    )
