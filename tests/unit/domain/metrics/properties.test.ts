// Property tests (fast-check) of the structural metrics on random simple graphs: invariants
// from metrics-spec §H2, §T5, §L, cross-checks against graphology-metrics, and a long path
// that would overflow a recursive DFS.
import fc from "fast-check";
import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import closenessCentrality from "graphology-metrics/centrality/closeness";
import { bidirectional } from "graphology-shortest-path/unweighted";
import { describe, expect, it } from "vitest";
import { analyzeStructure } from "../../../../src/domain/metrics/analysis";
import { computeBridges } from "../../../../src/domain/metrics/bridges";
import { computeSpan, computeTieStructure } from "../../../../src/domain/metrics/edgeStructure";
import { computeEdgeMetrics } from "../../../../src/domain/metrics/edgeMetrics";
import { computeEgoBetweenness } from "../../../../src/domain/metrics/egoBetweenness";
import { egoGraph } from "../../../../src/domain/metrics/egoGraph";
import { buildCsr } from "../../../../src/domain/metrics/csr";
import {
  accumulatePaths,
  computeBetweenness,
  computeCloseness,
  emptyPaths,
  normalizePaths,
  pathCentralities,
} from "../../../../src/domain/metrics/paths";
import { computeModularity } from "../../../../src/domain/metrics/modularity";
import { computeNodeMetrics } from "../../../../src/domain/metrics/nodeMetrics";
import { computeEffectiveSize } from "../../../../src/domain/metrics/structuralHoles";

const graphArb = fc
  .integer({ min: 1, max: 18 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(
        fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 }), fc.double({ min: 0.05, max: 5, noNaN: true })),
        { maxLength: 45 },
      ),
    }),
  )
  .map(({ n, edges }) => {
    const g = new UndirectedGraph();
    for (let i = 0; i < n; i++) g.addNode(`n${i}`);
    for (const [a, b, w] of edges) if (a !== b) g.mergeEdge(`n${a}`, `n${b}`, { weight: w });
    return g;
  });

const RUNS = { numRuns: 150 };

describe("computeEffectiveSize", () => {
  it("returns a value in [1, degree] for every non-isolated node, weighted or not", () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        for (const weighted of [false, true]) {
          const es = computeEffectiveSize(g, { weighted });
          g.forEachNode((v) => {
            const k = g.degree(v);
            const value = es[v];
            if (k === 0) expect(value).toBeNull();
            else {
              expect(value).toBeGreaterThanOrEqual(1 - 1e-9);
              expect(value).toBeLessThanOrEqual(k + 1e-9);
            }
          });
        }
      }),
      RUNS,
    );
  });
});

describe("computeEdgeMetrics", () => {
  it("returns overlap 0 exactly for local bridges, span 2 exactly for embedded edges, bridges ⊆ local bridges", () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        for (const e of computeEdgeMetrics(g)) {
          expect(e.overlap === 0).toBe(e.is_local_bridge);
          expect(e.span === 2).toBe(e.embeddedness > 0);
          if (e.is_bridge) expect(e.is_local_bridge).toBe(true);
          expect(e.span === null).toBe(e.is_bridge);
        }
      }),
      RUNS,
    );
  });

  it("returns the BFS distance between the endpoints without the edge as span", () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        for (const e of computeEdgeMetrics(g)) {
          const h = g.copy();
          h.dropEdge(e.source, e.target);
          const path = bidirectional(h, e.source, e.target);
          expect(e.span).toBe(path === null ? null : path.length - 1);
        }
      }),
      RUNS,
    );
  });
});

describe("analyzeStructure", () => {
  it("returns bridges and spans for a 20,000-node path without overflowing the stack", () => {
    const g = new UndirectedGraph();
    const n = 20_000;
    for (let i = 0; i < n; i++) g.addNode(String(i));
    for (let i = 1; i < n; i++) g.addEdge(String(i - 1), String(i));
    const analysis = analyzeStructure(g);
    expect(computeBridges(g)).toHaveLength(n - 1);
    expect(analysis.span.every((s) => s === Infinity)).toBe(true);
  });

  it("returns spans of n−1 around a 2,000-node cycle", () => {
    const g = new UndirectedGraph();
    const n = 2_000;
    for (let i = 0; i < n; i++) g.addNode(String(i));
    for (let i = 0; i < n; i++) g.addEdge(String(i), String((i + 1) % n));
    const analysis = analyzeStructure(g);
    expect(analysis.bridges.every((b) => b === 0)).toBe(true);
    expect(analysis.span.every((s) => s === n - 1)).toBe(true);
  });
});

