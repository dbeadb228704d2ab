// priorityOrder is the placing's order without a comparator sort: it must be exactly the stable
// sort by (force desc, priority desc), ties included, for any priorities a map produces.
import { describe, expect, it } from "vitest";
import { priorityOrder } from "../../../src/render/labelOrder";

interface Item {
  readonly priority: number;
  readonly force?: boolean;
}

const stableSorted = (items: readonly Item[]): number[] =>
  Array.from(items.keys()).sort(
    (i, j) =>
      Number(items[j]!.force ?? false) - Number(items[i]!.force ?? false) || items[j]!.priority - items[i]!.priority,
  );

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("priorityOrder", () => {
  it("is the stable comparator sort, with many ties, -0 and 0, infinities and forced items", () => {
    const pool = [0, -0, 1, 2.5, -3, 1e-12, Infinity, -Infinity, 0.1 + 0.2, 0.3];
    for (let round = 0; round < 200; round++) {
      const random = rng(round + 1);
      const n = Math.floor(random() * 300);
      const items: Item[] = Array.from({ length: n }, () => ({
        priority: random() < 0.5 ? pool[Math.floor(random() * pool.length)]! : Math.round(random() * 1000) / 7,
        ...(random() < 0.1 ? { force: true } : {}),
      }));
      expect(priorityOrder(items)).toEqual(stableSorted(items));
    }
  });

  it("keeps the order given among equal priorities (the first listed is tried first)", () => {
    const items: Item[] = [
      { priority: 1 },
      { priority: 2 },
      { priority: 1 },
      { priority: 2, force: true },
      { priority: 1 },
    ];
    expect(priorityOrder(items)).toEqual([3, 1, 0, 2, 4]);
  });

  it("falls back to the comparator's order when a priority is NaN", () => {
    const items: Item[] = [{ priority: 1 }, { priority: Number.NaN }, { priority: 3 }, { priority: 2 }];
    expect(priorityOrder(items)).toEqual(stableSorted(items));
  });
});
