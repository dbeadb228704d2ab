// Which people are named on screen, and on which side of their dot (pure, unit-tested). Labels
// are placed greedily in priority order — the ego first, then the people the analysis ranks
// highest (information potential), then the larger dots — each on the first side (right, left,
// below, above) where its box touches no label placed before and no other dot. A label that
// finds no room is dropped; only the `force`d ones (the ego and the top sources) are drawn anyway.
// Boxes are found through a uniform grid, so a 30,000-person map places in milliseconds.
import { BoxGrid, DotGrid } from "./labelGrids";

export { boxesOverlap } from "./labelGrids";
import { priorityOrder } from "./labelOrder";

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

/** boxAt written into `out` (a candidate's four sides are tried without an object for each). */
function boxInto(c: LabelCandidate, side: LabelSide, gap: number, out: MutableBox): MutableBox {
  const horizontal = side === "right" || side === "left";
  out.width = c.width;
  out.height = c.height;
  out.x = side === "right" ? c.x + c.r + gap : side === "left" ? c.x - c.r - gap - c.width : c.x - c.width / 2;
  out.y = horizontal ? c.y - c.height / 2 : side === "below" ? c.y + c.r + gap : c.y - c.r - gap - c.height;
  return out;
}

interface MutableBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The labels to draw, in the order they were placed (highest priority first). */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlacementOptions): PlacedLabel[] {
  const steps = placeLabelsSteps(candidates, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Candidates tried between two pauses of placeLabelsSteps. */
export const PLACE_STEP = 2000;

/**
 * placeLabels as steps: it pauses (yields) once the dots are indexed and sorted and then every
 * PLACE_STEP candidates, so that a 30,000-person map can be named over several tasks; the same
 * labels in the same order.
 */
export function* placeLabelsSteps(
  candidates: readonly LabelCandidate[],
  options: PlacementOptions,
): Generator<void, PlacedLabel[], void> {
  const gap = options.gap ?? 3;
  const max = options.max ?? Infinity;
  const onScreen = candidates.filter(
    (c) => c.x + c.r >= 0 && c.x - c.r <= options.width && c.y + c.r >= 0 && c.y - c.r <= options.height,
  );
  // Dots are many and small: finer cells keep each look-up to the few dots near the label.
  const dots = new DotGrid(onScreen, options.width, options.height);
  const labels = new BoxGrid<Box>();
  for (const o of options.obstacles ?? []) labels.add(o);
  // Positions in onScreen (a dot's number in the grid): forced first, then by priority.
  const order = priorityOrder(onScreen);
  const out: PlacedLabel[] = [];
  const isInside = (box: Box) =>
    box.x >= 0 && box.y >= 0 && box.x + box.width <= options.width && box.y + box.height <= options.height;
  const scratch: MutableBox = { x: 0, y: 0, width: 0, height: 0 };
  yield;
  let tried = 0;
  for (const own of order) {
    if (++tried % PLACE_STEP === 0) yield;
    const c = onScreen[own] as LabelCandidate;
    if (out.length >= max && !c.force) break;
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
        const box = boxInto(c, side, gap, scratch);
        // The dots first: on a crowded map a dot is in the way of almost every side, and the
        // three tests have no side effects, so their order does not change the outcome.
        if (!isInside(box) || dots.hits(box, own) || labels.hits(box)) continue;
        best = { side, box: { ...box }, crowd: 0 };
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
