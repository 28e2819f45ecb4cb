"""Every intent of the editor is one undo step: given / when / then, then undo and redo exactly."""

from collections.abc import Callable

import pytest

from opsflow_desktop.editing import InvalidEditError
from opsflow_desktop.model import DocumentError, FindingType, MapKind, Raci, StepKind
from tests.conftest import SmallMap, snapshot


def undoable(small: SmallMap, action: Callable[[], object], then: Callable[[], None]) -> None:
    """Run ``action`` as one undo step; ``then`` holds after it and after redo; undo restores exactly."""
    before = snapshot(small.doc)
    depth = len(small.editor.stack)
    action()
    then()
    after = snapshot(small.doc)
    assert len(small.editor.stack) == depth + 1, "one edit, one undo step"
    small.editor.stack.undo()
    assert snapshot(small.doc) == before
    small.editor.stack.redo()
    assert snapshot(small.doc) == after
    then()


def test_add_step_places_it_in_a_free_spot_of_its_cell(small):
    def then():
        new = small.map.steps[-1]
        assert new.name == "第三步" and new.lane_id == small.lane1.id
        for other in (small.a, small.b):
            assert new.x >= other.x + other.width or new.x + new.width <= other.x

    undoable(small, lambda: small.editor.add_step(small.map.id, "第三步", small.lane1.id, small.phase1.id), then)


def test_add_step_at_a_position_finds_its_lane_and_phase(small):
    def then():
        new = small.map.steps[-1]
        assert (new.lane_id, new.phase_id) == (small.lane2.id, small.phase2.id)

    # lane 2 starts at y=160, phase 2 at x=320 (default sizes)
    undoable(small, lambda: small.editor.add_step(small.map.id, "拍摄", x=400, y=200), then)


def test_remove_step_takes_its_flows_and_findings(small):
    small.editor.add_finding(small.b.id, FindingType.BOTTLENECK, title="等待太久")
    flow = small.map.flows[0]
    small.editor.add_finding(flow.id, FindingType.BREAKPOINT, title="交接断点")

    def then():
        assert small.b.id not in small.doc
        assert small.map.flows == [] and small.map.findings == []

    undoable(small, lambda: small.editor.remove([small.b.id]), then)


def test_move_steps_into_another_lane_and_phase_changes_them(small):
    def then():
        assert (small.a.x, small.a.y) == (340.0, 180.0)
        assert (small.a.lane_id, small.a.phase_id) == (small.lane2.id, small.phase2.id)

    undoable(small, lambda: small.editor.move_steps({small.a.id: (340, 180)}), then)


def test_nudges_merge_into_one_undo_step(small):
    x0 = small.a.x
    small.editor.nudge_steps([small.a.id], 10, 0)
    small.editor.nudge_steps([small.a.id], 10, 0)
    small.editor.nudge_steps([small.a.id], 0, 5)
    assert len(small.editor.stack) == 1 and small.a.x == x0 + 20
    small.editor.stack.undo()
    assert small.a.x == x0
    # a different selection starts a new step
    small.editor.stack.redo()
    small.editor.nudge_steps([small.a.id, small.b.id], 1, 0)
    assert len(small.editor.stack) == 2


def test_move_lane_moves_its_steps(small):
    lane1_y, lane2_y = small.a.y, small.c.y

    def then():
        assert [lane.name for lane in small.map.lanes] == ["设计部", "商品部"]
        assert small.c.y == lane2_y - 160 and small.a.y == lane1_y + 160

    undoable(small, lambda: small.editor.move_band(small.lane2.id, 0), then)


def test_resize_lane_moves_the_lanes_below(small):
    c_y = small.c.y

    def then():
        assert small.lane1.height == 240 and small.c.y == c_y + 80

    undoable(small, lambda: small.editor.resize_band(small.lane1.id, 240), then)


def test_add_lane_at_the_top_pushes_the_others_down(small):
    a_y = small.a.y

    def then():
        assert small.map.lanes[0].name == "运营部" and small.a.y == a_y + 160

    undoable(small, lambda: small.editor.add_lane(small.map.id, "运营部", index=0), then)


