"""The findings' bridge-builders come from `analysis.betweenness`, a faster search than
networkx's; a facilitator must see the same cards with the same scores as before, so its
figures are compared, to the last bit, with `networkx.betweenness_centrality`."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from coi_desktop.services.analysis import betweenness


@st.composite
def graphs(draw: st.DrawFn) -> nx.Graph:
    n = draw(st.integers(min_value=0, max_value=60))
    names = [f"card-{i:03}" for i in range(n)]
    graph = nx.Graph()
    graph.add_nodes_from(names)
    if n > 1:
        pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)),
                              max_size=3 * n))
        graph.add_edges_from((names[a], names[b]) for a, b in pairs if a != b)
    return graph


@settings(max_examples=80, deadline=None)
@given(graphs(), st.integers(min_value=2, max_value=60))  # k = 1 gives NaN (0/0) in both
def test_same_figures_as_networkx(graph: nx.Graph, k: int) -> None:
    assert betweenness(graph) == nx.betweenness_centrality(graph)
    if len(graph):
        k = min(k, len(graph))  # sampled sources, as the analysis does above 600 cards
        assert betweenness(graph, k) == nx.betweenness_centrality(graph, k=k, seed=0)


def test_a_large_sampled_graph_matches() -> None:
    graph = nx.gnm_random_graph(1500, 1000, seed=3)
    graph = nx.relabel_nodes(graph, {i: f"c{i:05}" for i in graph})
    assert betweenness(graph, 300) == nx.betweenness_centrality(graph, k=300, seed=0)
