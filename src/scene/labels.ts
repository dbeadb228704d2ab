// Collision-free label placement for exports and the screen (pure). Every label is tried at
// candidate positions around its node — the outward side first (away from the ego), then the
// other sides and the diagonals — and, when they are all taken, pushed outward along the ray
// from the centre with a leader line back to its node. A label never overlaps another label, a
// node, or a box reserved before (community names, title, legend). Labels are placed in
// priority order (the ego first, then by information potential), so when the canvas is too
// crowded it is the least informative people who fail; the caller then spreads the map.
// A uniform grid of cells indexes the boxes, so each test looks at a few neighbours only:
// 200 people take a few milliseconds. Maps beyond `maxLabels` (default 400) label only the top
// `maxLabels` by priority.
import type { Box } from "./types";

/**
 * Box of text drawn with its baseline at y: ascent and descent are fixed shares of the font
 * size (0.9 em above, 0.25 em below: Noto Sans JP's CJK glyphs sit inside them, Latin
 * descenders too), plus the white halo (1.5 px each side) drawn under the text.
 */
export const ASCENT = 0.9;
export const DESCENT = 0.25;
export const HALO = 1.5;

export function textBox(x: number, baseline: number, width: number, fontSize: number): Box {
  return {
    x: x - HALO,
    y: baseline - ASCENT * fontSize - HALO,
    w: width + 2 * HALO,
    h: (ASCENT + DESCENT) * fontSize + 2 * HALO,
  };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function boxHitsCircle(b: Box, cx: number, cy: number, r: number): boolean {
  const nx = Math.max(b.x, Math.min(cx, b.x + b.w));
  const ny = Math.max(b.y, Math.min(cy, b.y + b.h));
  return (nx - cx) ** 2 + (ny - cy) ** 2 < r * r;
}

type Obstacle =
  | { readonly kind: "box"; readonly box: Box }
  | { readonly kind: "circle"; readonly x: number; readonly y: number; readonly r: number };

/** Boxes and circles indexed by a uniform grid. */
export class CollisionIndex {
  private readonly cells = new Map<number, Obstacle[]>();
  constructor(private readonly cell = 48) {}

  private keys(b: Box): number[] {
    const out: number[] = [];
    const x0 = Math.floor(b.x / this.cell);
    const x1 = Math.floor((b.x + b.w) / this.cell);
    const y0 = Math.floor(b.y / this.cell);
    const y1 = Math.floor((b.y + b.h) / this.cell);
    for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) out.push(i * 100_003 + j);
    return out;
  }

  addBox(box: Box): void {
    for (const k of this.keys(box)) {
      const list = this.cells.get(k);
      if (list) list.push({ kind: "box", box });
      else this.cells.set(k, [{ kind: "box", box }]);
    }
  }

  addCircle(x: number, y: number, r: number): void {
    const o: Obstacle = { kind: "circle", x, y, r };
    for (const k of this.keys({ x: x - r, y: y - r, w: 2 * r, h: 2 * r })) {
      const list = this.cells.get(k);
      if (list) list.push(o);
      else this.cells.set(k, [o]);
    }
  }

  hits(box: Box): boolean {
    for (const k of this.keys(box)) {
      for (const o of this.cells.get(k) ?? []) {
        if (o.kind === "box" ? boxesOverlap(box, o.box) : boxHitsCircle(box, o.x, o.y, o.r)) return true;
      }
    }
    return false;
  }
}

export interface LabelRequest {
  readonly id: string;
  /** The node the label names: centre and radius. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Measured text width and font size (px). */
  readonly width: number;
  readonly fontSize: number;
  readonly priority: number;
}

export interface PlacedLabel {
  readonly id: string;
  /** Baseline-left point of the text. */
  readonly x: number;
  readonly y: number;
  readonly box: Box;
  readonly leader?: readonly [number, number, number, number];
}

export interface PlaceOptions {
  /** Labels must stay inside this box (the canvas minus its margins). */
  readonly bounds: Box;
  /** Outward direction is measured from here (the ego, or the map's centre). */
  readonly centre: { readonly x: number; readonly y: number };
  readonly index: CollisionIndex;
  readonly maxLabels?: number;
  /** Steps of the outward push (each one label height further out). */
  readonly pushSteps?: number;
}

export interface Placement {
  readonly placed: PlacedLabel[];
  /** Ids that found no free place (empty when every label fits). */
  readonly failed: string[];
}

const GAP = 3;
/** Sideways offsets (in label heights) tried at each step of a push. */
const SIDES = [0, 1, -1, 2, -2, 3, -3];