describe("computeBetweenness", () => {
  it("returns graphology-metrics' normalised unweighted betweenness", () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const ours = computeBetweenness(g);
        const theirs = betweennessCentrality(g, { getEdgeWeight: null, normalized: true });
        g.forEachNode((v) => expect(ours[v]).toBeCloseTo(g.order <= 2 ? 0 : theirs[v]!, 9));
      }),
      RUNS,
    );
  });
});

describe("computeCloseness", () => {
  it("returns graphology-metrics' Wasserman–Faust closeness", () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const ours = computeCloseness(g);
        const theirs = closenessCentrality(g, { wassermanFaust: true });
        g.forEachNode((v) => expect(ours[v]).toBeCloseTo(theirs[v] ?? 0, 9));
      }),
      RUNS,
    );
  });
});

describe("computeEgoBetweenness", () => {
  it("returns the unnormalised betweenness of each node inside its ego graph", () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const ours = computeEgoBetweenness(g);
        g.forEachNode((v) => {
          const ego = egoGraph(g, v);
          const b = computeBetweenness(ego)[v]!;
          const n = ego.order;
          const raw = n <= 2 ? 0 : (b * (n - 1) * (n - 2)) / 2;
          expect(ours[v]).toBeCloseTo(raw, 9);
        });
      }),
      RUNS,
    );
  });
});

describe("accumulatePaths", () => {
  it("returns the full result when the sources are split into strided ranges", () => {
    fc.assert(
      fc.property(graphArb, fc.integer({ min: 2, max: 4 }), (g, step) => {
        const csr = buildCsr(g);
        const whole = pathCentralities(csr);
        const parts = emptyPaths(csr.n, csr.m);
        for (let k = 0; k < step; k++) accumulatePaths(csr, { from: k, to: csr.n, step }, parts);
        normalizePaths(parts, csr);
        for (const key of ["betweenness", "edgeBetweenness", "closeness"] as const) {
          whole[key].forEach((x, i) => expect(parts[key][i]).toBeCloseTo(x, 12));
        }
      }),
      RUNS,
    );
  });
});

describe("computeNodeMetrics", () => {
  it("returns null, never NaN, for undefined values (isolated nodes, dyads, weighted or not)", () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const json = JSON.stringify([computeNodeMetrics(g), computeEdgeMetrics(g)], (_k, v: unknown) =>
          typeof v === "number" && !Number.isFinite(v) ? "NOT-FINITE" : v,
        );
        expect(json).not.toContain("NOT-FINITE");
      }),
      RUNS,
    );
  });

  it("throws a MetricsInputError naming the function for a non-graph", () => {
    expect(() => computeNodeMetrics(null as never)).toThrow(/computeNodeMetrics: expected a graphology graph/);
  });
});

describe("computeModularity", () => {
  it("throws a MetricsInputError naming the node without a community", () => {
    const g = new UndirectedGraph();
    g.mergeEdge("a", "b");
    expect(() => computeModularity(g, { a: 0 })).toThrow(/computeModularity: node "b" has no community/);
  });

  it("returns null for a graph without edges", () => {
    const g = new UndirectedGraph();
    g.addNode("a");
    expect(computeModularity(g, { a: 0 })).toBeNull();
  });
});

describe("computeSpan", () => {
  it("returns 2 inside a triangle, 3 across a square's side and null for a pendant bridge", () => {
    const g = new UndirectedGraph();
    g.mergeEdgeWithKey("ab", "a", "b");
    g.mergeEdgeWithKey("bc", "b", "c");
    g.mergeEdgeWithKey("ca", "c", "a");
    g.mergeEdgeWithKey("cd", "c", "d");
    g.mergeEdgeWithKey("de", "d", "e");
    g.mergeEdgeWithKey("ef", "e", "f");
    g.mergeEdgeWithKey("fc", "f", "c");
    g.mergeEdgeWithKey("fx", "f", "x");
    expect(computeSpan(g)).toEqual({ ab: 2, bc: 2, ca: 2, cd: 3, de: 3, ef: 3, fc: 3, fx: null });
    expect(computeTieStructure(g).ab).toEqual({ embeddedness: 1, overlap: 1, jaccard: 1 / 3, is_local_bridge: false });
  });
});
