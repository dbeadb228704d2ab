// placeLabels finds dots and labels through grids; these tests hold it to the plain greedy rule
// written out with linear scans (the same sides, order, crowd counts and limits).
import { describe, expect, it } from "vitest";
import {
  boxesOverlap,
  placeLabels,
  type Box,
  type LabelCandidate,
  type LabelSide,
  type PlacedLabel,
  type PlacementOptions,
} from "../../../src/render/labelPlacement";

const SIDES: readonly LabelSide[] = ["right", "left", "below", "above"];

function boxAt(c: LabelCandidate, side: LabelSide, gap: number): Box {
  if (side === "right") return { x: c.x + c.r + gap, y: c.y - c.height / 2, width: c.width, height: c.height };
  if (side === "left") return { x: c.x - c.r - gap - c.width, y: c.y - c.height / 2, width: c.width, height: c.height };
  if (side === "below") return { x: c.x - c.width / 2, y: c.y + c.r + gap, width: c.width, height: c.height };
  return { x: c.x - c.width / 2, y: c.y - c.r - gap - c.height, width: c.width, height: c.height };
}

function reference(candidates: readonly LabelCandidate[], options: PlacementOptions): PlacedLabel[] {
  const gap = options.gap ?? 3;
  const max = options.max ?? Infinity;
  const { width, height } = options;
  const onScreen = candidates.filter(
    (c) => c.x + c.r >= 0 && c.x - c.r <= width && c.y + c.r >= 0 && c.y - c.r <= height,
  );
  const dotOf = (c: LabelCandidate): Box => ({ x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r });
  const labels: Box[] = [...(options.obstacles ?? [])];
  const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.width <= width && b.y + b.height <= height;
  const order = [...onScreen].sort(
    (a, b) => Number(b.force ?? false) - Number(a.force ?? false) || b.priority - a.priority,
  );
  const out: PlacedLabel[] = [];
  for (const c of order) {
    if (out.length >= max && !c.force) break;
    const dots = onScreen.filter((o) => o.id !== c.id).map(dotOf);
    let best: { side: LabelSide; box: Box; crowd: number } | null = null;
    for (const side of SIDES) {
      const box = boxAt(c, side, gap);
      if (c.force) {
        const n = (list: Box[]) => Math.min(8, list.filter((o) => boxesOverlap(box, o)).length);
        const crowd = n(labels) * 4 + n(dots) + (inside(box) ? 0 : 16);
        if (!best || crowd < best.crowd) best = { side, box, crowd };
        if (crowd === 0) break;
      } else if (inside(box) && !labels.some((o) => boxesOverlap(box, o)) && !dots.some((o) => boxesOverlap(box, o))) {
        best = { side, box, crowd: 0 };
        break;
      }
    }
    if (!best || (best.crowd > 0 && !c.force)) continue;
    labels.push(best.box);
    out.push({ id: c.id, side: best.side, ...best.box });
  }
  return out;
}

function random(n: number, seed: number, width: number, height: number): LabelCandidate[] {
  let s = seed;
  const r = () => (s = (s * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    // Some dots off screen and some reaching past its edges.
    x: -20 + r() * (width + 40),
    y: -20 + r() * (height + 40),
    r: r() < 0.1 ? 12 : 0.5 + r() * 5,
    width: 20 + r() * 80,
    height: 16,
    priority: Math.floor(r() * 50),
    force: r() < 0.05,
  }));
}

describe("placeLabels against the plain greedy rule", () => {
  it.each([
    [300, 1, 800, 600, undefined],
    [900, 2, 500, 400, 40],
    [2000, 3, 1000, 700, 300],
    [150, 4, 130, 95, undefined],
  ])("%i dots (seed %i) on %i×%i, at most %s labels", (n, seed, width, height, max) => {
    const candidates = random(n, seed, width, height);
    const obstacles = [{ x: 10, y: 10, width: 40, height: 80 }];
    const options = { width, height, obstacles, ...(max === undefined ? {} : { max }) };
    const placed = placeLabels(candidates, options);
    expect(placed.length).toBeGreaterThan(5);
    expect(placed).toEqual(reference(candidates, options));
  });
});
