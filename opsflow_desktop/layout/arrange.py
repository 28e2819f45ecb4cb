"""Automatic layout ("Arrange"): steps stay in their lane and phase; flows run left to right.

1. Rank every step along the flows (longest path from the starts; back edges of rework loops ignored).
2. Inside each phase, ranks become columns shared by all lanes, so a hand-off between departments is a
   vertical step of one column, not a jump.
3. Steps that share a lane, a phase and a column stack in rows; rows are ordered by the mean row of their
   predecessors (barycentre), which removes most crossings.
4. A stage with more than MAX_COLUMNS columns wraps: its later columns start again at the left, below the
   earlier ones (lanes grow to hold the extra rows), so that no stage outgrows the model's limits. A lane's
   steps in one stage that would stack deeper than a lane may grow are set out as a grid in flow order instead.
5. Lanes and phases grow to hold their rows and columns; nothing shrinks below its current size.
Pure data in, pure data out: the editor turns the result into one undoable edit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ..model import Lane, Phase, ProcessMap
from ..model.elements import MAX_COORDINATE, MAX_SIZE

GAP_X = 50.0
GAP_Y = 30.0
MARGIN = 30.0
MAX_COLUMNS = 40  # per stage and row of columns: wider than any screen already


@dataclass
class Arrangement:
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    lane_heights: dict[str, float] = field(default_factory=dict)
    phase_widths: dict[str, float] = field(default_factory=dict)


def _ranks(process_map: ProcessMap) -> dict[str, int]:
    """Longest-path layering over the flows, after dropping the back edges that close rework loops."""
    order = {s.id: i for i, s in enumerate(process_map.steps)}
    successors: dict[str, list[str]] = defaultdict(list)
    indegree = dict.fromkeys(order, 0)
    for flow in process_map.flows:
        if flow.source_id in order and flow.target_id in order:
            successors[flow.source_id].append(flow.target_id)
            indegree[flow.target_id] += 1

    # Depth-first from the starts (steps nothing flows into), then from whatever is left.
    forward: dict[str, list[str]] = defaultdict(list)
    state: dict[str, str] = {}
    for root in sorted(order, key=lambda s: (indegree[s] > 0, order[s])):
        if root in state:
            continue
        state[root] = "open"
        stack: list[tuple[str, Iterator[str]]] = [(root, iter(successors[root]))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = "done"
                stack.pop()
            elif state.get(child) == "open":
                continue  # a back edge: the rework loop returns to a step still on the path
            else:
                forward[node].append(child)
                if child not in state:
                    state[child] = "open"
                    stack.append((child, iter(successors[child])))

    # Longest path over the remaining acyclic edges (Kahn).
    incoming = dict.fromkeys(order, 0)
    for targets in forward.values():
        for child in targets:
            incoming[child] += 1
    rank = dict.fromkeys(order, 0)
    ready = [s for s in order if incoming[s] == 0]
    while ready:
        node = ready.pop()
        for child in forward[node]:
            rank[child] = max(rank[child], rank[node] + 1)
            incoming[child] -= 1
            if incoming[child] == 0:
                ready.append(child)
    return rank


def _grow_bands(
    bands: Sequence[Lane] | Sequence[Phase], size_attr: str, slots: dict[str, int], slot_size: float, gap: float
) -> tuple[dict[str, float], dict[str, float]]:
    """Each band's new size (big enough for its rows or columns, never smaller) and where it starts."""
    sizes: dict[str, float] = {}
    starts: dict[str, float] = {}
    position = 0.0
    for band in bands:
        count = slots[band.id]
        sizes[band.id] = max(getattr(band, size_attr), 2 * MARGIN + count * slot_size + max(0, count - 1) * gap)
        starts[band.id] = position
        position += sizes[band.id]
    return sizes, starts


