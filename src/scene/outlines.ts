// Community outlines (pure geometry, scene space): a padded convex hull around the members of a
// community (d3-polygon's polygonHull over a ring of samples around each member, so the outline
// clears the dots). A community whose members sit apart — different sectors of the rings — is
// cut into groups by single-linkage clustering (members closer than `linkDistance` join one
// group), each drawn as its own outline. An outline never passes over the ego: a group whose
// hull would contain the ego's node or its label is split by angle around the ego until no
// piece does (a single member's outline is a small circle, which never reaches the ego).
import { polygonContains, polygonHull } from "d3-polygon";
import type { Box } from "./types";

export type Point = [number, number];
const SAMPLES = 12;

/** Padded convex hull of the points (null without points). One point → a circle of radius `padding`. */
const UNIT: readonly Point[] = Array.from({ length: SAMPLES }, (_, k) => [
  Math.cos((2 * Math.PI * k) / SAMPLES),
  Math.sin((2 * Math.PI * k) / SAMPLES),
]);

export function paddedHull(points: readonly Point[], padding: number): Point[] | null {
  if (points.length === 0) return null;
  // Only the corners of the points' own hull can be corners of the padded one.
  const corners = points.length > 3 ? (polygonHull(points as Point[]) ?? points) : points;
  const ring: Point[] = [];
  for (const [x, y] of corners) for (const [ux, uy] of UNIT) ring.push([x + padding * ux, y + padding * uy]);
  return polygonHull(ring);
}

/** Groups of point indices: single linkage, joining points closer than `distance`. */
export function linkGroups(points: readonly Point[], distance: number): number[][] {
  const parent = points.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const d2 = distance * distance;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const [ax, ay] = points[i] as Point;
      const [bx, by] = points[j] as Point;
      if ((ax - bx) ** 2 + (ay - by) ** 2 <= d2) parent[find(i)] = find(j);
    }
  const groups = new Map<number, number[]>();
  points.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()];
}

/** Whether the polygon covers any part of the box (corners, centre, or a vertex inside the box). */
export function polygonTouchesBox(poly: readonly (readonly [number, number])[], b: Box): boolean {
  const probes: Point[] = [
    [b.x, b.y],
    [b.x + b.w, b.y],
    [b.x, b.y + b.h],
    [b.x + b.w, b.y + b.h],
    [b.x + b.w / 2, b.y + b.h / 2],
    [b.x + b.w / 2, b.y],
    [b.x + b.w / 2, b.y + b.h],
  ];
  if (probes.some((p) => polygonContains(poly as Point[], p))) return true;
  return poly.some(([x, y]) => x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h);
}

export interface Keepout {
  /** The ego's centre and radius (plus margin), and its label box. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly boxes: readonly Box[];
}

function coversKeepout(hull: readonly Point[], k: Keepout): boolean {
  const circle: Box = { x: k.x - k.r, y: k.y - k.r, w: 2 * k.r, h: 2 * k.r };
  return polygonTouchesBox(hull, circle) || k.boxes.some((b) => polygonTouchesBox(hull, b));
}

/** Splits points sorted by angle around the keep-out at the widest angular gap, then in half. */
function splitAround(points: readonly Point[], k: Keepout): [Point[], Point[]] {
  const sorted = [...points].sort((a, b) => Math.atan2(a[1] - k.y, a[0] - k.x) - Math.atan2(b[1] - k.y, b[0] - k.x));
  const angle = (p: Point) => Math.atan2(p[1] - k.y, p[0] - k.x);
  let cut = 0;
  let widest = -1;
  for (let i = 0; i < sorted.length; i++) {
    const a = angle(sorted[i] as Point);
    const b = angle(sorted[(i + 1) % sorted.length] as Point);
    const gap = (b - a + 2 * Math.PI) % (2 * Math.PI) || 2 * Math.PI;
    if (gap > widest) {
      widest = gap;
      cut = i + 1;
    }
  }
  const ring = [...sorted.slice(cut), ...sorted.slice(0, cut)];
  const half = Math.ceil(ring.length / 2);
  return [ring.slice(0, half), ring.slice(half)];
}

/** Hulls of the points that keep clear of the keep-out (one or several pieces). */
export function hullsAvoiding(points: readonly Point[], padding: number, keepout: Keepout | null): Point[][] {
  const hull = paddedHull(points, padding);
  if (!hull) return [];
  if (!keepout || points.length < 2 || !coversKeepout(hull, keepout)) return [hull];
  const [a, b] = splitAround(points, keepout);
  return [...hullsAvoiding(a, padding, keepout), ...hullsAvoiding(b, padding, keepout)];
}

/** Outline pieces of one community's member points: split by distance, then around the ego. */
export function communityPieces(
  points: readonly Point[],
  options: { padding: number; linkDistance: number; keepout: Keepout | null },
): { hull: Point[]; members: number[] }[] {
  const out: { hull: Point[]; members: number[] }[] = [];
  for (const group of linkGroups(points, options.linkDistance)) {
    const pts = group.map((i) => points[i] as Point);
    for (const hull of hullsAvoiding(pts, options.padding, options.keepout)) {
      out.push({ hull, members: group.filter((i) => polygonContains(hull, points[i] as Point)) });
    }
  }
  return out;
}
