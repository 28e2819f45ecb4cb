"""Automatic layout keeps steps in their lane and phase and makes flows run left to right."""

from opsflow_desktop.io import load_project
from opsflow_desktop.layout.arrange import arrange
from opsflow_desktop.layout.bands import Band, band_at
from opsflow_desktop.paths import sample_project


def bands(items, size):
    return [Band(i.id, size[i.id]) for i in items]


def test_steps_stay_in_their_lane_and_phase_and_flows_go_right():
    for process_map in load_project(sample_project()).maps:
        result = arrange(process_map)
        lanes = bands(process_map.lanes, result.lane_heights)
        phases = bands(process_map.phases, result.phase_widths)
        steps = {s.id: s for s in process_map.steps}
        for step_id, (x, y) in result.positions.items():
            step = steps[step_id]
            assert band_at(lanes, y + step.height / 2) == step.lane_id
            assert band_at(phases, x + step.width / 2) == step.phase_id
        forward = [f for f in process_map.flows if f.label not in ("不通过", "重新提交")]
        for flow in forward:
            assert result.positions[flow.source_id][0] <= result.positions[flow.target_id][0], flow


def test_steps_never_overlap():
    process_map = load_project(sample_project()).maps[0]
    result = arrange(process_map)
    steps = {s.id: s for s in process_map.steps}
    boxes = [(x, y, steps[i].width, steps[i].height) for i, (x, y) in result.positions.items()]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3])


def test_a_rework_loop_does_not_break_the_ranking(small):
    small.editor.connect(small.c.id, small.a.id, "返工")
    result = arrange(small.map)
    assert result.positions[small.a.id][0] < result.positions[small.b.id][0]
