// Leaves folded into their neighbours before the path sweep (leafFold.ts): the centralities of
// the whole graph come out as a textbook Brandes over every node gives them — on cores with
// stars and paths hanging off, on stars of any size, on pairs, isolated people and several
// components — the JavaScript and WebAssembly kernels still agree bit for bit on the weighted
// (folded) graph, and a LinkedIn-shaped star sweeps one node instead of thousands.
import fc from "fast-check";
import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildCsr } from "../../../../src/domain/metrics/csr";
import { sweepPlan } from "../../../../src/domain/metrics/leafFold";
import { emptyPaths, normalizePaths, pathCentralities } from "../../../../src/domain/metrics/paths";
import { sweepRange, sweepTopology } from "../../../../src/domain/metrics/sweepKernel";
import { wasmSweepRange } from "../../../../src/domain/metrics/sweepWasm";
import { coreAndTailsArb, textbook } from "../../../support/brandes";

function expectTextbook(g: UndirectedGraph): void {
  const csr = buildCsr(g);
  const ours = pathCentralities(csr);
  const expected = normalizePaths(textbook(csr), csr);
  for (const key of ["betweenness", "edgeBetweenness", "closeness"] as const) {
    expect(ours[key]).toHaveLength(expected[key].length);
    expected[key].forEach((x, i) => expect(Math.abs(ours[key][i]! - x)).toBeLessThanOrEqual(1e-12 * Math.max(1, x)));
  }
}

/** A graph from edges over n nodes (ids v0…). */
function graphOf(n: number, edges: readonly (readonly [number, number])[]): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`v${i}`);
  for (const [a, b] of edges) if (a !== b) g.mergeEdge(`v${a}`, `v${b}`);
  return g;
}

/** The user tied to `leaves` people, and `extra` ties among them (a LinkedIn import, then a few). */
function star(leaves: number, extra: readonly (readonly [number, number])[] = []): UndirectedGraph {
  return graphOf(leaves + 1, [...Array.from({ length: leaves }, (_, i) => [0, i + 1] as const), ...extra]);
}

describe("the path sweep with leaves folded", () => {
  it("gives a textbook Brandes' betweenness, edge betweenness and closeness on cores with stars and paths", () => {
    fc.assert(
      fc.property(coreAndTailsArb, (g) => expectTextbook(g)),
      { numRuns: 150 },
    );
  });

  it("gives them on stars, pairs, isolated people and stars tied to stars", () => {
    expectTextbook(star(1));
    expectTextbook(star(2));
    expectTextbook(star(40));
    expectTextbook(star(40, [[1, 2]]));
    expectTextbook(graphOf(2, [[0, 1]]));
    expectTextbook(graphOf(5, [[0, 1]]));
    // Two stars whose centres know each other, a pair, and someone alone.
    expectTextbook(
      graphOf(12, [
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
        [4, 5],
        [4, 6],
        [4, 7],
        [8, 9],
      ]),
    );
  });

  it("gives a star's centre every path between its leaves and nothing to the leaves", () => {
    const csr = buildCsr(star(30));
    const { betweenness, closeness, edgeBetweenness } = pathCentralities(csr);
    expect(betweenness[0]).toBeCloseTo(1, 12);
    for (let i = 1; i <= 30; i++) {
      expect(betweenness[i]).toBe(0);
      // Distance 1 to the centre and 2 to the 29 others.
      expect(closeness[i]).toBeCloseTo(30 / 59, 12);
      // Every ordered pair with this leaf at one end, over n(n−1) = 31·30.
      expect(edgeBetweenness[i - 1]).toBeCloseTo((2 * 30) / (31 * 30), 12);
    }
    expect(closeness[0]).toBeCloseTo(1, 12);
  });

  it("sweeps a LinkedIn-shaped star as one node, and a star with a few ties among its leaves as those few", () => {
    expect(sweepPlan(buildCsr(star(2_000))).input.n).toBe(1);
    const tied = sweepPlan(
      buildCsr(
        star(2_000, [
          [1, 2],
          [2, 3],
        ]),
      ),
    ).input;
    expect(tied.n).toBe(4);
    expect(tied.m).toBe(5);
    expect(Array.from(tied.mass ?? [])).toEqual([1998, 1, 1, 1]);
  });

  it("leaves a graph without leaves as it is", () => {
    const csr = buildCsr(
      graphOf(4, [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 0],
      ]),
    );
    expect(sweepPlan(csr).input).toBe(csr);
  });

  it("has the JavaScript and WebAssembly kernels agree bit for bit on the folded, weighted graph", () => {
    fc.assert(
      fc.property(coreAndTailsArb, fc.boolean(), (g, withEdges) => {
        const { input } = sweepPlan(buildCsr(g));
        const topology = sweepTopology(input);
        const js = emptyPaths(input.n, input.m);
        const wasm = emptyPaths(input.n, input.m);
        const range = { from: 0, to: input.n, step: 1 };
        sweepRange(input, topology, range, js, withEdges);
        expect(wasmSweepRange(input, topology, range, wasm, withEdges)).toBe(true);
        expect(Array.from(wasm.betweenness)).toEqual(Array.from(js.betweenness));
        expect(Array.from(wasm.closeness)).toEqual(Array.from(js.closeness));
        expect(Array.from(wasm.edgeBetweenness)).toEqual(Array.from(js.edgeBetweenness));
      }),
      { numRuns: 80 },
    );
  });
});
