"""Elements validate their own values: a user cannot store nonsense through any path."""

import pytest
from pydantic import ValidationError

from opsflow_desktop.model import Finding, FindingType, Flow, Lane, Step, StepKind


def test_step_defaults_carry_every_planning_table_column():
    step = Step(name="选品会", lane_id="lane_1", phase_id="phase_1")
    assert step.kind is StepKind.TASK
    assert (step.owner, step.inputs, step.outputs, step.deadline, step.remarks) == ("", [], [], "", "")
    assert step.raci == {} and step.instructions == [] and step.source_step_ids == []
    assert step.id.startswith("step_")


def test_ids_are_unique():
    assert len({Step(name="x", lane_id="l", phase_id="p").id for _ in range(1000)}) == 1000


@pytest.mark.parametrize("field, value", [("processing_hours", -1), ("waiting_hours", -0.5), ("width", 0)])
def test_step_rejects_impossible_numbers(field, value):
    with pytest.raises(ValidationError):
        Step(name="x", lane_id="l", phase_id="p", **{field: value})


def test_flow_probability_is_between_zero_and_one():
    assert Flow(source_id="a", target_id="b", probability=0.3).probability == 0.3
    with pytest.raises(ValidationError):
        Flow(source_id="a", target_id="b", probability=1.5)


def test_unknown_fields_are_refused():
    with pytest.raises(ValidationError):
        Lane(name="运营部", colour="red")


def test_lead_hours_adds_processing_and_waiting():
    assert Step(name="x", lane_id="l", phase_id="p", processing_hours=2, waiting_hours=6).lead_hours == 8


def test_finding_needs_a_type_and_a_target():
    with pytest.raises(ValidationError):
        Finding(target_id="step_1")
    assert Finding(type="bottleneck", target_id="step_1").type is FindingType.BOTTLENECK
