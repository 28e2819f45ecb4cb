"""Edge cases a canvas will hit: refused values, failing listeners, bends, merges, positions outside lanes."""

from __future__ import annotations

import math
import sys

import pytest

from opsflow_desktop.model import DocumentError, FindingType, Point, events
from tests.conftest import snapshot


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_nan_and_infinity_are_refused_everywhere(small, value):
    before = snapshot(small.doc)
    with pytest.raises(DocumentError):
        small.editor.set_fields(small.a.id, {"processing_hours": value})
    with pytest.raises(DocumentError):
        small.editor.resize_band(small.lane1.id, value)
    with pytest.raises(DocumentError):
        small.editor.add_step(small.map.id, "x", small.lane1.id, small.phase1.id, waiting_hours=value)
    assert snapshot(small.doc) == before and len(small.editor.stack) == 0


@pytest.mark.parametrize(
    "action",
    [
        lambda s: s.editor.add_step(s.map.id, "x", s.lane1.id, s.phase1.id, kind="bogus"),
        lambda s: s.editor.add_lane(s.map.id, "x", height=0),
        lambda s: s.editor.connect(s.a.id, s.c.id, probability=2),
        lambda s: s.editor.add_finding(s.a.id, "bogus"),
        lambda s: s.editor.resize_band(s.lane1.id, None),
        lambda s: s.editor.remove(["meta"]),
        lambda s: s.editor.set_fields(s.a.id, {"name": "bad\udc80"}),
    ],
)
def test_intents_refuse_bad_input_with_a_document_error(small, action):
    before = snapshot(small.doc)
    with pytest.raises(DocumentError):
        action(small)
    assert snapshot(small.doc) == before and len(small.editor.stack) == 0


def test_a_failing_listener_cannot_tear_an_edit_apart(small, monkeypatch):
    reported = []
    monkeypatch.setattr(events, "handler_error_hook", lambda signal, error: reported.append(signal.name))
    failures = iter([True])

    def flaky(*_):
        if next(failures, False):
            raise RuntimeError("listener bug")

    small.doc.events.flow_removed.connect(flaky)
    before = snapshot(small.doc)
    small.editor.remove([small.b.id])
    assert small.map.flows == [] and reported == ["flow_removed"]
    small.editor.stack.undo()
    assert snapshot(small.doc) == before


def test_each_edit_undo_and_redo_is_one_batch(small):
    seen = []
    small.doc.events.batch_started.connect(lambda: seen.append("start"))
    small.doc.events.batch_finished.connect(lambda: seen.append("end"))
    small.doc.events.changed.connect(lambda: seen.append("change"))
    small.editor.remove([small.b.id])  # 2 flows + 1 step
    assert seen[0] == "start" and seen[-1] == "end" and seen.count("start") == 1 and seen.count("change") == 3
    seen.clear()
    small.editor.stack.undo()
    small.editor.stack.redo()
    assert seen.count("start") == 2 and seen.count("end") == 2


def test_bends_follow_when_a_lane_and_a_phase_are_removed_together(small):
    lane3 = small.editor.add_lane(small.map.id, "仓储部")
    d = small.editor.add_step(small.map.id, "入库", lane3.id, small.phase2.id)
    e = small.editor.add_step(small.map.id, "盘点", lane3.id, small.phase2.id)
    flow = small.editor.connect(d.id, e.id)
    small.editor.set_fields(flow.id, {"waypoints": [Point(x=d.x + 60, y=d.y + 80)]})
    bend, d_before = flow.waypoints[0], (d.x, d.y)
    small.editor.remove([small.lane2.id, small.phase1.id])
    dx, dy = d.x - d_before[0], d.y - d_before[1]
    assert (dx, dy) == (-320, -160)
    assert (flow.waypoints[0].x, flow.waypoints[0].y) == (bend.x + dx, bend.y + dy)


