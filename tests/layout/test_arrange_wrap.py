"""A long stage wraps into rows of columns instead of outgrowing the model's limits."""

from opsflow_desktop.layout.arrange import MAX_COLUMNS, arrange
from opsflow_desktop.model import Flow, Lane, Phase, ProcessMap, Step
from opsflow_desktop.model.elements import MAX_SIZE


def test_a_chain_longer_than_a_stage_row_wraps_below_without_overlaps():
    lanes, phase = [Lane(name="客服部"), Lane(name="售后部")], Phase(name="处理")
    steps = [Step(name=f"第{i}步", lane_id=lanes[i % 2].id, phase_id=phase.id) for i in range(3 * MAX_COLUMNS + 5)]
    flows = [Flow(source_id=a.id, target_id=b.id) for a, b in zip(steps, steps[1:])]
    arrangement = arrange(ProcessMap(name="长", lanes=lanes, phases=[phase], steps=steps, flows=flows))
    assert arrangement.phase_widths[phase.id] < MAX_SIZE / 10
    columns = {x for x, _ in arrangement.positions.values()}
    assert len(columns) == MAX_COLUMNS
    boxes = [(x, y, x + s.width, y + s.height) for s in steps for x, y in [arrangement.positions[s.id]]]
    assert not any(
        a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3] for i, a in enumerate(boxes) for b in boxes[i + 1 :]
    )
    # Each step stays inside its own lane.
    top = {lanes[0].id: 0.0, lanes[1].id: arrangement.lane_heights[lanes[0].id]}
    for step in steps:
        y = arrangement.positions[step.id][1]
        assert top[step.lane_id] <= y and y + step.height <= top[step.lane_id] + arrangement.lane_heights[step.lane_id]
