// Burt's pass, the spans, ego betweenness and brokerage in their two forms, JavaScript
// (burtKernel.ts, span.ts, egoBetweenness.ts, brokerage.ts) and WebAssembly
// (assembly/structure.ts via structureWasm.ts): the same numbers, bit for bit, on
// random graphs with clusters (triangles, embedded ties), bridges, local bridges, isolated people
// and fractional weights, weighted or not, one graph after another in the same module memory
// (a bigger one, then smaller ones over its leftovers); and the WebAssembly bytes the project
// ships are the ones assembly/structure.ts compiles to.
import fc from "fast-check";
import { UndirectedGraph } from "graphology";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compileKernel,
  structureGeneratedText,
  STRUCTURE_GENERATED,
  STRUCTURE_SOURCE,
} from "../../../../scripts/build-wasm.mjs";
import { StructuralAnalysis } from "../../../../src/domain/metrics/analysis";
import { brokerageArraysJs } from "../../../../src/domain/metrics/brokerage";
import { burtKernelJs, reverseArcs } from "../../../../src/domain/metrics/burtKernel";
import { buildCsr, type Csr } from "../../../../src/domain/metrics/csr";
import { egoBetweennessArrayJs } from "../../../../src/domain/metrics/egoBetweenness";
import { createRng } from "../../../../src/domain/metrics/rng";
import { spanArrayJs } from "../../../../src/domain/metrics/span";
import { arcWeights } from "../../../../src/domain/metrics/structuralHoles";
import {
  wasmBrokerage,
  wasmBurtKernel,
  wasmEgoBetweenness,
  wasmSpanArray,
  wasmStructureAvailable,
} from "../../../../src/domain/metrics/structureWasm";

/** Clusters of `size` people tied densely inside and sparsely across, plus a few loners. */
function clustered(n: number, size: number, inside: number, across: number, seed: number): Csr {
  const rng = createRng(seed);
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`p${i}`);
  const weights = [1, 0.5, 2, 0.37, 3];
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      const p = Math.floor(a / size) === Math.floor(b / size) ? inside : across;
      if (rng() < p) g.addEdge(`p${a}`, `p${b}`, { weight: weights[Math.floor(rng() * weights.length)]! });
    }
  return buildCsr(g);
}

const same = (a: ArrayLike<number>, b: ArrayLike<number>) => expect(Array.from(a)).toEqual(Array.from(b));

function compare(csr: Csr): void {
  const rev = reverseArcs(csr);
  for (const weighted of [false, true]) {
    const w = arcWeights(csr, weighted);
    const js = burtKernelJs(csr, w, rev);
    const wasm = wasmBurtKernel(csr, w, rev);
    expect(wasm).not.toBeNull();
    for (const key of Object.keys(js) as (keyof typeof js)[]) same(wasm![key], js[key]);
  }
  const analysis = new StructuralAnalysis(csr, false);
  const embeddedness = analysis.burt.arrays.embeddedness;
  const js = spanArrayJs(csr, embeddedness, analysis.bridges);
  same(wasmSpanArray(csr, embeddedness, analysis.bridges)!, js);
  let maxDegree = 0;
  for (let i = 0; i < csr.n; i++) maxDegree = Math.max(maxDegree, csr.offsets[i + 1]! - csr.offsets[i]!);
  same(wasmEgoBetweenness(csr, maxDegree)!, egoBetweennessArrayJs(csr));
  // Brokerage over 1 to 4 groups: by cluster, and scattered.
  for (const nGroups of [1, 2, 4]) {
    const group = Int32Array.from({ length: csr.n }, (_, i) => (i * 7 + (i >> 3)) % nGroups);
    const jsRoles = brokerageArraysJs(csr, group, nGroups);
    const wasmRoles = wasmBrokerage(csr, group, nGroups)!;
    for (const key of Object.keys(jsRoles) as (keyof typeof jsRoles)[]) same(wasmRoles[key], jsRoles[key]);
  }
}

describe("the structural kernels in WebAssembly", () => {
  it("run as WebAssembly in Node", () => {
    expect(wasmStructureAvailable()).toBe(true);
  });

  it("give bit-identical numbers to the JavaScript on random graphs, one after another", () => {
    let spans = new Set<number>();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 2, max: 12 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 0.08, noNaN: true }),
        fc.integer(),
        (n, size, inside, across, seed) => {
          const csr = clustered(n, size, inside, across, seed);
          compare(csr);
          const a = new StructuralAnalysis(csr, false);
          spans = new Set([...spans, ...Array.from(a.span)]);
        },
      ),
      { numRuns: 150 },
    );
    // Bridges (∞), embedded ties (2) and local bridges of longer spans all came up.
    expect(spans.has(Infinity)).toBe(true);
    expect(spans.has(2)).toBe(true);
    expect([...spans].some((s) => s > 2 && Number.isFinite(s))).toBe(true);
  });

  it("give the same numbers on a big graph and then on a small one over its leftovers", () => {
    compare(clustered(600, 20, 0.4, 0.01, 7));
    compare(clustered(12, 4, 0.8, 0.1, 8));
    compare(clustered(1, 1, 0, 0, 9));
  });

  it("ships the WebAssembly that assembly/structure.ts compiles to (run node scripts/build-wasm.mjs)", async () => {
    const binary = await compileKernel(STRUCTURE_SOURCE);
    expect(readFileSync(STRUCTURE_GENERATED, "utf8")).toBe(structureGeneratedText(binary));
  }, 60_000);
});