def test_bends_move_when_both_ends_are_dragged_together(small):
    flow = small.map.flows[0]  # a -> b, both in lane 1
    small.editor.set_fields(flow.id, {"waypoints": [Point(x=100, y=130)]})
    small.editor.move_steps({small.a.id: (small.a.x + 10, small.a.y), small.b.id: (small.b.x + 10, small.b.y)})
    assert (flow.waypoints[0].x, flow.waypoints[0].y) == (110, 130)


def test_nudges_merge_even_when_the_first_straightens_a_flow(small):
    flow = small.map.flows[0]
    small.editor.set_fields(flow.id, {"waypoints": [Point(x=100, y=130)]})
    depth = len(small.editor.stack)
    for _ in range(3):
        small.editor.nudge_steps([small.a.id], 10, 0)
    assert len(small.editor.stack) == depth + 1
    small.editor.stack.undo()
    assert flow.waypoints == [Point(x=100, y=130)]


def test_steps_cannot_be_moved_outside_all_lanes(small):
    small.editor.move_steps({small.a.id: (-5000, -5000)})
    assert small.a.x + small.a.width / 2 >= 0 and small.a.y + small.a.height / 2 >= 0
    assert small.a.lane_id == small.lane1.id
    for _ in range(40):
        small.editor.nudge_steps([small.c.id], 0, 10)
    assert small.c.y + small.c.height / 2 < 320 and small.c.lane_id == small.lane2.id


def test_giving_a_step_another_lane_moves_it_into_that_lane(small):
    y = small.a.y
    small.editor.set_fields(small.a.id, {"lane_id": small.lane2.id})
    assert small.a.y == y + 160


def test_a_position_and_a_lane_together_keep_the_step_in_that_lane(small):
    step = small.editor.add_step(small.map.id, "x", small.lane1.id, small.phase1.id, x=20, y=250)
    assert step.lane_id == small.lane1.id and step.y + step.height / 2 < 160


def test_text_is_stored_as_typed(small, tmp_path):
    from opsflow_desktop.io import load_project, save_project

    small.editor.add_finding(small.a.id, FindingType.BOTTLENECK, title="  等待  ")
    save_project(small.doc.project, tmp_path / "p.opsflow")
    assert load_project(tmp_path / "p.opsflow") == small.doc.project


def test_deriving_twice_gives_distinct_names(small):
    first, second = small.editor.derive_target(small.map.id), small.editor.derive_target(small.map.id)
    assert first.name != second.name


def _executed_lines(action) -> int:
    """How many lines of the application run for ``action``: a count of work that a busy machine cannot skew."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        return local if "opsflow_desktop" in frame.f_code.co_filename else None

    sys.settrace(tracer)
    try:
        action()
    finally:
        sys.settrace(None)
    return count


def _chain(editor, steps: int):
    process_map = editor.add_map(f"大图 {steps}")
    lane, phase = editor.add_lane(process_map.id, "L"), editor.add_phase(process_map.id, "P", width=100_000)
    editor.check_invariants = False
    chain = [editor.add_step(process_map.id, f"s{i}", lane.id, phase.id, x=i * 130 + 10, y=40) for i in range(steps)]
    for a, b in zip(chain, chain[1:]):
        editor.connect(a.id, b.id)
    return process_map, [s.id for s in chain]


def test_deleting_many_steps_and_undoing_it_is_linear_work(small):
    """Not a timing test: twice the steps must cost about twice the lines run, for the delete and its undo."""
    work = {}
    for steps in (200, 400):
        process_map, ids = _chain(small.editor, steps)
        delete = _executed_lines(lambda ids=ids: small.editor.remove(ids))
        assert process_map.steps == [] and process_map.flows == []
        undo = _executed_lines(small.editor.stack.undo)
        assert len(process_map.steps) == steps and len(process_map.flows) == steps - 1
        assert [s.name for s in process_map.steps] == [f"s{i}" for i in range(steps)]  # in their order again
        work[steps] = (delete, undo)
    assert work[400][0] < 2.3 * work[200][0], work  # quadratic would be 4x
    assert work[400][1] < 2.3 * work[200][1], work
