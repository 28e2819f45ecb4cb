"""Every structure check fires where it should and stays silent where it should not."""

from opsflow_desktop.analysis.checks import run_checks
from opsflow_desktop.analysis.map_structure import MapStructure
from opsflow_desktop.io import load_project
from opsflow_desktop.model import StepKind
from opsflow_desktop.paths import sample_project


def rules(build, project=None):
    return {c.rule: c for c in run_checks(MapStructure(build.map), project)}


def test_the_sample_is_clean():
    project = load_project(sample_project())
    for process_map in project.maps:
        assert run_checks(MapStructure(process_map), project) == []


def test_no_start_and_no_end(build):
    build.step("A")
    found = rules(build)
    assert "no_start" in found and "no_end" in found
    build.step("S", kind=StepKind.START)
    build.step("E", kind=StepKind.END)
    found = rules(build)
    assert "no_start" not in found and "no_end" not in found


def test_unreachable_and_dead_ends(build):
    build.step("S", kind=StepKind.START)
    build.step("A")
    build.step("Lost")
    build.step("E", kind=StepKind.END)
    build.flow("S", "A")
    build.flow("A", "E")
    found = rules(build)
    assert found["unreachable"].element_ids == (build.ids["Lost"],)
    assert found["dead_end"].element_ids == (build.ids["Lost"],)
    build.flow("A", "Lost")
    build.flow("Lost", "E")
    assert "unreachable" not in rules(build) and "dead_end" not in rules(build)


def test_decisions_need_two_ways_out(build):
    build.step("S", kind=StepKind.START)
    build.step("D", kind=StepKind.DECISION)
    build.step("E", kind=StepKind.END)
    build.flow("S", "D")
    build.flow("D", "E")
    assert rules(build)["decision_branches"].element_ids == (build.ids["D"],)
    build.step("X")
    build.flow("D", "X")
    build.flow("X", "E")
    assert "decision_branches" not in rules(build)


def test_flows_into_a_start_or_out_of_an_end(build):
    build.step("S", kind=StepKind.START)
    build.step("E", kind=StepKind.END)
    forward = build.flow("S", "E")
    backward = build.flow("E", "S")
    found = rules(build)
    assert found["flow_into_start"].element_ids == (backward,)
    assert found["flow_out_of_end"].element_ids == (backward,)
    assert forward not in found["flow_into_start"].element_ids


def test_steps_without_a_department(build):
    build.step("S", kind=StepKind.START)
    found = rules(build, build.doc.project)
    assert found["no_department"].element_ids == (build.ids["S"],)
    department = build.editor.add_department("运营部")
    build.editor.set_fields(build.lanes["运营部"].id, {"department_id": department.id})
    assert "no_department" not in rules(build, build.doc.project)


def test_duplicate_names(build):
    build.step("审批")
    build.step("审批 ", "设计部")
    build.step("复核")
    found = rules(build)
    assert set(found["duplicate_name"].element_ids) == {build.doc.maps[0].steps[0].id, build.doc.maps[0].steps[1].id}