def test_remove_lane_takes_its_steps_and_closes_the_gap(small):
    c_y = small.c.y

    def then():
        assert [lane.name for lane in small.map.lanes] == ["设计部"]
        assert [s.name for s in small.map.steps] == ["素材制作"] and small.c.y == c_y - 160
        assert small.map.flows == []

    undoable(small, lambda: small.editor.remove([small.lane1.id]), then)


def test_phases_reorder_and_resize_like_lanes(small):
    a_x, c_x = small.a.x, small.c.x

    def then_moved():
        assert small.map.phases[0] is small.phase2
        assert small.c.x == c_x - 320 and small.a.x == a_x + 320

    undoable(small, lambda: small.editor.move_band(small.phase2.id, 0), then_moved)

    def then_resized():
        assert small.phase2.width == 400 and small.a.x == a_x + 400

    undoable(small, lambda: small.editor.resize_band(small.phase2.id, 400), then_resized)


def test_remove_phase_takes_its_steps_and_closes_the_gap(small):
    def then():
        assert small.map.phases == [small.phase1] and small.c.id not in small.doc
        assert [f.target_id for f in small.map.flows] == [small.b.id]

    undoable(small, lambda: small.editor.remove([small.phase2.id]), then)


def test_rename_any_element(small):
    def then():
        assert small.lane1.name == "商品中心"

    undoable(small, lambda: small.editor.rename(small.lane1.id, "商品中心"), then)
    assert small.editor.stack.undo_text() == "Rename to “商品中心”"


def test_set_fields_edits_planning_table_columns(small):
    dept = small.editor.add_department("运营部")

    def then():
        assert small.a.inputs == ["市场趋势报告"] and small.a.deadline == "第5个工作日"
        assert small.a.raci == {dept.id: Raci.ACCOUNTABLE}

    undoable(
        small,
        lambda: small.editor.set_fields(
            small.a.id, {"inputs": ["市场趋势报告"], "deadline": "第5个工作日", "raci": {dept.id: "A"}}
        ),
        then,
    )


def test_set_fields_with_a_bad_value_changes_nothing(small):
    before = snapshot(small.doc)
    with pytest.raises(DocumentError, match="processing_hours"):
        small.editor.set_fields_many({small.a.id: {"name": "改名"}, small.b.id: {"processing_hours": -3}})
    assert snapshot(small.doc) == before and len(small.editor.stack) == 0


def test_an_edit_that_breaks_an_invariant_is_rolled_back(small):
    before = snapshot(small.doc)
    with pytest.raises(InvalidEditError) as caught:
        small.editor.set_fields(small.a.id, {"lane_id": "lane_nowhere"})
    assert "选品会" in str(caught.value)
    assert snapshot(small.doc) == before and len(small.editor.stack) == 0


def test_connect_and_reconnect(small):
    def then_connected():
        flow = small.map.flows[-1]
        assert (flow.source_id, flow.target_id, flow.label, flow.probability) == (small.a.id, small.c.id, "是", 0.7)

    undoable(small, lambda: small.editor.connect(small.a.id, small.c.id, "是", 0.7), then_connected)
    flow = small.map.flows[-1]
    d = small.editor.add_step(small.map.id, "上架", small.lane2.id, small.phase2.id)
    small.editor.stack.clear()
    undoable(
        small,
        lambda: small.editor.reconnect(flow.id, target_id=d.id),
        lambda: None if flow.target_id == d.id else pytest.fail("not reconnected"),
    )


def test_a_second_flow_between_the_same_steps_is_refused_with_their_names(small):
    with pytest.raises(DocumentError, match="选品会.*already connected.*资料整理"):
        small.editor.connect(small.a.id, small.b.id)
    back = small.editor.connect(small.b.id, small.a.id)  # the other way round is a rework loop: allowed
    with pytest.raises(DocumentError, match="already connected"):
        small.editor.reconnect(back.id, target_id=small.c.id)


