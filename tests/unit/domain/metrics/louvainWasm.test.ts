// The Louvain kernel in its two forms, JavaScript (louvainKernel.ts) and WebAssembly
// (assembly/louvain.ts via louvainWasm.ts): the same partition on random graphs small and
// large, weighted or not, at several resolutions, one after another in the same module memory
// (a bigger graph, then a smaller one over its leftovers); and the WebAssembly bytes the project
// ships are the ones assembly/louvain.ts compiles to.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compileKernel,
  louvainGeneratedText,
  LOUVAIN_GENERATED,
  LOUVAIN_SOURCE,
} from "../../../../scripts/build-wasm.mjs";
import { louvainKernel, type LouvainArrays } from "../../../../src/domain/metrics/louvainKernel";
import { wasmLouvain } from "../../../../src/domain/metrics/louvainWasm";
import { createRng } from "../../../../src/domain/metrics/rng";

function arrays(
  n: number,
  m: number,
  graphSeed: number,
  weighted: boolean,
  seed: number,
  resolution: number,
): LouvainArrays {
  const rng = createRng(graphSeed);
  const seen = new Set<number>();
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  let tries = 0;
  while (source.length < m && tries++ < 40 * m + 40) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a === b || seen.has(a * n + b) || seen.has(b * n + a)) continue;
    seen.add(a * n + b);
    source.push(a);
    target.push(b);
    weight.push([0.5, 1, 2, 0.37][Math.floor(rng() * 4)]!);
  }
  return {
    n,
    edgeSource: Int32Array.from(source),
    edgeTarget: Int32Array.from(target),
    edgeWeight: weighted ? Float64Array.from(weight) : null,
    seed,
    resolution,
  };
}

describe("Louvain in WebAssembly", () => {
  it("finds the JavaScript kernel's partition on random graphs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 300 }),
        fc.double({ min: 0.5, max: 5, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(1, 0.5, 1.7),
        (n, perNode, graphSeed, weighted, seed, resolution) => {
          const input = arrays(n, Math.round(n * perNode), graphSeed, weighted, seed, resolution);
          const wasm = wasmLouvain(input);
          expect(wasm).not.toBeNull();
          expect(Array.from(wasm!)).toEqual(Array.from(louvainKernel(input)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("does so on a large graph, then on a small one over its leftovers in memory", () => {
    for (const input of [
      arrays(20_000, 60_000, 4, true, 42, 1),
      arrays(3_000, 9_000, 8, false, 9, 1),
      arrays(40, 90, 1, true, 3, 1),
    ]) {
      const ours = wasmLouvain(input)!;
      expect(Array.from(ours)).toEqual(Array.from(louvainKernel(input)));
      expect(new Set(ours).size).toBeGreaterThan(1);
    }
  });

  it("ships the bytes assembly/louvain.ts compiles to", async () => {
    const binary = await compileKernel(LOUVAIN_SOURCE);
    expect(readFileSync(LOUVAIN_GENERATED, "utf8")).toBe(louvainGeneratedText(binary));
  }, 60_000);
});
