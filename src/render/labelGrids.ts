// The two uniform grids label placing (labelPlacement.ts) looks boxes up in: the labels placed
// so far and the dots, so that each test reads only the few items near the box.
import type { Box, LabelCandidate } from "./labelPlacement";

const CELL = 48;
const DOT_CELL = 12;

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A uniform grid of boxes, each remembered under every cell it covers. */
export class BoxGrid<T extends Box> {
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

/**
 * The dots on screen in a dense grid of DOT_CELL cells covering the screen, each dot listed in
 * every cell its box covers (flat arrays: a 30,000-person map asks it ~100,000 times a frame).
 * Queries are boxes inside the screen; a dot reaching past the edge is listed in the edge cells,
 * which hold every part of it a query can overlap.
 */
export class DotGrid {
  private readonly cols: number;
  private readonly rows: number;
  private readonly start: Int32Array;
  private readonly items: Int32Array;
  private readonly box: Float64Array;
  private readonly seen: Int32Array;
  private stamp = 0;
  constructor(dots: readonly LabelCandidate[], width: number, height: number) {
    this.cols = Math.max(1, Math.floor(width / DOT_CELL) + 1);
    this.rows = Math.max(1, Math.floor(height / DOT_CELL) + 1);
    const n = dots.length;
    this.box = new Float64Array(4 * n);
    this.seen = new Int32Array(n);
    const counts = new Int32Array(this.cols * this.rows + 1);
    for (let d = 0; d < n; d++) {
      const c = dots[d] as LabelCandidate;
      this.box[4 * d] = c.x - c.r;
      this.box[4 * d + 1] = c.y - c.r;
      this.box[4 * d + 2] = 2 * c.r;
      this.box[4 * d + 3] = 2 * c.r;
      this.eachCell(d, (cell) => (counts[cell + 1] = (counts[cell + 1] as number) + 1));
    }
    for (let i = 1; i < counts.length; i++) counts[i] = (counts[i] as number) + (counts[i - 1] as number);
    this.start = counts.slice();
    this.items = new Int32Array(counts[counts.length - 1] as number);
    for (let d = 0; d < n; d++)
      this.eachCell(d, (cell) => {
        const at = counts[cell] as number;
        counts[cell] = at + 1;
        this.items[at] = d;
      });
  }
  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor(x / DOT_CELL)));
  }
  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor(y / DOT_CELL)));
  }
  private eachCell(d: number, visit: (cell: number) => void): void {
    const b = this.box;
    const x0 = this.col(b[4 * d] as number);
    const x1 = this.col((b[4 * d] as number) + (b[4 * d + 2] as number));
    const y0 = this.row(b[4 * d + 1] as number);
    const y1 = this.row((b[4 * d + 1] as number) + (b[4 * d + 3] as number));
    for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) visit(i * this.rows + j);
  }
  private overlaps(q: Box, d: number): boolean {
    const b = this.box;
    const x = b[4 * d] as number;
    const y = b[4 * d + 1] as number;
    return (
      q.x < x + (b[4 * d + 2] as number) &&
      x < q.x + q.width &&
      q.y < y + (b[4 * d + 3] as number) &&
      y < q.y + q.height
    );
  }
  /** Whether `q` overlaps any dot but dot `own`. */
  hits(q: Box, own: number): boolean {
    const x1 = this.col(q.x + q.width);
    const y0 = this.row(q.y);
    const y1 = this.row(q.y + q.height);
    for (let i = this.col(q.x); i <= x1; i++)
      for (let j = y0; j <= y1; j++) {
        const cell = i * this.rows + j;
        const end = this.start[cell + 1] as number;
        for (let k = this.start[cell] as number; k < end; k++) {
          const d = this.items[k] as number;
          if (d !== own && this.overlaps(q, d)) return true;
        }
      }
    return false;
  }
  /** How many dots but `own` overlap `q`, stopping at `limit`. */
  count(q: Box, limit: number, own: number): number {
    const stamp = ++this.stamp;
    let found = 0;
    const x1 = this.col(q.x + q.width);
    const y0 = this.row(q.y);
    const y1 = this.row(q.y + q.height);
    for (let i = this.col(q.x); i <= x1; i++)
      for (let j = y0; j <= y1; j++) {
        const cell = i * this.rows + j;
        const end = this.start[cell + 1] as number;
        for (let k = this.start[cell] as number; k < end; k++) {
          const d = this.items[k] as number;
          if (d === own || this.seen[d] === stamp || !this.overlaps(q, d)) continue;
          this.seen[d] = stamp;
          if (++found >= limit) return found;
        }
      }
    return found;
  }
}
