// Which people are named on screen, and on which side of their dot (pure, unit-tested). Labels
// are placed greedily in priority order — the ego first, then the people the analysis ranks
// highest (information potential), then the larger dots — each on the first side (right, left,
// below, above) where its box touches no label placed before and no other dot. A label that
// finds no room is dropped; only the `force`d ones (the ego and the top sources) are drawn anyway.
// Boxes are found through a uniform grid, so a 30,000-person map places in milliseconds.

export type LabelSide = "right" | "left" | "below" | "above";

export interface LabelCandidate {
  readonly id: string;
  /** Dot centre and radius in screen pixels. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Measured text box. */
  readonly width: number;
  readonly height: number;
  /** Higher = named first. */
  readonly priority: number;
  /** Named even when there is no room (still on its least crowded side). */
  readonly force?: boolean;
}

export interface PlacedLabel {
  readonly id: string;
  readonly side: LabelSide;
  /** Top-left corner of the text box in screen pixels. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacementOptions {
  /** Screen size; candidates whose dot is off screen are skipped. */
  readonly width: number;
  readonly height: number;
  /** Gap between a dot and its label. */
  readonly gap?: number;
  /** At most this many labels (drawing cost on huge maps). */
  readonly max?: number;
  /** Boxes no label may cover (e.g. buttons drawn over the map). */
  readonly obstacles?: readonly Box[];
}

const SIDES: readonly LabelSide[] = ["right", "left", "below", "above"];
const CELL = 48;
const DOT_CELL = 12;

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function boxAt(c: LabelCandidate, side: LabelSide, gap: number): Box {
  switch (side) {
    case "right":
      return { x: c.x + c.r + gap, y: c.y - c.height / 2, width: c.width, height: c.height };
    case "left":
      return { x: c.x - c.r - gap - c.width, y: c.y - c.height / 2, width: c.width, height: c.height };
    case "below":
      return { x: c.x - c.width / 2, y: c.y + c.r + gap, width: c.width, height: c.height };
    case "above":
      return { x: c.x - c.width / 2, y: c.y - c.r - gap - c.height, width: c.width, height: c.height };
  }
}

/** A uniform grid of boxes, each remembered under every cell it covers. */
class BoxGrid<T extends Box> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly cell: number = CELL) {}
  private keys(b: Box, visit: (key: number) => boolean | void): boolean {
    const x0 = Math.floor(b.x / this.cell);
    const x1 = Math.floor((b.x + b.width) / this.cell);
    const y0 = Math.floor(b.y / this.cell);
    const y1 = Math.floor((b.y + b.height) / this.cell);
    for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) if (visit(i * 100_003 + j) === true) return true;
    return false;
  }
  add(b: T): void {
    this.keys(b, (k) => {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    });
  }
  /** Whether `b` overlaps any box but `skip` (stops at the first). */
  hits(b: Box, skip?: (other: T) => boolean): boolean {
    return this.keys(b, (k) => {
      for (const o of this.cells.get(k) ?? []) if (boxesOverlap(b, o) && !(skip && skip(o))) return true;
      return false;
    });
  }
  /** How many boxes `b` overlaps, stopping at `limit`; `skip` is not counted. */
  count(b: Box, limit: number, skip?: (other: T) => boolean): number {
    const seen = new Set<T>();
    this.keys(b, (k) => {
      for (const o of this.cells.get(k) ?? []) {
        if (seen.has(o) || (skip && skip(o)) || !boxesOverlap(b, o)) continue;
        seen.add(o);
        if (seen.size >= limit) return true;
      }
      return false;
    });
    return seen.size;
  }
}

interface DotBox extends Box {
  readonly id: string;
}

/** The labels to draw, in the order they were placed (highest priority first). */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlacementOptions): PlacedLabel[] {
  const gap = options.gap ?? 3;
  const max = options.max ?? Infinity;
  const onScreen = candidates.filter(
    (c) => c.x + c.r >= 0 && c.x - c.r <= options.width && c.y + c.r >= 0 && c.y - c.r <= options.height,
  );
  // Dots are many and small: finer cells keep each look-up to the few dots near the label.
  const dots = new BoxGrid<DotBox>(DOT_CELL);
  for (const c of onScreen) dots.add({ id: c.id, x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r });
  const labels = new BoxGrid<Box>();
  for (const o of options.obstacles ?? []) labels.add(o);
  const order = [...onScreen].sort(
    (a, b) => Number(b.force ?? false) - Number(a.force ?? false) || b.priority - a.priority,
  );
  const out: PlacedLabel[] = [];
  const isInside = (box: Box) =>
    box.x >= 0 && box.y >= 0 && box.x + box.width <= options.width && box.y + box.height <= options.height;
  for (const c of order) {
    if (out.length >= max && !c.force) break;
    const own = (d: DotBox) => d.id === c.id;
    let best: { side: LabelSide; box: Box; crowd: number } | null = null;
    if (c.force) {
      for (const side of SIDES) {
        const box = boxAt(c, side, gap);
        const crowd = labels.count(box, 8) * 4 + dots.count(box, 8, own) + (isInside(box) ? 0 : 16);
        if (!best || crowd < best.crowd) best = { side, box, crowd };
        if (crowd === 0) break;
      }
    } else {
      // Only a side with nothing in the way names an ordinary label: stop at the first obstacle
      // (most of a zoomed-out 30,000-person map finds none free).
      for (const side of SIDES) {
        const box = boxAt(c, side, gap);
        if (!isInside(box) || labels.hits(box) || dots.hits(box, own)) continue;
        best = { side, box, crowd: 0 };
        break;
      }
    }
    if (!best || (best.crowd > 0 && !c.force)) continue;
    labels.add(best.box);
    out.push({ id: c.id, side: best.side, ...best.box });
  }
  return out;
}

/**
 * The point nearest to `from` in a direction (screen coordinates, y down): only points within
 * 60° of the direction count, and a point off the axis counts as farther than one on it.
 */
export function nearestInDirection(
  points: ReadonlyMap<string, { readonly x: number; readonly y: number }>,
  fromId: string,
  direction: "left" | "right" | "up" | "down",
): string | null {
  const from = points.get(fromId);
  if (!from) return null;
  const [dx, dy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction] as [number, number];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [id, p] of points) {
    if (id === fromId) continue;
    const vx = p.x - from.x;
    const vy = p.y - from.y;
    const along = vx * dx + vy * dy;
    const dist = Math.hypot(vx, vy);
    if (dist === 0 || along <= dist * 0.5) continue;
    const across = Math.abs(vx * dy - vy * dx);
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}
