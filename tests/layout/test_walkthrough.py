"""The route of a walk-through: readable frames per stage, the order of the flow, the spotlight."""

from __future__ import annotations

from opsflow_desktop.io import load_project
from opsflow_desktop.layout.walkthrough import frame_of_step, overview, spotlight, stage_frames, walk_order
from opsflow_desktop.paths import sample_project


def _sample():
    return load_project(sample_project()).maps[0]


def test_every_stage_gets_frames_in_order_each_small_enough_to_read():
    process_map = _sample()
    readable = (923.0, 519.0)  # 1920x1080 at the zoom that makes 13 px text 1/40 of the height
    frames = stage_frames(process_map, readable)
    order = [p.id for p in process_map.phases]
    assert [f.phase_id for f in frames] == sorted((f.phase_id for f in frames), key=order.index)
    assert {f.phase_id for f in frames} == set(order)
    for frame in frames:
        assert frame.rect[2] <= readable[0] + 1e-6 and frame.rect[3] <= readable[1] + 1e-6
    for step in process_map.steps:  # every step is inside a frame of its own stage
        index = frame_of_step(frames, process_map, step.id)
        x, y, w, h = frames[index].rect
        assert frames[index].phase_id == step.phase_id
        assert x <= step.x + step.width / 2 <= x + w and y <= step.y + step.height / 2 <= y + h


def test_a_large_screen_shows_each_stage_in_one_frame():
    process_map = _sample()
    frames = stage_frames(process_map, (10_000.0, 10_000.0))
    assert len(frames) == len(process_map.phases) and all(f.parts == 1 for f in frames)


def test_the_walk_follows_the_flow_and_a_rework_loop_does_not_reverse_it():
    process_map = _sample()
    names = {s.id: s.name for s in process_map.steps}
    order = [names[i] for i in walk_order(process_map)]
    assert order[0] == "新品到货通知" and order[-1] == "商品上线"
    assert order.index("素材评审") < order.index("素材修改") < order.index("商品经理审批")
    assert sorted(order) == sorted(names.values())


def test_the_spotlight_holds_the_step_its_neighbours_and_its_hand_offs():
    process_map = _sample()
    review = next(s for s in process_map.steps if s.name == "素材评审")
    spot = spotlight(process_map, review.id, (923.0, 519.0))
    flows = [f for f in process_map.flows if review.id in (f.source_id, f.target_id)]
    assert set(spot.flow_ids) == {f.id for f in flows}
    assert spot.step_ids[0] == review.id and len(spot.step_ids) == len({*spot.step_ids})
    lanes = {s.id: s.lane_id for s in process_map.steps}
    assert set(spot.handoff_ids) == {f.id for f in flows if lanes[f.source_id] != lanes[f.target_id]}
    assert spot.rect[2] <= 923.0 and spot.rect[3] <= 519.0


def test_the_overview_holds_the_whole_map():
    process_map = _sample()
    x, y, w, h = overview(process_map).rect
    assert all(x <= s.x and s.x + s.width <= x + w and y <= s.y and s.y + s.height <= y + h for s in process_map.steps)
