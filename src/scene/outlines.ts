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

/**
 * Groups of point indices: single linkage, joining points closer than `distance` (the connected
 * components of "within `distance`"), each group in index order, groups by their first index.
 * Points are bucketed in a grid of cells `distance / √2` wide: two points of one cell are always
 * within `distance`, and a point can only reach cells up to two away, so a 4,000-member
 * community links in milliseconds instead of comparing every pair (it is redrawn every frame).
 */
export function linkGroups(points: readonly Point[], distance: number): number[][] {
  const n = points.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (i: number, j: number): void => {
    const a = find(i);
    const b = find(j);
    // The smaller index stays the root, so that the groups come out in a stable order.
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const d2 = distance * distance;
  const near = (i: number, j: number): boolean => {
    const [ax, ay] = points[i] as Point;
    const [bx, by] = points[j] as Point;
    return (ax - bx) ** 2 + (ay - by) ** 2 <= d2;
  };
  const cell = distance / Math.SQRT2;
  if (cell > 0 && Number.isFinite(cell)) {
    const cells = new Map<string, number[]>();
    points.forEach(([x, y], i) => {
      const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
      const list = cells.get(key);
      if (list) list.push(i);
      else cells.set(key, [i]);
    });
    // Each cell's bounding box: two cells whose boxes are farther apart than `distance` cannot link.
    const boxes = new Map<string, [number, number, number, number]>();
    for (const [key, list] of cells) {
      const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const i of list) {
        union(list[0] as number, i);
        const [x, y] = points[i] as Point;
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
      boxes.set(key, box);
    }
    const apart = (a: readonly number[], b: readonly number[]): boolean => {
      const gx = Math.max(0, (a[0] as number) - (b[2] as number), (b[0] as number) - (a[2] as number));
      const gy = Math.max(0, (a[1] as number) - (b[3] as number), (b[1] as number) - (a[3] as number));
      return gx * gx + gy * gy > d2;
    };
    for (const [key, list] of cells) {
      const [cx, cy] = key.split(",").map(Number) as [number, number];
      for (let dx = 0; dx <= 2; dx++)
        for (let dy = -2; dy <= 2; dy++) {
          if (dx === 0 && dy <= 0) continue;
          const otherKey = `${cx + dx},${cy + dy}`;
          const other = cells.get(otherKey);
          if (!other || find(list[0] as number) === find(other[0] as number)) continue;
          if (apart(boxes.get(key) ?? [], boxes.get(otherKey) ?? [])) continue;
          // Any one pair within reach joins the two cells' groups.
          search: for (const i of list)
            for (const j of other)
              if (near(i, j)) {
                union(i, j);
                break search;
              }
        }
    }
  } else {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (near(i, j)) union(i, j);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  }
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
    const hulls = hullsAvoiding(pts, options.padding, options.keepout);
    // One padded hull holds every point of its group (each sits amid its own ring of samples):
    // no containment test per member, which on a 30,000-person map cost a fifth of a frame.
    if (hulls.length === 1 && options.padding > 0) {
      out.push({ hull: hulls[0] as Point[], members: group });
      continue;
    }
    for (const hull of hulls) {
      out.push({ hull, members: group.filter((i) => polygonContains(hull, points[i] as Point)) });
    }
  }
  return out;
}
