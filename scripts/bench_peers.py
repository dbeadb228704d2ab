"""Peers of `npm run bench`: the same CSV edge list (source,target,weight) read and analysed in one
whole Python process, timed from outside by the bench.

  python3 scripts/bench_peers.py igraph FILE    betweenness + Burt's constraint + bridges (python-igraph)
  python3 scripts/bench_peers.py networkx FILE  the set of metrics our CLI reports (NetworkX)

Prints one JSON line with counts (so the work cannot be skipped) and the in-process seconds.
"""

import csv
import json
import sys
import time


def read_edges(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        return [(r[0], r[1], float(r[2]) if len(r) > 2 and r[2] != "" else 1.0) for r in rows]


def run_igraph(path):
    import igraph as ig

    t0 = time.perf_counter()
    edges = read_edges(path)
    g = ig.Graph.TupleList(edges, directed=False, weights=True)
    betweenness = g.betweenness(directed=False)
    constraint = g.constraint()
    bridges = g.bridges()
    return {
        "nodes": g.vcount(),
        "edges": g.ecount(),
        "max_betweenness": max(betweenness, default=0),
        "sum_constraint": sum(c for c in constraint if c == c),
        "bridges": len(bridges),
        "seconds_in_process": time.perf_counter() - t0,
    }


def run_networkx(path):
    """Our report's structural set: node, edge and graph metrics (unweighted and weighted)."""
    import networkx as nx

    t0 = time.perf_counter()
    g = nx.Graph()
    g.add_weighted_edges_from(read_edges(path))
    betweenness = nx.betweenness_centrality(g, normalized=True)
    edge_betweenness = nx.edge_betweenness_centrality(g, normalized=True)
    closeness = nx.closeness_centrality(g)
    clustering = nx.clustering(g)
    effective_size = nx.effective_size(g)
    constraint = nx.constraint(g)
    effective_size_w = nx.effective_size(g, weight="weight")
    constraint_w = nx.constraint(g, weight="weight")
    local = {}
    for u, v in g.edges():
        local[(u, v)] = (
            nx.local_constraint(g, u, v),
            nx.local_constraint(g, v, u),
            nx.local_constraint(g, u, v, weight="weight"),
            nx.local_constraint(g, v, u, weight="weight"),
        )
    constraint_ego = {v: nx.constraint(nx.ego_graph(g, v), nodes=[v])[v] for v in g}
    ego_betweenness = {
        v: nx.betweenness_centrality(nx.ego_graph(g, v), normalized=False)[v] for v in g
    }
    bridges = list(nx.bridges(g))
    local_bridges = list(nx.local_bridges(g, with_span=True))
    jaccard = list(nx.jaccard_coefficient(g, g.edges()))
    communities = nx.community.louvain_communities(g, seed=1)
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "max_betweenness": max(betweenness.values(), default=0),
        "max_edge_betweenness": max(edge_betweenness.values(), default=0),
        "sum_closeness": sum(closeness.values()),
        "sum_clustering": sum(clustering.values()),
        "sum_effective_size": sum(x for x in effective_size.values() if x == x),
        "sum_constraint": sum(x for x in constraint.values() if x == x),
        "sum_effective_size_weighted": sum(x for x in effective_size_w.values() if x == x),
        "sum_constraint_weighted": sum(x for x in constraint_w.values() if x == x),
        "local_constraints": len(local),
        "sum_constraint_ego": sum(x for x in constraint_ego.values() if x == x),
        "sum_ego_betweenness": sum(ego_betweenness.values()),
        "bridges": len(bridges),
        "local_bridges": len(local_bridges),
        "jaccard": len(jaccard),
        "transitivity": nx.transitivity(g),
        "density": nx.density(g),
        "components": nx.number_connected_components(g),
        "louvain_modularity": nx.community.modularity(g, communities),
        "seconds_in_process": time.perf_counter() - t0,
    }


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("igraph", "networkx"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    peer, path = sys.argv[1], sys.argv[2]
    result = run_igraph(path) if peer == "igraph" else run_networkx(path)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
