"""Each metric on small maps whose values are worked out by hand in the test."""

import pytest

from opsflow_desktop.analysis.map_structure import MapStructure
from opsflow_desktop.analysis.metrics import compute_metrics
from opsflow_desktop.model import StepKind, ValueClass


def metrics(build):
    return compute_metrics(MapStructure(build.map))


def test_a_straight_line(build):
    # S(0) -> A(2+3, value-adding) -> B(1+1, other lane) -> E(0)
    build.step("S", kind=StepKind.START)
    build.step("A", p=2, w=3, value=ValueClass.VALUE_ADDING)
    build.step("B", "设计部", p=1, w=1, value=ValueClass.NON_VALUE_ADDING)
    build.step("E", kind=StepKind.END)
    for a, b in (("S", "A"), ("A", "B"), ("B", "E")):
        build.flow(a, b)
    m = metrics(build)
    assert (m.steps, m.decisions, m.approvals, m.departments) == (4, 0, 0, 2)
    assert m.handoffs == 2  # A -> B and B -> E cross lanes
    assert m.lead_time_hours == 7 and m.critical_path_hours == 7
    assert m.processing_hours == 3 and m.value_adding_hours == 2
    assert m.value_added_ratio == pytest.approx(2 / 7, abs=1e-4)
    assert m.non_value_adding_steps == 1 and m.rework_loops == 0
    assert [build.doc.get(i).name for i in m.critical_path] == ["S", "A", "B", "E"]


def test_a_decision_with_probabilities(build):
    # S -> D(1) -> yes 0.7: X(10) -> E ;  no 0.3: Y(2) -> E
    # expected: 1 + 0.7*10 + 0.3*2 = 8.6 ; critical path: 1 + 10 = 11
    build.step("S", kind=StepKind.START)
    build.step("D", kind=StepKind.DECISION, p=1)
    build.step("X", p=10)
    build.step("Y", p=2)
    build.step("E", kind=StepKind.END)
    build.flow("S", "D")
    build.flow("D", "X", 0.7, "是")
    build.flow("D", "Y", 0.3, "否")
    build.flow("X", "E")
    build.flow("Y", "E")
    m = metrics(build)
    assert m.lead_time_hours == pytest.approx(8.6)
    assert m.critical_path_hours == 11
    assert build.ids["X"] in m.critical_path and build.ids["Y"] not in m.critical_path


def test_a_decision_without_probabilities_takes_the_longest_branch(build):
    build.step("S", kind=StepKind.START)
    build.step("D", kind=StepKind.DECISION, p=1)
    build.step("X", p=10)
    build.step("Y", p=2)
    build.step("E", kind=StepKind.END)
    build.flow("S", "D")
    build.flow("D", "X", None, "是")
    build.flow("D", "Y", 0.3, "否")  # one branch without probability: no weighting at this decision
    build.flow("X", "E")
    build.flow("Y", "E")
    assert metrics(build).lead_time_hours == 11


def test_a_rework_loop_is_counted_once_and_reported(build):
    # S -> R(review, 2) -> ok 0.8: E ;  not ok 0.2: F(fix, 3+1) -> back to R
    # lead time counts each step once along the way forward: 2 ; rework: 0.2 * 4 = 0.8 h, one loop
    build.step("S", kind=StepKind.START)
    build.step("R", "设计部", kind=StepKind.DECISION, p=2)
    build.step("F", p=3, w=1)
    build.step("E", kind=StepKind.END)
    build.flow("S", "R")
    build.flow("R", "E", 0.8, "通过")
    build.flow("R", "F", 0.2, "不通过")
    build.flow("F", "R", None, "重新提交")
    m = metrics(build)
    assert m.lead_time_hours == 2
    assert m.rework_loops == 1 and m.rework_hours == pytest.approx(0.8)


def test_counts_of_approvals_and_departments(build):
    build.step("S", kind=StepKind.START)
    build.step("A1", kind=StepKind.APPROVAL)
    build.step("A2", "设计部", kind=StepKind.APPROVAL)
    build.step("E", kind=StepKind.END)
    m = metrics(build)
    assert m.approvals == 2 and m.departments == 2
    assert m.lead_time_hours == 0  # no flows: nothing leads from the start to the end


def test_a_merge_in_the_target_map_shortens_the_lead_time(build):
    # current: S -> A(5) -> B(5) -> E ; target merges A and B into AB(6)
    build.step("S", kind=StepKind.START)
    build.step("A", p=5)
    build.step("B", p=5)
    build.step("E", kind=StepKind.END)
    build.flow("S", "A")
    build.flow("A", "B")
    build.flow("B", "E")
    current = build.map
    target = build.editor.derive_target(current.id)
    steps = {build.doc.get(s.source_step_ids[0]).name: s for s in target.steps}
    build.editor.set_fields(
        steps["A"].id, {"name": "AB", "processing_hours": 6, "source_step_ids": [build.ids["A"], build.ids["B"]]}
    )
    build.editor.remove([steps["B"].id])
    build.editor.connect(steps["A"].id, steps["E"].id)
    assert compute_metrics(MapStructure(target)).lead_time_hours == 6
    assert compute_metrics(MapStructure(current)).lead_time_hours == 10