@pytest.mark.parametrize("source, target", [("a", "a"), ("a", "lane1")])
def test_connect_refuses_what_the_rules_forbid(small, source, target):
    with pytest.raises(DocumentError):
        small.editor.connect(getattr(small, source).id, getattr(small, target).id)
    assert len(small.map.flows) == 2


def test_connect_refuses_steps_of_different_maps(small):
    other = small.editor.add_map("另一张")
    lane, phase = small.editor.add_lane(other.id, "x"), small.editor.add_phase(other.id, "y")
    elsewhere = small.editor.add_step(other.id, "别处", lane.id, phase.id)
    with pytest.raises(DocumentError, match="different maps"):
        small.editor.connect(small.a.id, elsewhere.id)


def test_findings_on_step_flow_lane_and_map(small):
    flow = small.map.flows[0]
    for target in (small.a.id, flow.id, small.lane1.id, small.map.id):
        undoable(
            small,
            lambda t=target: small.editor.add_finding(t, FindingType.PAIN_POINT, title="痛点"),
            lambda t=target: None if small.map.findings[-1].target_id == t else pytest.fail(t),
        )
    finding = small.map.findings[0]
    undoable(
        small, lambda: small.editor.set_fields(finding.id, {"status": "resolved", "severity": "high"}), lambda: None
    )
    undoable(small, lambda: small.editor.remove([finding.id]), lambda: None)
    with pytest.raises(DocumentError):
        small.editor.add_finding(small.phase1.id, FindingType.BOTTLENECK)


def test_derive_target_copies_with_lineage(small):
    small.editor.add_finding(small.a.id, FindingType.BOTTLENECK)

    def then():
        target = small.doc.maps[1]
        assert target.kind is MapKind.TARGET and target.derived_from == small.map.id
        assert [s.source_step_ids for s in target.steps] == [[small.a.id], [small.b.id], [small.c.id]]
        assert {s.id for s in target.steps}.isdisjoint({s.id for s in small.map.steps})
        assert len(target.flows) == 2 and target.findings == []
        assert target.name == "目标"  # 现状 (current) becomes 目标 (target)

    undoable(small, lambda: small.editor.derive_target(small.map.id), then)


def test_removing_a_current_step_drops_it_from_target_lineage(small):
    target = small.editor.derive_target(small.map.id)
    undoable(
        small,
        lambda: small.editor.remove([small.a.id]),
        lambda: None if target.steps[0].source_step_ids == [] else pytest.fail("lineage kept"),
    )


def test_remove_map_clears_references_to_it(small):
    target = small.editor.derive_target(small.map.id)
    small.editor.add_goal(
        "上架时效", "lead_time_hours", 48, baseline=72, current_map_id=small.map.id, target_map_id=target.id
    )

    def then():
        assert small.doc.maps == [target] and target.derived_from is None
        assert small.doc.project.goals[0].current_map_id is None
        assert all(s.source_step_ids == [] for s in target.steps)

    undoable(small, lambda: small.editor.remove_map(small.map.id), then)


def test_remove_department_leaves_lanes_and_raci(small):
    dept = small.editor.add_department("商品部", head="李娜")
    small.editor.set_fields(small.lane1.id, {"department_id": dept.id})
    small.editor.set_fields(small.a.id, {"raci": {dept.id: "R"}})

    def then():
        assert small.doc.project.departments == []
        assert small.lane1.department_id is None and small.a.raci == {}

    undoable(small, lambda: small.editor.remove_department(dept.id), then)


def test_resize_step(small):
    undoable(
        small,
        lambda: small.editor.resize_step(small.a.id, 30, 40, 150, 80),
        lambda: None if (small.a.width, small.a.height) == (150, 80) else pytest.fail("not resized"),
    )


def test_change_step_kind_and_project_meta(small):
    undoable(
        small,
        lambda: small.editor.set_fields(small.b.id, {"kind": "decision"}),
        lambda: None if small.b.kind is StepKind.DECISION else pytest.fail("kind"),
    )
    undoable(
        small,
        lambda: small.editor.set_fields("meta", {"title": "商品上架流程说明书", "version": "V1.1"}),
        lambda: None if small.doc.project.meta.version == "V1.1" else pytest.fail("meta"),
    )
