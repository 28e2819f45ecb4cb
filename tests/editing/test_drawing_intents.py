"""Drawing at keyboard speed: the next connected step, resizing inside the bands, bends, and undo texts by name."""

from __future__ import annotations

import pytest

from opsflow_desktop.model import DocumentError, FindingType, Point, Side
from tests.editing.test_editor import undoable


def test_the_next_step_to_the_right_is_connected_in_the_same_lane_and_stage(small):
    def then():
        new = small.map.steps[-1]
        flow = small.map.flows[-1]
        assert (flow.source_id, flow.target_id) == (small.c.id, new.id)
        assert (new.lane_id, new.phase_id) == (small.lane2.id, small.phase2.id)
        assert new.x >= small.c.x + small.c.width and new.y + new.height / 2 == small.c.y + small.c.height / 2

    undoable(small, lambda: small.editor.add_next_step(small.c.id, "right", "审核"), then)
    assert "审核" in small.editor.stack.undo_text() and "素材制作" in small.editor.stack.undo_text()


def test_the_stage_grows_when_the_next_step_would_leave_it(small):
    width = small.phase1.width
    for name in ("二", "三", "四"):
        small.editor.add_next_step(small.map.steps[-1].id if name != "二" else small.b.id, "right", name)
    last = small.map.steps[-1]
    assert last.phase_id == small.phase1.id and small.phase1.width > width
    assert last.x + last.width <= small.phase1.width
    assert small.c.x >= small.phase1.width  # the next stage moved along


def test_the_next_step_down_goes_to_the_lane_below_beside_no_other_step(small):
    def then():
        new = small.map.steps[-1]
        assert new.lane_id == small.lane2.id
        assert not (
            new.x < small.c.x + small.c.width
            and small.c.x < new.x + new.width
            and new.y < small.c.y + small.c.height
            and small.c.y < new.y + new.height
        )

    undoable(small, lambda: small.editor.add_next_step(small.a.id, "down", "通知设计"), then)


def test_below_the_last_lane_a_new_lane_is_added(small):
    def then():
        assert len(small.map.lanes) == 3 and small.map.steps[-1].lane_id == small.map.lanes[2].id

    undoable(small, lambda: small.editor.add_next_step(small.c.id, "down", "归档"), then)


def test_no_room_above_the_first_lane_or_left_of_the_first_stage(small):
    with pytest.raises(DocumentError, match="above"):
        small.editor.add_next_step(small.a.id, "up")
    with pytest.raises(DocumentError, match="room"):
        small.editor.add_next_step(small.a.id, "left")


def test_a_resized_step_stays_inside_the_bands_and_joins_the_lane_of_its_centre(small):
    def then():
        assert small.a.height == 400 and small.a.lane_id == small.lane2.id

    undoable(small, lambda: small.editor.resize_step(small.a.id, small.a.x, small.a.y, 120, 400), then)
    with pytest.raises(DocumentError):
        small.editor.resize_step(small.a.id, -5000, -5000, -5000, -5000)
    small.editor.resize_step(small.b.id, -5000, -5000, 200, 100)
    assert small.b.x + small.b.width / 2 >= 0 and small.b.y + small.b.height / 2 >= 0


def test_bends_and_sides_are_kept_and_can_be_straightened(small):
    flow = small.map.flows[1]

    def then():
        assert flow.waypoints == [Point(x=260, y=300), Point(x=400, y=300)]
        assert (flow.source_side, flow.target_side) == (Side.BOTTOM, Side.BOTTOM)

    undoable(
        small, lambda: small.editor.set_flow_route(flow.id, [(260, 300), (400, 300)], Side.BOTTOM, Side.BOTTOM), then
    )
    undoable(
        small,
        lambda: small.editor.reset_flow_route(flow.id),
        lambda: None if (flow.waypoints, flow.source_side) == ([], None) else pytest.fail("not reset"),
    )


def test_connect_remembers_the_sides_it_was_drawn_between(small):
    flow = small.editor.connect(small.a.id, small.c.id, source_side=Side.BOTTOM, target_side=Side.LEFT)
    assert (flow.source_side, flow.target_side) == (Side.BOTTOM, Side.LEFT)
    d = small.editor.add_step(small.map.id, "上架", small.lane2.id, small.phase2.id)
    small.editor.reconnect(flow.id, target_id=d.id)
    assert (flow.source_side, flow.target_side) == (Side.BOTTOM, None), "the moved end attaches anew"


def test_undo_texts_name_flows_by_their_steps_never_by_id(small):
    flow = small.map.flows[0]
    small.editor.add_finding(flow.id, FindingType.BREAKPOINT)
    assert "选品会 → 资料整理" in small.editor.stack.undo_text() and "flow_" not in small.editor.stack.undo_text()
    small.editor.remove([flow.id])
    assert "选品会 → 资料整理" in small.editor.stack.undo_text()
    small.editor.set_fields(small.map.flows[0].id, {"label": "是"})
    assert "资料整理 → 素材制作" in small.editor.stack.undo_text()
