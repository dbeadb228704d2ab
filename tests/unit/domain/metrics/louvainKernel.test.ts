// The Louvain kernel on arrays (louvainKernel.ts) against the library it replaces,
// graphology-communities-louvain with the same mulberry32 seed: the very same partition, node
// for node, on random graphs weighted and not, dense and sparse, in several components, with
// ties of equal weight (where the tie-breaking order decides) and resolutions other than 1.
// Where the library's smallest-fitting integer arrays overflow — exactly 128 ties (its 8-bit
// starts end the last person's neighbours at 0; unweighted, a community's total of 256 reads 0)
// and exactly 256 people (its 8-bit queue marks a dequeued person with 0) — the kernel gives
// what the library gives once made to use 32-bit arrays, and differs from the library as is.
import { createRequire } from "node:module";
import fc from "fast-check";
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { describe, expect, it } from "vitest";
import { buildCsr } from "../../../../src/domain/metrics/csr";
import { louvainKernel } from "../../../../src/domain/metrics/louvainKernel";
import { createRng } from "../../../../src/domain/metrics/rng";

interface Case {
  readonly n: number;
  readonly m: number;
  readonly graphSeed: number;
  readonly seed: number;
  readonly weighted: boolean;
  readonly weights: "random" | "few";
  readonly resolution: number;
  readonly components: number;
}

function graphOf(c: Case): UndirectedGraph {
  const rng = createRng(c.graphSeed);
  const g = new UndirectedGraph();
  for (let i = 0; i < c.n; i++) g.addNode(`p${i}`);
  const block = Math.max(2, Math.ceil(c.n / c.components));
  let tries = 0;
  while (g.size < c.m && tries++ < 40 * c.m) {
    const a = Math.floor(rng() * c.n);
    const from = Math.floor(a / block) * block;
    const b = from + Math.floor(rng() * Math.min(block, c.n - from));
    if (a === b || g.hasEdge(`p${a}`, `p${b}`)) continue;
    const weight =
      c.weights === "few" ? [0.5, 1, 2][Math.floor(rng() * 3)]! : Math.round((0.1 + 0.9 * rng()) * 100) / 100;
    g.addEdge(`p${a}`, `p${b}`, { weight });
  }
  return g;
}

// The library's array types come from mnemonist's getPointerArray: its index asks at each
// call, its queue and map took the function when loaded. A second copy of the library is loaded
// with the function answering Uint32Array, which it is made to answer again while that copy runs.
const libraryRequire = createRequire(createRequire(import.meta.url).resolve("graphology-communities-louvain"));
const typed = libraryRequire("mnemonist/utils/typed-arrays") as { getPointerArray: (size: number) => unknown };
const narrow = typed.getPointerArray;
const wide = () => Uint32Array;
const wideLouvain = ((): typeof louvain => {
  const reloaded = ["graphology-communities-louvain", "mnemonist/sparse-map", "mnemonist/sparse-queue-set"].map((id) =>
    libraryRequire.resolve(id),
  );
  const cached = reloaded.map((path) => libraryRequire.cache[path]);
  typed.getPointerArray = wide;
  try {
    for (const path of reloaded) delete libraryRequire.cache[path];
    return libraryRequire("graphology-communities-louvain") as typeof louvain;
  } finally {
    typed.getPointerArray = narrow;
    reloaded.forEach((path, i) => (libraryRequire.cache[path] = cached[i]));
  }
})();

/** The sizes at which the library's arrays overflow. */
const overflows = (g: UndirectedGraph): boolean => [128, 32768].includes(g.size) || [256, 65536].includes(g.order);

/** What the library answers, in the CSR's node order; `wide`: with 32-bit arrays only. */
function library(g: UndirectedGraph, c: Case, wideArrays = false): number[] {
  if (wideArrays) typed.getPointerArray = wide;
  try {
    const membership = (wideArrays ? wideLouvain : louvain)(g, {
      rng: createRng(c.seed),
      getEdgeWeight: c.weighted ? "weight" : null,
      resolution: c.resolution,
    });
    return g.mapNodes((node) => membership[node]!);
  } finally {
    typed.getPointerArray = narrow;
  }
}

