"""Current vs target by lineage (every case), goal colours, and suggested findings."""

import pytest

from opsflow_desktop.analysis.compare import compare_maps
from opsflow_desktop.analysis.goals import GoalStatus, evaluate_goal
from opsflow_desktop.analysis.map_structure import MapStructure
from opsflow_desktop.analysis.metrics import MapMetrics
from opsflow_desktop.analysis.report import analyze_project
from opsflow_desktop.analysis.suggestions import suggest_findings
from opsflow_desktop.io import load_project
from opsflow_desktop.model import FindingType, Goal, GoalDirection, StepKind
from opsflow_desktop.paths import sample_project


def test_every_lineage_case_is_classified(build):
    for name in ("Keep", "Rename", "Drop", "M1", "M2", "Split"):
        build.step(name, p=1)
    current = build.map
    target = build.editor.derive_target(current.id)
    by_name = {build.doc.get(s.source_step_ids[0]).name: s for s in target.steps}
    build.editor.set_fields(by_name["Rename"].id, {"name": "Renamed", "waiting_hours": 2})
    build.editor.set_fields(by_name["M1"].id, {"source_step_ids": [build.ids["M1"], build.ids["M2"]]})
    build.editor.set_fields(by_name["Split"].id, {"name": "Split A"})
    second = build.editor.add_step(
        target.id, "Split B", target.lanes[0].id, target.phases[0].id, source_step_ids=[build.ids["Split"]]
    )
    build.editor.remove([by_name["Drop"].id, by_name["M2"].id])
    new = build.editor.add_step(target.id, "Brand new", target.lanes[1].id, target.phases[0].id)
    comparison = compare_maps(current, target)
    kinds = {c.kind: c for c in comparison.changes}
    assert comparison.counts() == {"kept": 1, "changed": 1, "removed": 1, "merged": 1, "split": 1, "added": 1}
    assert kinds["changed"].fields == ("name", "waiting_hours")
    assert set(kinds["merged"].current_ids) == {build.ids["M1"], build.ids["M2"]}
    assert set(kinds["split"].target_ids) == {by_name["Split"].id, second.id}
    assert kinds["removed"].current_ids == (build.ids["Drop"],)
    assert kinds["added"].target_ids == (new.id,)
    assert comparison.status_of_target_step(new.id) == "added"


def test_lane_changes_count_by_department_name(build):
    build.step("A")
    target = build.editor.derive_target(build.map.id)
    build.editor.set_fields(target.steps[0].id, {"lane_id": target.lanes[1].id})
    assert compare_maps(build.map, target).changes[0].fields == ("lane",)


def test_metric_deltas_on_the_sample():
    project = load_project(sample_project())
    comparison = analyze_project(project).comparisons[0]
    assert comparison.delta("steps") == -4 and comparison.delta("approvals") == -2
    assert comparison.delta("lead_time_hours") == -25 and comparison.delta("handoffs") == -2
    assert comparison.delta("value_added_ratio") > 0


@pytest.mark.parametrize(
    "measured, status",
    [
        (47, GoalStatus.GREEN),
        (48, GoalStatus.GREEN),
        (60, GoalStatus.YELLOW),
        (72, GoalStatus.RED),
        (80, GoalStatus.RED),
    ],
)
def test_goal_colours_lower_is_better(measured, status):
    goal = Goal(name="上架时效", metric="lead_time_hours", baseline=72, target=48, target_map_id="t")
    assert evaluate_goal(goal, {"t": MapMetrics(lead_time_hours=measured)}).status is status


def test_goal_colours_higher_is_better_and_baseline_from_the_current_map():
    goal = Goal(
        name="增值比",
        metric="value_added_ratio",
        target=0.3,
        direction=GoalDirection.HIGHER_IS_BETTER,
        current_map_id="c",
        target_map_id="t",
    )
    metrics = {
        "c": MapMetrics(value_added_ratio=0.2, lead_time_hours=70),
        "t": MapMetrics(value_added_ratio=0.25, lead_time_hours=50),
    }
    result = evaluate_goal(goal, metrics)
    assert result.baseline == 0.2 and result.status is GoalStatus.YELLOW
    assert evaluate_goal(goal.model_copy(update={"metric": "nonsense"}), metrics).status is GoalStatus.UNKNOWN


def test_a_time_goal_on_a_map_without_times_is_not_measurable_rather_than_met():
    goal = Goal(name="时效", metric="lead_time_hours", target=72, current_map_id="c", target_map_id="t")
    result = evaluate_goal(goal, {"c": MapMetrics(), "t": MapMetrics()})
    assert result.status is GoalStatus.UNKNOWN, "0 h because nothing was entered is no achievement"


def test_the_sample_goal_is_green():
    analysis = analyze_project(load_project(sample_project()))
    assert [g.status for g in analysis.goals] == [GoalStatus.GREEN]


def test_suggestions_fire_on_their_patterns(build):
    build.step("S", kind=StepKind.START)
    for name in ("A1", "A2", "A3"):
        build.step(name, kind=StepKind.APPROVAL, w=1)
    build.step("商品信息录入", w=9)
    build.step("平台商品信息录入", "设计部")
    build.step(
        "回到运营",
    )
    build.step("E", kind=StepKind.END)
    for a, b in (
        ("S", "A1"),
        ("A1", "A2"),
        ("A2", "A3"),
        ("A3", "商品信息录入"),
        ("商品信息录入", "平台商品信息录入"),
        ("平台商品信息录入", "回到运营"),
        ("回到运营", "E"),
    ):
        build.flow(a, b)
    found = {s.type: s for s in suggest_findings(MapStructure(build.map))}
    assert found[FindingType.REDUNDANT_NODE].related_ids == (build.ids["A1"], build.ids["A2"], build.ids["A3"])
    assert found[FindingType.BOTTLENECK].target_id == build.ids["商品信息录入"]
    assert found[FindingType.BREAKPOINT].related_ids[1] in {f.id for f in build.map.flows}
    assert set(found[FindingType.DUPLICATE_WORK].related_ids) == {
        build.ids["商品信息录入"],
        build.ids["平台商品信息录入"],
    }


def test_suggestions_stay_silent_without_their_patterns(build):
    build.step("S", kind=StepKind.START)
    build.step("A1", kind=StepKind.APPROVAL)
    build.step("A2", kind=StepKind.APPROVAL)
    build.step("E", kind=StepKind.END)
    for a, b in (("S", "A1"), ("A1", "A2"), ("A2", "E")):
        build.flow(a, b)
    assert suggest_findings(MapStructure(build.map)) == []


def test_dismissed_and_already_marked_suggestions_are_not_offered(build):
    build.step("S", kind=StepKind.START)
    build.step("Wait", w=5)
    build.flow("S", "Wait")
    suggestion = suggest_findings(MapStructure(build.map))[0]
    assert suggest_findings(MapStructure(build.map), {suggestion.key}) == []
    build.editor.add_finding(build.ids["Wait"], FindingType.BOTTLENECK)
    assert suggest_findings(MapStructure(build.map)) == []
