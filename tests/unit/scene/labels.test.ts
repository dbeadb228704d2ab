import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boxesOverlap, CollisionIndex, placeLabels, type LabelRequest } from "../../../src/scene/labels";
import type { Box } from "../../../src/scene/types";
import { overlapping } from "./helpers";

const BOUNDS: Box = { x: 0, y: 0, w: 900, h: 700 };

const requestsArb = fc
  .array(
    fc.record({
      x: fc.double({ min: 40, max: 860, noNaN: true }),
      y: fc.double({ min: 40, max: 660, noNaN: true }),
      r: fc.double({ min: 4, max: 17, noNaN: true }),
      width: fc.double({ min: 10, max: 140, noNaN: true }),
      priority: fc.integer({ min: 0, max: 100 }),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((list) => list.map((q, i): LabelRequest => ({ ...q, id: `p${i}`, fontSize: 13 })));

function place(requests: readonly LabelRequest[]) {
  const index = new CollisionIndex();
  for (const q of requests) index.addCircle(q.x, q.y, q.r + 1);
  return placeLabels(requests, { bounds: BOUNDS, centre: { x: 450, y: 350 }, index });
}

function hitsCircle(b: Box, q: LabelRequest): boolean {
  const nx = Math.max(b.x, Math.min(q.x, b.x + b.w));
  const ny = Math.max(b.y, Math.min(q.y, b.y + b.h));
  return (nx - q.x) ** 2 + (ny - q.y) ** 2 < q.r * q.r;
}

describe("placeLabels", () => {
  it("never places two labels over each other, over a node or outside the bounds", () => {
    fc.assert(
      fc.property(requestsArb, (requests) => {
        const { placed, failed } = place(requests);
        expect(placed.length + failed.length).toBe(requests.length);
        expect(overlapping(placed.map((p) => ({ ...p.box, id: p.id })))).toEqual([]);
        for (const p of placed) {
          expect(requests.filter((q) => hitsCircle(p.box, q)).map((q) => q.id)).toEqual([]);
          expect(p.box.x).toBeGreaterThanOrEqual(BOUNDS.x);
          expect(p.box.y + p.box.h).toBeLessThanOrEqual(BOUNDS.y + BOUNDS.h);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("places the highest priority first: on a crowded spot the lower one moves or fails", () => {
    const a: LabelRequest = { id: "a", x: 450, y: 350, r: 8, width: 80, fontSize: 13, priority: 1 };
    const b: LabelRequest = { ...a, id: "b", x: 452, priority: 50 };
    const { placed } = place([a, b]);
    const first = placed[0];
    expect(first?.id).toBe("b");
    expect(first?.leader).toBeUndefined();
    expect(placed.every((p, i) => placed.slice(i + 1).every((q) => !boxesOverlap(p.box, q.box)))).toBe(true);
  });

  it("pushes a label outward with a leader line when every spot around its node is taken", () => {
    const crowd: LabelRequest[] = [];
    for (let i = 0; i < 9; i++)
      for (let j = 0; j < 9; j++)
        crowd.push({
          id: `n${i}-${j}`,
          x: 400 + i * 12,
          y: 300 + j * 12,
          r: 5,
          width: 40,
          fontSize: 13,
          priority: i * 9 + j,
        });
    const { placed } = place(crowd);
    expect(placed.some((p) => p.leader !== undefined)).toBe(true);
    expect(overlapping(placed.map((p) => ({ ...p.box, id: p.id })))).toEqual([]);
  });
});
