// topAlters picks the panel's and the report's best few without sorting every alter: it must give
// exactly the first k of rankedAlters (ties by id) and the number of alters, for any k.
import { describe, expect, it } from "vitest";
import { rankedAlters, topAlters } from "../../../../src/domain/insights/report";
import type { EgoAnalysis } from "../../../../src/domain/metrics/egoAnalysis";

function egoWith(potentials: readonly [string, number][]): EgoAnalysis {
  const per_alter: Record<string, { information_potential: number }> = Object.create(null) as Record<
    string,
    { information_potential: number }
  >;
  for (const [id, p] of potentials) per_alter[id] = { information_potential: p };
  return { per_alter } as unknown as EgoAnalysis;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe("topAlters", () => {
  it("is the first k of the full ranking, ties broken by id, for k from 0 past the number of alters", () => {
    for (let round = 0; round < 100; round++) {
      const random = rng(round + 11);
      const n = Math.floor(random() * 40);
      // Few distinct values: many ties, decided by id; names that look like object keys too.
      const names = ["__proto__", "constructor", "佐藤", "Ana", "ana", "b", "10", "9"];
      const ego = egoWith(
        Array.from({ length: n }, (_, i) => [
          i < names.length ? names[i]! : `p${Math.floor(random() * 1e6)}-${i}`,
          Math.floor(random() * 4) / 4,
        ]),
      );
      const full = rankedAlters(ego);
      for (const k of [0, 1, 3, 5, 8, n, n + 2]) {
        expect(topAlters(ego, k)).toEqual({ top: full.slice(0, k), total: full.length });
      }
    }
  });

  it("orders by potential first: a higher potential beats an earlier id", () => {
    const ego = egoWith([
      ["a", 0.1],
      ["z", 0.9],
      ["m", 0.5],
      ["b", 0.9],
    ]);
    expect(topAlters(ego, 3).top).toEqual(["b", "z", "m"]);
  });

  it("with a NaN potential, gives what the full sort gives", () => {
    const ego = egoWith([
      ["a", 0.1],
      ["b", Number.NaN],
      ["c", 0.7],
    ]);
    expect(topAlters(ego, 2).top).toEqual(rankedAlters(ego).slice(0, 2));
  });
});