def _rows_within(size: float, slot: float, gap: float) -> int:
    """How many rows (or columns) of ``slot`` fit in a band of ``size``."""
    return max(1, int((size - 2 * MARGIN + gap) // (slot + gap)))


def _fit_deep_cells(
    process_map: ProcessMap,
    unwrapped: dict[str, int],
    column_of: dict[str, int],
    row_of: dict[str, int],
    step_height: float,
) -> None:
    """A lane's steps in one stage that would stack deeper than a lane may grow (its share of the map's height)
    are laid out instead as a grid, in the order of the flow, MAX_COLUMNS wide or wider as needed: a table of
    thousands of parallel steps still fits the model's limits."""
    lane_count = max(1, len(process_map.lanes))
    budget = _rows_within(min(MAX_SIZE, MAX_COORDINATE / lane_count) - step_height, step_height, GAP_Y)
    regions: dict[tuple[str, str], list[str]] = defaultdict(list)
    for step in process_map.steps:
        regions[(step.lane_id, step.phase_id)].append(step.id)
    for members in regions.values():
        if max(row_of[m] for m in members) < budget:
            continue
        members.sort(key=lambda m: (unwrapped[m], row_of[m]))
        columns = max(MAX_COLUMNS, -(-len(members) // budget))
        for index, member in enumerate(members):
            column_of[member], row_of[member] = index % columns, index // columns


def arrange(process_map: ProcessMap) -> Arrangement:
    steps = process_map.steps
    if not steps:
        return Arrangement()
    rank = _ranks(process_map)
    step_width = max(s.width for s in steps)
    step_height = max(s.height for s in steps)
    predecessors: dict[str, list[str]] = defaultdict(list)
    for flow in process_map.flows:
        predecessors[flow.target_id].append(flow.source_id)

    # Columns per phase: the distinct ranks of its steps, in order.
    ranks_in: dict[str, set[int]] = defaultdict(set)
    for step in steps:
        ranks_in[step.phase_id].add(rank[step.id])
    columns: dict[str, dict[int, int]] = {}
    for phase in process_map.phases:
        columns[phase.id] = {r: i for i, r in enumerate(sorted(ranks_in.get(phase.id, ())))}
    unwrapped = {s.id: columns.get(s.phase_id, {}).get(rank[s.id], 0) for s in steps}
    column_of = {step_id: column % MAX_COLUMNS for step_id, column in unwrapped.items()}
    wrap_of = {step_id: column // MAX_COLUMNS for step_id, column in unwrapped.items()}

    # Rows inside each lane: steps sharing (lane, phase, column) stack; order by predecessors' rows.
    cells: dict[tuple[str, str, int, int], list[str]] = defaultdict(list)
    for step in sorted(steps, key=lambda s: (rank[s.id], s.y)):
        cells[(step.lane_id, step.phase_id, column_of[step.id], wrap_of[step.id])].append(step.id)
    row_of: dict[str, int] = {}
    for step in sorted(steps, key=lambda s: rank[s.id]):
        key = (step.lane_id, step.phase_id, column_of[step.id], wrap_of[step.id])
        if step.id in row_of:
            continue
        members = cells[key]

        def barycentre(member: str) -> float:
            rows = [row_of[p] for p in predecessors[member] if p in row_of]
            return sum(rows) / len(rows) if rows else 0.0

        position = {member: i for i, member in enumerate(members)}  # not members.index: a big cell is common
        for row, member in enumerate(sorted(members, key=lambda m: (barycentre(m), position[m]))):
            row_of[member] = row

    # A wrapped stage's later rows of columns sit below its earlier ones, each band as deep as its own deepest
    # cell (a deep cell elsewhere in the lane does not push them down).
    band_depth: dict[tuple[str, str, int], int] = defaultdict(int)
    for step in steps:
        band = (step.lane_id, step.phase_id, wrap_of[step.id])
        band_depth[band] = max(band_depth[band], row_of[step.id] + 1)
    if any(wrap_of.values()):
        offset: dict[tuple[str, str, int], int] = {}
        below: dict[tuple[str, str], int] = defaultdict(int)  # rows taken by the bands above, per lane and stage
        for band in sorted(band_depth):
            offset[band] = below[band[:2]]
            below[band[:2]] += band_depth[band]
        for step in steps:
            row_of[step.id] += offset[(step.lane_id, step.phase_id, wrap_of[step.id])]
    _fit_deep_cells(process_map, unwrapped, column_of, row_of, step_height)
    lane_rows: dict[str, int] = defaultdict(int)
    phase_columns: dict[str, int] = defaultdict(int)
    for step in steps:
        lane_rows[step.lane_id] = max(lane_rows[step.lane_id], row_of[step.id] + 1)
        phase_columns[step.phase_id] = max(phase_columns[step.phase_id], column_of[step.id] + 1)

    result = Arrangement()
    result.lane_heights, lane_top = _grow_bands(process_map.lanes, "height", lane_rows, step_height, GAP_Y)
    result.phase_widths, phase_left = _grow_bands(process_map.phases, "width", phase_columns, step_width, GAP_X)
    for step in steps:
        rows = lane_rows[step.lane_id]
        height = result.lane_heights.get(step.lane_id, step.height)
        block = rows * step_height + max(0, rows - 1) * GAP_Y
        y0 = lane_top.get(step.lane_id, 0.0) + (height - block) / 2
        columns_here = phase_columns[step.phase_id]
        width = result.phase_widths.get(step.phase_id, step.width)
        span = columns_here * step_width + max(0, columns_here - 1) * GAP_X
        x0 = phase_left.get(step.phase_id, 0.0) + (width - span) / 2
        x = x0 + column_of[step.id] * (step_width + GAP_X) + (step_width - step.width) / 2
        y = y0 + row_of[step.id] * (step_height + GAP_Y) + (step_height - step.height) / 2
        result.positions[step.id] = (round(x, 1), round(y, 1))
    return result
