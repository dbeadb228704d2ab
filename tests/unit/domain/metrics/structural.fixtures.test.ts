// Every reference fixture in ../shared/fixtures, every field of node_metrics, edge_metrics,
// graph_metrics and attribute_metrics, within the README's tolerance. A new fixture file is
// picked up without code change.
import { describe, expect, it } from "vitest";
import { computeAttributeMetrics } from "../../../../src/domain/metrics/attributeMetrics";
import { computeEdgeMetrics } from "../../../../src/domain/metrics/edgeMetrics";
import { computeGraphMetrics } from "../../../../src/domain/metrics/graphMetrics";
import { computeNodeMetrics } from "../../../../src/domain/metrics/nodeMetrics";
import type { EdgeMetrics } from "../../../../src/domain/metrics/types";
import { expectClose, fixtureFiles, fixtureGraph, loadFixture } from "../../support/fixtures";
import type { Fixture } from "../../support/fixtures";

const fixtures: [string, Fixture][] = fixtureFiles().map((file) => [file, loadFixture(file)]);

interface Partition {
  membership: Record<string, number>;
  n_communities: number;
  modularity: number | null;
  modularity_weighted?: number | null;
}
interface LouvainBand {
  modularity_min: number;
}

function partitionsOf(fx: Fixture): Record<string, Partition> {
  return (fx.graph_metrics.partitions ?? {}) as Record<string, Partition>;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const SWAPPED: Record<string, string> = {
  local_constraint_st: "local_constraint_ts",
  local_constraint_ts: "local_constraint_st",
  local_constraint_st_weighted: "local_constraint_ts_weighted",
  local_constraint_ts_weighted: "local_constraint_st_weighted",
};

describe("computeNodeMetrics", () => {
  it.each(fixtures)("returns every node_metrics field of %s", (file, fx) => {
    const ours = computeNodeMetrics(fixtureGraph(fx));
    expect(Object.keys(ours).sort()).toEqual(Object.keys(fx.node_metrics).sort());
    for (const [id, expected] of Object.entries(fx.node_metrics)) {
      const actual = ours[id] as unknown as Record<string, unknown>;
      expect(Object.keys(actual).sort(), `${file} node ${id} fields`).toEqual(Object.keys(expected).sort());
      for (const [field, value] of Object.entries(expected)) {
        expectClose(actual[field], value, `${file} node ${id} ${field}`);
      }
    }
  });
});

describe("computeEdgeMetrics", () => {
  it.each(fixtures)("returns every edge_metrics field of %s", (file, fx) => {
    const ours = new Map<string, EdgeMetrics>();
    for (const e of computeEdgeMetrics(fixtureGraph(fx))) ours.set(pairKey(e.source, e.target), e);
    expect(ours.size).toBe(fx.edge_metrics.length);
    for (const expected of fx.edge_metrics) {
      const actual = ours.get(pairKey(expected.source, expected.target));
      expect(actual, `${file} edge ${expected.source}–${expected.target}`).toBeDefined();
      const reversed = actual?.source !== expected.source;
      const fields = actual as unknown as Record<string, unknown>;
      expect(Object.keys(fields).sort(), `${file} edge fields`).toEqual(Object.keys(expected).sort());
      for (const [field, value] of Object.entries(expected)) {
        if (field === "source" || field === "target") continue;
        const ourField = reversed ? (SWAPPED[field] ?? field) : field;
        expectClose(fields[ourField], value, `${file} edge ${expected.source}–${expected.target} ${field}`);
      }
    }
  });
});

describe("computeGraphMetrics", () => {
  it.each(fixtures)("returns the graph_metrics and partition modularities of %s", (file, fx) => {
    const partitions = partitionsOf(fx);
    const memberships = Object.fromEntries(Object.entries(partitions).map(([name, p]) => [name, p.membership]));
    const ours = computeGraphMetrics(fixtureGraph(fx), { partitions: memberships });
    const actual = ours as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(fx.graph_metrics)) {
      if (field === "partitions" || field === "louvain_reference") continue;
      expectClose(actual[field], value, `${file} graph ${field}`);
    }
    for (const [name, p] of Object.entries(partitions)) {
      const mine = ours.partitions[name];
      expectClose(mine?.n_communities, p.n_communities, `${file} partition ${name} n_communities`);
      expectClose(mine?.modularity, p.modularity, `${file} partition ${name} modularity`);
      if ("modularity_weighted" in p) {
        expectClose(mine?.modularity_weighted, p.modularity_weighted, `${file} partition ${name} modularity_weighted`);
      }
    }
  });

  it.each(fixtures)("returns a Louvain modularity within the reference band of %s", (file, fx) => {
    const reference = fx.graph_metrics.louvain_reference as Record<string, LouvainBand> | undefined;
    const ours = computeGraphMetrics(fixtureGraph(fx), { louvainSeed: 7 });
    for (const mode of ["unweighted", "weighted"] as const) {
      const band = reference?.[mode];
      if (band === undefined) continue;
      const q = ours.louvain[mode]?.modularity;
      expect(q, `${file} louvain ${mode}`).toBeTypeOf("number");
      expect(q!, `${file} louvain ${mode}`).toBeGreaterThanOrEqual(band.modularity_min - 0.03);
    }
  });
});

describe("computeAttributeMetrics", () => {
  it.each(fixtures)("returns every attribute_metrics field of %s", (file, fx) => {
    const expected = fx.attribute_metrics;
    if (expected === undefined) return;
    const graph = fixtureGraph(fx);
    const attribute = expected.attribute as string;
    if (attribute === "greedy_community") {
      const membership = partitionsOf(fx).greedy_modularity?.membership ?? {};
      graph.forEachNode((id) => graph.setNodeAttribute(id, "greedy_community", membership[id]));
    }
    const ours = computeAttributeMetrics(graph, attribute, (expected.K as number | null) ?? null);
    expect(ours.attribute).toBe(attribute);
    expect(ours.K).toBe(expected.K);
    expectClose(ours.graph_ei_index, expected.graph_ei_index, `${file} graph_ei_index`);
    const perNode = expected.per_node as Record<string, Record<string, unknown>>;
    expect(Object.keys(ours.per_node).sort()).toEqual(Object.keys(perNode).sort());
    for (const [id, fields] of Object.entries(perNode)) {
      const actual = ours.per_node[id] as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(fields)) {
        expectClose(actual[field], value, `${file} attribute ${id} ${field}`);
      }
    }
  });
});
