// The shortest-path kernel in its two forms, JavaScript (sweepKernel.ts) and WebAssembly
// (assembly/sweep.ts via sweepWasm.ts): the same sums bit for bit on graphs small and large,
// connected or not, over any source range and on top of sums already there; the WebAssembly
// bytes the project ships are the ones assembly/sweep.ts compiles to; and the numbers agree
// with graphology-metrics and a textbook Brandes on graphs that take the bottom-up branch, and
// switch back and forth (a path hanging off a dense core).
import fc from "fast-check";
import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { describe, expect, it } from "vitest";
import { compileKernel, generatedText, GENERATED } from "../../../../scripts/build-wasm.mjs";
import { buildCsr } from "../../../../src/domain/metrics/csr";
import { emptyPaths, pathCentralities, type PathCentralities } from "../../../../src/domain/metrics/paths";
import { sweepRange, sweepTopology } from "../../../../src/domain/metrics/sweepKernel";
import { wasmSweepAvailable, wasmSweepRange } from "../../../../src/domain/metrics/sweepWasm";
import { createRng } from "../../../../src/domain/metrics/rng";
import { readFileSync } from "node:fs";
import { coreAndTailsArb, textbook } from "../../../support/brandes";

function randomGraph(n: number, m: number, seed: number, isolated = 0): UndirectedGraph {
  const rng = createRng(seed);
  const g = new UndirectedGraph();
  for (let i = 0; i < n + isolated; i++) g.addNode(`n${i}`);
  // Two halves never tied to each other: at least two components, plus the isolated nodes.
  const half = Math.floor(n / 2);
  let tries = 0;
  while (g.size < m && tries++ < 50 * m) {
    const a = Math.floor(rng() * n);
    const side = a < half ? [0, half] : [half, n];
    const b = side[0]! + Math.floor(rng() * (side[1]! - side[0]!));
    if (a !== b) g.mergeEdge(`n${a}`, `n${b}`);
  }
  return g;
}

function bothKernels(g: UndirectedGraph, withEdges: boolean, from = 0, step = 1, seedOut = false) {
  const csr = buildCsr(g);
  const topology = sweepTopology(csr);
  const fresh = (): PathCentralities => {
    const out = emptyPaths(csr.n, csr.m);
    if (seedOut) {
      // Sums already there (a caller accumulating): both kernels must add to them the same way.
      out.betweenness.forEach((_, i) => (out.betweenness[i] = i / 7));
      out.edgeBetweenness.forEach((_, i) => (out.edgeBetweenness[i] = i / 3));
    }
    return out;
  };
  const js = fresh();
  const wasm = fresh();
  const range = { from, to: csr.n, step };
  sweepRange(csr, topology, range, js, withEdges);
  expect(wasmSweepRange(csr, topology, range, wasm, withEdges)).toBe(true);
  return { js, wasm, csr };
}

const graphArb = fc
  .record({ n: fc.integer({ min: 1, max: 60 }), density: fc.double({ min: 0, max: 0.3, noNaN: true }) })
  .chain(({ n, density }) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), {
        maxLength: Math.ceil(density * n * n),
      }),
    }),
  )
  .map(({ n, edges }) => {
    const g = new UndirectedGraph();
    for (let i = 0; i < n; i++) g.addNode(`n${i}`);
    for (const [a, b] of edges) if (a !== b) g.mergeEdge(`n${a}`, `n${b}`);
    return g;
  });

describe("the path-sweep kernel", () => {
  it("agrees with a textbook Brandes on cores with paths and stars hanging off, in both forms", () => {
    fc.assert(
      fc.property(coreAndTailsArb, (g) => {
        const { js, wasm, csr } = bothKernels(g, true);
        const expected = textbook(csr);
        expect(Array.from(wasm.betweenness)).toEqual(Array.from(js.betweenness));
        for (const key of ["betweenness", "edgeBetweenness", "closeness"] as const) {
          expected[key].forEach((x, i) => expect(Math.abs(js[key][i]! - x)).toBeLessThanOrEqual(1e-9 * Math.max(1, x)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("ships the WebAssembly that assembly/sweep.ts compiles to (run node scripts/build-wasm.mjs)", async () => {
    const binary = await compileKernel();
    expect(readFileSync(GENERATED, "utf8")).toBe(generatedText(binary));
  }, 60_000);

  it("runs as WebAssembly in Node", () => {
    expect(wasmSweepAvailable()).toBe(true);
  });

  it("gives bit-identical sums in JavaScript and WebAssembly on random graphs and source ranges", () => {
    fc.assert(
      fc.property(graphArb, fc.nat({ max: 3 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), (g, from, step, seed) => {
        for (const withEdges of [false, true]) {
          const { js, wasm } = bothKernels(g, withEdges, Math.min(from, g.order), step, seed);
          expect(Array.from(wasm.betweenness)).toEqual(Array.from(js.betweenness));
          expect(Array.from(wasm.closeness)).toEqual(Array.from(js.closeness));
          if (withEdges) expect(Array.from(wasm.edgeBetweenness)).toEqual(Array.from(js.edgeBetweenness));
        }
      }),
      { numRuns: 120 },
    );
  });

  it("agrees with graphology-metrics on a 1,200-person graph in three components", () => {
    const g = randomGraph(1_200, 5_000, 11, 3);
    const { js, wasm, csr } = bothKernels(g, true);
    expect(Array.from(wasm.betweenness)).toEqual(Array.from(js.betweenness));
    expect(Array.from(wasm.edgeBetweenness)).toEqual(Array.from(js.edgeBetweenness));
    const ours = pathCentralities(csr, false).betweenness;
    const theirs = betweennessCentrality(g, { getEdgeWeight: null, normalized: true });
    for (let i = 0; i < csr.n; i++) {
      const expected = theirs[csr.ids[i]!]!;
      expect(Math.abs(ours[i]! - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected));
    }
  });
});
