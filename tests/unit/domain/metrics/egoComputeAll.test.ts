import { MultiUndirectedGraph, UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { computeAll } from "../../../../src/domain/metrics/computeAll";
import { expectClose, fixtureGraph, loadFixture, type Fixture } from "../../support/fixtures";

/** The fixture's raw (uncleaned) edges in a multigraph with self-loops. */
function rawGraph(fx: Fixture): MultiUndirectedGraph {
  const g = new MultiUndirectedGraph();
  for (const n of fx.nodes) g.addNode(n.id, { ...n.attributes });
  for (const e of fx.raw_edges ?? []) g.addEdge(e.source, e.target, e.weight === undefined ? {} : { weight: e.weight });
  return g;
}

describe("computeAll", () => {
  const fx = loadFixture("ego_granovetter.json");
  const report = computeAll(fixtureGraph(fx), { egoId: "ego", diffusionSamples: 2_000, seed: 5 });

  it("returns graph, node, edge and attribute metrics of the whole map", () => {
    expect(report.graph_metrics.n_nodes).toBe(fx.graph_metrics.n_nodes);
    expect(report.graph_metrics.n_bridges).toBe(fx.graph_metrics.n_bridges);
    expect(Object.keys(report.node_metrics).sort()).toEqual(Object.keys(fx.node_metrics).sort());
    expect(report.edge_metrics).toHaveLength(fx.edges.length);
    expect(report.attribute_metrics.attribute).toBe("communities");
    expect(report.attribute_metrics.K).toBeNull();
  });

  it("returns the ego analysis keyed by the ego id", () => {
    const ego = report.ego_analysis?.ego;
    expect(Object.keys(report.ego_analysis ?? {})).toEqual(["ego"]);
    expectClose(
      ego?.summary.bridging_score,
      (fx.ego_analysis?.ego?.summary as Record<string, unknown>).bridging_score,
      "bridging_score",
    );
    expect(ego?.diffusion?.samples).toBeLessThanOrEqual(2_000);
  });

  it("returns the fixture's ego analyses from raw edges with self-loops, duplicates and zero weights", () => {
    const edge = loadFixture("edge_cases.json");
    const raw = computeAll(rawGraph(edge), { egoId: "hub", diffusion: false });
    const want = edge.ego_analysis?.hub?.summary as Record<string, unknown>;
    for (const [field, value] of Object.entries(want)) {
      expectClose((raw.ego_analysis?.hub?.summary as unknown as Record<string, unknown>)[field], value, field);
    }
  });

  it("omits ego_analysis without an ego and rejects an unknown one", () => {
    const g = new UndirectedGraph();
    g.addNode("a");
    expect(computeAll(g).ego_analysis).toBeUndefined();
    expect(() => computeAll(g, { egoId: "zed" })).toThrow(/^computeAll: the ego "zed"/);
  });
});
