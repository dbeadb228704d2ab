// Preprocessing (metrics-spec §P) against edge_cases.json's raw_edges, and its validation.
import { DirectedGraph, MultiGraph, UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { MetricsInputError } from "../../../../src/domain/metrics/errors";
import { computeNodeMetrics } from "../../../../src/domain/metrics/nodeMetrics";
import { preprocess } from "../../../../src/domain/metrics/preprocess";
import { expectClose, loadFixture } from "../../support/fixtures";

const fx = loadFixture("edge_cases.json");

function rawGraph(): MultiGraph {
  const g = new MultiGraph();
  for (const n of fx.nodes) g.addNode(n.id, { ...n.attributes });
  // Directed arcs: t1→t2 and t2→t1 must merge like any duplicate (§P3, §P6).
  for (const e of fx.raw_edges ?? []) g.addDirectedEdge(e.source, e.target, { weight: e.weight });
  return g;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

describe("preprocess", () => {
  it("returns the fixture's cleaned edges from raw_edges (self-loops, duplicates, zero weight)", () => {
    const clean = preprocess(rawGraph());
    const ours = new Map<string, number>();
    clean.forEachEdge((_e, attrs, s, t) => ours.set(pairKey(s, t), attrs.weight as number));
    const expected = new Map(fx.edges.map((e) => [pairKey(e.source, e.target), e.weight]));
    expect(ours).toEqual(expected);
    expect(clean.order).toBe(fx.nodes.length);
    expect(clean.type).toBe("undirected");
  });

  it("returns a graph whose node metrics match the fixture", () => {
    const ours = computeNodeMetrics(rawGraph());
    for (const [id, fields] of Object.entries(fx.node_metrics)) {
      const actual = ours[id] as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(fields)) expectClose(actual[field], value, `${id} ${field}`);
    }
  });

  it("returns node attributes unchanged", () => {
    const g = new UndirectedGraph();
    g.addNode("a", { communities: ["Family"] });
    g.addNode("b");
    g.addEdge("a", "b", { weight: 0.3, dimensions: { emotional: 4 } });
    const clean = preprocess(g);
    expect(clean.getNodeAttributes("a")).toEqual({ communities: ["Family"] });
    expect(clean.getEdgeAttributes(clean.edge("a", "b")!)).toEqual({ weight: 0.3, dimensions: { emotional: 4 } });
  });

  it("returns the max weight for reciprocal directed arcs", () => {
    const g = new DirectedGraph();
    g.mergeEdge("a", "b", { weight: 0.2 });
    g.mergeEdge("b", "a", { weight: 0.9 });
    const clean = preprocess(g);
    expect(clean.size).toBe(1);
    expect(clean.getEdgeAttribute(clean.edge("a", "b")!, "weight")).toBe(0.9);
  });

  it("returns no edge for NaN and infinite weights", () => {
    const g = new MultiGraph();
    g.mergeEdge("a", "b", { weight: Number.NaN });
    g.mergeEdge("b", "c", { weight: Infinity });
    g.mergeEdge("c", "d", { weight: -Infinity });
    expect(preprocess(g).size).toBe(0);
  });

  it("throws a MetricsInputError naming the edge for a negative weight", () => {
    const g = new UndirectedGraph();
    g.mergeEdge("ana", "ben", { weight: -0.5 });
    expect(() => preprocess(g)).toThrow(MetricsInputError);
    expect(() => preprocess(g)).toThrow(/preprocess: edge ana–ben has a negative weight/);
  });

  it("throws a MetricsInputError for something that is not a graph", () => {
    expect(() => preprocess({} as never)).toThrow(/preprocess: expected a graphology graph/);
  });
});
