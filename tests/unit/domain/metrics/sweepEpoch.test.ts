// The sweep kernels number each source's BFS levels from a base past the previous source's
// instead of resetting dist after every source, and reset dist when the base passes a limit
// (2¹⁶). A long path takes thousands of levels per source, so both kernels cross the limit many
// times in one sweep (the WebAssembly one within its calls of 32 sources): the sums must still
// be exact — closed forms on the path — and bit-identical between the two kernels when the path
// hangs off a dense core (levels found bottom-up, then top-down again).
import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildCsr } from "../../../../src/domain/metrics/csr";
import { emptyPaths, type PathCentralities } from "../../../../src/domain/metrics/paths";
import { sweepRange, sweepTopology } from "../../../../src/domain/metrics/sweepKernel";
import { wasmSweepRange } from "../../../../src/domain/metrics/sweepWasm";

function pathGraph(n: number, core = 0): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let i = 0; i < n + core; i++) g.addNode(`n${i}`);
  for (let i = 0; i + 1 < n; i++) g.addEdge(`n${i}`, `n${i + 1}`);
  // A clique of `core` nodes tied to the path's last node.
  for (let a = n; a < n + core; a++) {
    g.addEdge(`n${n - 1}`, `n${a}`);
    for (let b = a + 1; b < n + core; b++) g.addEdge(`n${a}`, `n${b}`);
  }
  return g;
}

function sweepBoth(g: UndirectedGraph) {
  const csr = buildCsr(g);
  const topology = sweepTopology(csr);
  const range = { from: 0, to: csr.n, step: 1 };
  const js: PathCentralities = emptyPaths(csr.n, csr.m);
  const wasm: PathCentralities = emptyPaths(csr.n, csr.m);
  sweepRange(csr, topology, range, js, true);
  expect(wasmSweepRange(csr, topology, range, wasm, true)).toBe(true);
  return { csr, js, wasm };
}

describe("the sweep's level numbering across sources", () => {
  it("gives a long path's exact sums in both kernels", () => {
    const n = 3000;
    const { csr, js, wasm } = sweepBoth(pathGraph(n));
    for (const out of [js, wasm]) {
      for (let i = 0; i < n; i++) {
        const v = csr.index.get(`n${i}`)!;
        // Ordered pairs through i; distances from i to both ends.
        expect(out.betweenness[v]).toBe(2 * i * (n - 1 - i));
        expect(out.closeness[v]).toBe((i * (i + 1)) / 2 + ((n - 1 - i) * (n - i)) / 2);
      }
      for (let e = 0; e < csr.m; e++) {
        const i = Math.min(csr.edgeSource[e]!, csr.edgeTarget[e]!);
        expect(out.edgeBetweenness[e]).toBe(2 * (i + 1) * (n - 1 - i));
      }
    }
  });

  it("gives bit-identical sums in both kernels on a long path off a dense core", () => {
    const { js, wasm } = sweepBoth(pathGraph(2500, 40));
    for (const key of ["betweenness", "edgeBetweenness", "closeness"] as const) {
      expect(Array.from(wasm[key])).toEqual(Array.from(js[key]));
    }
  });
});
