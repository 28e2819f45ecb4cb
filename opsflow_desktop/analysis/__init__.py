"""Analysis of maps with networkx: graph, checks, metrics, comparison, goals. No Qt."""