function inside(b: Box, bounds: Box): boolean {
  return b.x >= bounds.x && b.y >= bounds.y && b.x + b.w <= bounds.x + bounds.w && b.y + b.h <= bounds.y + bounds.h;
}

/** Candidate baseline-left points around the node, outward side first. */
function candidates(q: LabelRequest, ux: number, uy: number): [number, number][] {
  const asc = ASCENT * q.fontSize;
  const desc = DESCENT * q.fontSize;
  const mid = (asc - desc) / 2;
  const d = q.r + GAP + HALO;
  const dd = q.r * Math.SQRT1_2 + GAP + HALO;
  const all: { p: [number, number]; dir: [number, number] }[] = [
    { p: [q.x + d, q.y + mid], dir: [1, 0] },
    { p: [q.x - d - q.width, q.y + mid], dir: [-1, 0] },
    { p: [q.x - q.width / 2, q.y - d - desc], dir: [0, -1] },
    { p: [q.x - q.width / 2, q.y + d + asc], dir: [0, 1] },
    { p: [q.x + dd, q.y - dd - desc], dir: [Math.SQRT1_2, -Math.SQRT1_2] },
    { p: [q.x - dd - q.width, q.y - dd - desc], dir: [-Math.SQRT1_2, -Math.SQRT1_2] },
    { p: [q.x + dd, q.y + dd + asc], dir: [Math.SQRT1_2, Math.SQRT1_2] },
    { p: [q.x - dd - q.width, q.y + dd + asc], dir: [-Math.SQRT1_2, Math.SQRT1_2] },
  ];
  // Stable: right before left when the node sits straight above or below the centre.
  return all
    .map((c, i) => ({ ...c, score: c.dir[0] * ux + c.dir[1] * uy - i * 1e-3 }))
    .sort((a, b) => b.score - a.score)
    .map((c) => c.p);
}

/** Leader from the node's rim towards the nearest point of the label box. */
function leaderTo(q: LabelRequest, b: Box): [number, number, number, number] {
  const tx = Math.max(b.x, Math.min(q.x, b.x + b.w));
  const ty = Math.max(b.y, Math.min(q.y, b.y + b.h));
  const len = Math.hypot(tx - q.x, ty - q.y) || 1;
  return [q.x + ((tx - q.x) / len) * q.r, q.y + ((ty - q.y) / len) * q.r, tx, ty];
}

function pushed(
  q: LabelRequest,
  ux: number,
  uy: number,
  len: number,
  steps: number,
  bounds: Box,
  index: CollisionIndex,
): PlacedLabel | null {
  const h = (ASCENT + DESCENT) * q.fontSize + 2 * HALO;
  const inward = Math.min(steps, Math.floor(len / (2 * h)));
  for (const [from, to, sign] of [
    [1, steps, 1],
    [1, inward, -1],
  ] as const) {
    for (let s = from; s <= to; s++) {
      for (const side of SIDES) {
        const dist = sign * (q.r + GAP + s * h);
        const px = q.x + ux * dist - uy * side * h;
        const py = q.y + uy * dist + ux * side * h;
        // Anchor the box on its side nearest the node so the leader stays short.
        const x = ux * sign >= 0 ? px : px - q.width;
        const y = py + ((ASCENT - DESCENT) * q.fontSize) / 2;
        const box = textBox(x, y, q.width, q.fontSize);
        if (inside(box, bounds) && !index.hits(box)) return { id: q.id, x, y, box, leader: leaderTo(q, box) };
      }
    }
  }
  return null;
}

/** Places the labels in priority order (ties by id); see the file header. */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions): Placement {
  const { bounds, centre, index } = options;
  const steps = options.pushSteps ?? 12;
  const order = [...requests].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const max = options.maxLabels ?? 400;
  const placed: PlacedLabel[] = [];
  const failed: string[] = [];
  for (const q of order.slice(0, max)) {
    const dx = q.x - centre.x;
    const dy = q.y - centre.y;
    const len = Math.hypot(dx, dy);
    const [ux, uy] = len > 1e-6 ? [dx / len, dy / len] : [1, 0];
    let found: PlacedLabel | null = null;
    for (const [x, y] of candidates(q, ux, uy)) {
      const box = textBox(x, y, q.width, q.fontSize);
      if (inside(box, bounds) && !index.hits(box)) {
        found = { id: q.id, x, y, box };
        break;
      }
    }
    // Pushed outward along the ray from the centre (then sideways), with a leader line; when
    // the canvas edge is in the way (a node at the top of the rings), inward along the same ray.
    if (!found) found = pushed(q, ux, uy, len, steps, bounds, index);
    if (found) {
      index.addBox(found.box);
      placed.push(found);
    } else failed.push(q.id);
  }
  return { placed, failed };
}
