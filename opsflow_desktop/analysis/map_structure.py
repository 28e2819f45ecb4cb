"""What every analysis of a map needs, computed once: the flow graph, its starts and ends, the back edges
that close rework loops, and an order in which the rest is acyclic."""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from ..model import Flow, ProcessMap, Step
from ..model.traits import step_kind


@dataclass
class MapStructure:
    process_map: ProcessMap
    steps: dict[str, Step] = field(init=False)
    outgoing: dict[str, list[Flow]] = field(init=False)
    incoming: dict[str, list[Flow]] = field(init=False)

    def __post_init__(self) -> None:
        self.steps = {s.id: s for s in self.process_map.steps}
        self.outgoing = defaultdict(list)
        self.incoming = defaultdict(list)
        for flow in self.process_map.flows:
            if flow.source_id in self.steps and flow.target_id in self.steps:
                self.outgoing[flow.source_id].append(flow)
                self.incoming[flow.target_id].append(flow)

    @cached_property
    def starts(self) -> list[str]:
        return [s.id for s in self.process_map.steps if step_kind(s.kind).starts]

    @cached_property
    def ends(self) -> list[str]:
        return [s.id for s in self.process_map.steps if step_kind(s.kind).ends]

    @cached_property
    def back_edges(self) -> list[Flow]:
        """Flows that return to a step still on the depth-first path from a start: they close rework loops."""
        state: dict[str, int] = {}
        back: list[Flow] = []
        roots = self.starts + [s for s in self.steps if not self.incoming[s]] + list(self.steps)
        for root in roots:
            if root in state:
                continue
            state[root] = 1
            stack = [(root, iter(self.outgoing[root]))]
            while stack:
                node, flows = stack[-1]
                flow = next(flows, None)
                if flow is None:
                    state[node] = 2
                    stack.pop()
                    continue
                child = flow.target_id
                if state.get(child) == 1:
                    back.append(flow)
                elif child not in state:
                    state[child] = 1
                    stack.append((child, iter(self.outgoing[child])))
        return back

    @cached_property
    def forward(self) -> dict[str, list[Flow]]:
        """The outgoing flows without the back edges: an acyclic graph."""
        back = {f.id for f in self.back_edges}
        return {s: [f for f in self.outgoing[s] if f.id not in back] for s in self.steps}

    @cached_property
    def topological_order(self) -> list[str]:
        indegree = dict.fromkeys(self.steps, 0)
        for flows in self.forward.values():
            for flow in flows:
                indegree[flow.target_id] += 1
        ready = [s for s in self.steps if indegree[s] == 0]
        order: list[str] = []
        while ready:
            node = ready.pop()
            order.append(node)
            for flow in self.forward[node]:
                indegree[flow.target_id] -= 1
                if indegree[flow.target_id] == 0:
                    ready.append(flow.target_id)
        return order

    @cached_property
    def reaches_an_end(self) -> set[str]:
        """Steps from which an end can be reached along forward flows."""
        result = set(self.ends)
        for node in reversed(self.topological_order):
            if any(f.target_id in result for f in self.forward[node]):
                result.add(node)
        return result

    @cached_property
    def lane_of(self) -> dict[str, str]:
        return {s.id: s.lane_id for s in self.process_map.steps}


def ordered_steps(process_map: ProcessMap, structure: MapStructure | None = None) -> list[Step]:
    """Steps in stage order, then flow order; parallel steps (and steps no flow orders) left to right.

    Kahn's algorithm over the forward flows, always taking the ready step that comes first on the
    canvas, so the table reads the way the map does.
    """
    structure = structure or MapStructure(process_map)
    steps = {s.id: s for s in process_map.steps}
    indegree = dict.fromkeys(steps, 0)
    for flows in structure.forward.values():
        for flow in flows:
            indegree[flow.target_id] += 1
    lane_index = {lane.id: i for i, lane in enumerate(process_map.lanes)}

    def key(step: Step) -> tuple[float, int, float, str]:
        return (step.x, lane_index.get(step.lane_id, 0), step.y, step.id)

    ready = [(key(steps[i]), i) for i, d in indegree.items() if d == 0]
    heapq.heapify(ready)
    flow_rank: dict[str, int] = {}
    while ready:
        _, step_id = heapq.heappop(ready)
        flow_rank[step_id] = len(flow_rank)
        for flow in structure.forward[step_id]:
            indegree[flow.target_id] -= 1
            if indegree[flow.target_id] == 0:
                heapq.heappush(ready, (key(steps[flow.target_id]), flow.target_id))
    phase_index = {phase.id: i for i, phase in enumerate(process_map.phases)}
    return sorted(process_map.steps, key=lambda s: (phase_index.get(s.phase_id, 0), flow_rank.get(s.id, 0)))


def step_numbers(process_map: ProcessMap) -> dict[str, int]:
    """step id -> the number the tables print (1, 2, ... in table order)."""
    return {step.id: number for number, step in enumerate(ordered_steps(process_map), start=1)}
