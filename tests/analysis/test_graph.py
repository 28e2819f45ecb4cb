"""The map graph and hand-off counting."""

from opsflow_desktop.analysis.graph import handoffs, map_graph


def test_graph_has_a_node_per_step_and_an_edge_per_flow(small):
    small.editor.connect(small.a.id, small.b.id, "again")  # a parallel flow stays a separate edge
    graph = map_graph(small.map)
    assert set(graph.nodes) == {small.a.id, small.b.id, small.c.id}
    assert graph.number_of_edges() == 3
    assert graph.nodes[small.c.id]["lane"] == small.lane2.id


def test_handoffs_are_flows_that_cross_lanes(small):
    # a -> b stays in 商品部; b -> c crosses into 设计部
    assert handoffs(small.map) == [small.map.flows[1].id]
