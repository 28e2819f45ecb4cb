"""The bundled sample is a real product-listing process: valid, with lineage, findings and a goal."""

from opsflow_desktop.analysis.graph import handoffs
from opsflow_desktop.io import load_project
from opsflow_desktop.model import FindingType, MapKind, StepKind
from opsflow_desktop.paths import sample_project


def main_path_hours(process_map) -> float:
    """Lead time along the path that never takes a rework branch (labelled 不通过)."""
    steps = {s.id: s for s in process_map.steps}
    step = next(s for s in process_map.steps if s.kind is StepKind.START)
    total, seen = 0.0, set()
    while step is not None and step.id not in seen:
        seen.add(step.id)
        total += step.lead_hours
        onward = [f for f in process_map.flows if f.source_id == step.id and f.label != "不通过"]
        step = steps[onward[0].target_id] if onward else None
    return total


def test_sample_has_a_current_and_a_derived_target_map():
    project = load_project(sample_project())
    current, target = project.maps
    assert current.kind is MapKind.CURRENT and target.kind is MapKind.TARGET
    assert target.derived_from == current.id
    assert 5 <= len(project.departments) <= 7
    assert len([s for s in current.steps if s.kind is StepKind.APPROVAL]) == 5
    assert len([s for s in target.steps if s.kind is StepKind.APPROVAL]) == 3  # two approvals + stock control


def test_sample_times_tell_the_72_to_48_hour_story():
    current, target = load_project(sample_project()).maps
    assert main_path_hours(current) == 72
    assert 44 <= main_path_hours(target) <= 48
    assert len(handoffs(target)) < len(handoffs(current))


def test_sample_findings_sit_on_steps_flows_lanes_and_the_map():
    current = load_project(sample_project()).maps[0]
    kinds_of_target = set()
    for finding in current.findings:
        if finding.target_id == current.id:
            kinds_of_target.add("map")
        elif any(f.id == finding.target_id for f in current.flows):
            kinds_of_target.add("flow")
        elif any(lane.id == finding.target_id for lane in current.lanes):
            kinds_of_target.add("lane")
        else:
            kinds_of_target.add("step")
        assert finding.description and finding.evidence.source
    assert kinds_of_target == {"map", "flow", "lane", "step"}
    assert {
        FindingType.BOTTLENECK,
        FindingType.BREAKPOINT,
        FindingType.REDUNDANT_NODE,
        FindingType.DUPLICATE_WORK,
        FindingType.RISK_POINT,
    } <= {f.type for f in current.findings}


def test_sample_lineage_records_the_merges():
    current, target = load_project(sample_project()).maps
    names = {s.id: s.name for s in current.steps}
    merged = {s.name: sorted(names[i] for i in s.source_step_ids) for s in target.steps if len(s.source_step_ids) > 1}
    assert merged["商品资料统一录入"] == sorted(["商品资料整理", "各平台商品信息录入"])
    assert "运营经理审批" in merged["运营审批（统一提报）"]


def test_sample_goal_is_listing_lead_time():
    project = load_project(sample_project())
    goal = project.goals[0]
    assert (goal.metric, goal.baseline, goal.target, goal.unit) == ("lead_time_hours", 72, 48, "小时")
