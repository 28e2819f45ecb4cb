"""A map as a networkx DiGraph: steps are nodes, flows are edges; the base of every analysis."""

from __future__ import annotations

import networkx as nx

from ..model import ProcessMap


def map_graph(process_map: ProcessMap) -> nx.MultiDiGraph[str]:
    """Nodes carry ``step`` and ``lane``; edges carry ``flow``. Parallel flows stay separate edges."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(map_id=process_map.id)
    for step in process_map.steps:
        graph.add_node(step.id, step=step, lane=step.lane_id)
    for flow in process_map.flows:
        graph.add_edge(flow.source_id, flow.target_id, key=flow.id, flow=flow)
    return graph


def handoffs(process_map: ProcessMap) -> list[str]:
    """Ids of the flows that cross from one lane (department) into another: where work changes hands."""
    lane_of = {step.id: step.lane_id for step in process_map.steps}
    return [flow.id for flow in process_map.flows if lane_of.get(flow.source_id) != lane_of.get(flow.target_id)]
