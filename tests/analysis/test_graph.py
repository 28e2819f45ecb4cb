"""The map graph and hand-off counting."""

from opsflow_desktop.analysis.graph import handoffs, map_graph
from opsflow_desktop.model import Flow


def test_graph_has_a_node_per_step_and_an_edge_per_flow(small):
    # A parallel flow (an import may bring one; the canvas refuses to draw it) stays a separate edge.
    small.doc.insert(Flow(source_id=small.a.id, target_id=small.b.id, label="again"), small.map.id)
    graph = map_graph(small.map)
    assert set(graph.nodes) == {small.a.id, small.b.id, small.c.id}
    assert graph.number_of_edges() == 3
    assert graph.nodes[small.c.id]["lane"] == small.lane2.id


def test_handoffs_are_flows_that_cross_lanes(small):
    # a -> b stays in 商品部; b -> c crosses into 设计部
    assert handoffs(small.map) == [small.map.flows[1].id]