function kernel(g: UndirectedGraph, c: Case): number[] {
  const csr = buildCsr(g);
  const out = louvainKernel({
    n: csr.n,
    edgeSource: csr.edgeSource,
    edgeTarget: csr.edgeTarget,
    edgeWeight: c.weighted ? csr.edgeWeight : null,
    resolution: c.resolution,
    seed: c.seed,
  });
  return Array.from(out);
}

const caseArb = (n: fc.Arbitrary<number>, perNode: fc.Arbitrary<number>) =>
  fc
    .record({
      n,
      perNode,
      graphSeed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      weighted: fc.boolean(),
      weights: fc.constantFrom("random" as const, "few" as const),
      resolution: fc.constantFrom(1, 1, 0.5, 1.7),
      components: fc.integer({ min: 1, max: 4 }),
    })
    .map(({ perNode: k, ...rest }): Case => ({ ...rest, m: Math.round(rest.n * k) }));

describe("louvainKernel", () => {
  it("finds graphology-communities-louvain's partition on small random graphs", () => {
    fc.assert(
      fc.property(caseArb(fc.integer({ min: 2, max: 60 }), fc.double({ min: 0.5, max: 4, noNaN: true })), (c) => {
        const g = graphOf(c);
        expect(kernel(g, c)).toEqual(library(g, c, overflows(g)));
      }),
      { numRuns: 300 },
    );
  });

  it("matches it unweighted on 64–240 ties in one block (8-bit arrays up to 128 ties)", () => {
    fc.assert(
      fc.property(caseArb(fc.integer({ min: 20, max: 60 }), fc.double({ min: 2, max: 4, noNaN: true })), (c) => {
        const one = { ...c, weighted: false, components: 1 };
        const g = graphOf(one);
        expect(kernel(g, one)).toEqual(library(g, one, overflows(g)));
      }),
      { numRuns: 150 },
    );
  });

  it("with exactly 128 ties or 256 people gives the library's answer on 32-bit arrays", () => {
    const sizes = fc.constantFrom({ n: 35, m: 128 }, { n: 60, m: 128 }, { n: 256, m: 700 }, { n: 256, m: 128 });
    let differs = 0;
    fc.assert(
      fc.property(sizes, caseArb(fc.constant(2), fc.constant(1)), ({ n, m }, c) => {
        const exact = { ...c, n, m };
        const g = graphOf(exact);
        expect(g.size).toBe(m);
        const ours = kernel(g, exact);
        expect(ours).toEqual(library(g, exact, true));
        if (JSON.stringify(ours) !== JSON.stringify(library(g, exact))) differs++;
      }),
      { numRuns: 120 },
    );
    // The overflow is real: on some of these graphs the library as shipped answers otherwise.
    expect(differs).toBeGreaterThan(10);
  });

  it("matches it on graphs of thousands of people (several levels, 16- and 32-bit arrays)", () => {
    for (const c of [
      { n: 2000, m: 9000, graphSeed: 3, seed: 42, weighted: true, weights: "random", resolution: 1, components: 1 },
      { n: 3000, m: 12000, graphSeed: 5, seed: 7, weighted: false, weights: "random", resolution: 1, components: 3 },
      { n: 70000, m: 32768, graphSeed: 11, seed: 3, weighted: false, weights: "random", resolution: 1, components: 4 },
      { n: 1500, m: 6000, graphSeed: 9, seed: 1, weighted: true, weights: "few", resolution: 0.8, components: 2 },
    ] satisfies Case[]) {
      const g = graphOf(c);
      const ours = kernel(g, c);
      expect(ours).toEqual(library(g, c, overflows(g)));
      // Not a trivial answer: more than one community, and the people with ties in far fewer
      // communities than there are of them (each person without ties is one of their own).
      const count = new Set(ours).size;
      const alone = g.filterNodes((v) => g.degree(v) === 0).length;
      expect(count).toBeGreaterThan(1);
      expect(count - alone).toBeLessThan((c.n - alone) / 4);
    }
  });
});
