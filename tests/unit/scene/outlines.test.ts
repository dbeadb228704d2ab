import { polygonContains } from "d3-polygon";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { communityPieces, linkGroups, paddedHull, type Point } from "../../../src/scene/outlines";
import { sceneOf } from "./helpers";

const EGO = { x: 0, y: 0, r: 22, boxes: [{ x: 20, y: -10, w: 80, h: 20 }] };

describe("communityPieces", () => {
  // Members sit beyond the ego's label (the labels are placed clear of every node first).
  it("never covers the ego or its label, and keeps every member inside a piece", () => {
    const pointArb = fc
      .tuple(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.double({ min: 130, max: 400, noNaN: true }))
      .map(([a, r]): Point => [r * Math.cos(a), r * Math.sin(a)]);
    fc.assert(
      fc.property(fc.array(pointArb, { minLength: 1, maxLength: 30 }), (points) => {
        const pieces = communityPieces(points, { padding: 18, linkDistance: 200, keepout: EGO });
        for (const { hull } of pieces) {
          expect(polygonContains(hull, [0, 0])).toBe(false);
          expect(polygonContains(hull, [60, 0])).toBe(false);
        }
        for (const p of points) expect(pieces.some(({ hull }) => polygonContains(hull, p))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("names as a piece's members exactly the community's points its outline covers", () => {
    const pointArb = fc
      .tuple(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.double({ min: 130, max: 400, noNaN: true }))
      .map(([a, r]): Point => [r * Math.cos(a), r * Math.sin(a)]);
    fc.assert(
      fc.property(fc.array(pointArb, { minLength: 1, maxLength: 30 }), fc.boolean(), (points, ego) => {
        const pieces = communityPieces(points, { padding: 18, linkDistance: 150, keepout: ego ? EGO : null });
        const groups = linkGroups(points, 150);
        for (const { hull, members } of pieces) {
          const group = groups.find((g) => g.includes(members[0] as number)) ?? [];
          expect(members).toEqual(group.filter((i) => polygonContains(hull, points[i] as Point)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("draws members that sit apart as separate outlines", () => {
    const points: Point[] = [
      [300, 0],
      [310, 30],
      [-300, 0],
      [-310, -30],
    ];
    expect(linkGroups(points, 100)).toHaveLength(2);
    expect(communityPieces(points, { padding: 18, linkDistance: 100, keepout: null })).toHaveLength(2);
  });

  it("links exactly the members within reach of each other, however they are spread", () => {
    const brute = (points: readonly Point[], d: number): number[][] => {
      const parent = points.map((_, i) => i);
      const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
      points.forEach(([ax, ay], i) =>
        points.forEach(([bx, by], j) => {
          if ((ax - bx) ** 2 + (ay - by) ** 2 <= d * d) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
        }),
      );
      const groups = new Map<number, number[]>();
      points.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
      return [...groups.values()];
    };
    const pointArb = fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }));
    fc.assert(
      fc.property(fc.array(pointArb, { maxLength: 60 }), fc.integer({ min: 0, max: 400 }), (points, d) => {
        expect(linkGroups(points, d)).toEqual(brute(points, d));
      }),
      { numRuns: 300 },
    );
  });

  it("pads a lone member to a circle that clears its dot", () => {
    const hull = paddedHull([[10, 10]], 18) ?? [];
    expect(hull.every(([x, y]) => Math.abs(Math.hypot(x - 10, y - 10) - 18) < 1e-9)).toBe(true);
  });
});

describe("sample outlines", () => {
  it("never pass over the ego, and every community of the sample is named outside its outline", () => {
    const scene = sceneOf();
    const ego = scene.nodes.find((n) => n.isEgo);
    expect(ego).toBeDefined();
    for (const o of scene.outlines) expect(polygonContains(o.path as Point[], [ego?.x ?? 0, ego?.y ?? 0])).toBe(false);
    const named = new Set(scene.outlines.flatMap((o) => (o.label ? [o.communityId] : [])));
    expect(named.size).toBe(new Set(scene.outlines.map((o) => o.communityId)).size);
    for (const o of scene.outlines) {
      if (!o.label) continue;
      const b = o.label.box;
      const centre: Point = [b.x + b.w / 2, b.y + b.h / 2];
      expect(polygonContains(o.path as Point[], centre)).toBe(false);
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(scene.width);
    }
  });
});
