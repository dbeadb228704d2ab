// Label placing off the main thread (labelWorker.ts): the candidates and the obstacles go to the
// worker packed in Float64Arrays (moved, not copied), placeLabels runs there on them, and the
// labels come back packed the same way — the same labels in the same order as placeLabels on
// this thread, since the worker runs that very function on the same numbers. Pure: no sigma.
import {
  placeLabels,
  type Box,
  type LabelCandidate,
  type LabelSide,
  type PlacedLabel,
  type PlacementOptions,
} from "./labelPlacement";

/** Per candidate: x, y, r, width, height, priority, force (1 or 0). */
const CANDIDATE = 7;
/** Per placed label: the candidate's position in the list sent, side, x, y, width, height. */
const PLACED = 6;
const SIDES: readonly LabelSide[] = ["right", "left", "below", "above"];

export interface LabelJob {
  readonly seq: number;
  readonly candidates: Float64Array<ArrayBuffer>;
  readonly obstacles: Float64Array<ArrayBuffer>;
  /** placeLabels' options but the obstacles (packed above). */
  readonly options: Omit<PlacementOptions, "obstacles">;
}

export interface LabelReply {
  readonly seq: number;
  readonly placed?: Float64Array<ArrayBuffer>;
  readonly error?: string;
}

export function packJob(seq: number, candidates: readonly LabelCandidate[], options: PlacementOptions): LabelJob {
  const packed = new Float64Array(CANDIDATE * candidates.length);
  candidates.forEach((c, i) => {
    const at = CANDIDATE * i;
    packed[at] = c.x;
    packed[at + 1] = c.y;
    packed[at + 2] = c.r;
    packed[at + 3] = c.width;
    packed[at + 4] = c.height;
    packed[at + 5] = c.priority;
    packed[at + 6] = c.force ? 1 : 0;
  });
  const boxes = options.obstacles ?? [];
  const obstacles = new Float64Array(4 * boxes.length);
  boxes.forEach((b, i) => obstacles.set([b.x, b.y, b.width, b.height], 4 * i));
  const { obstacles: _sent, ...rest } = options;
  return { seq, candidates: packed, obstacles, options: rest };
}

/** The worker's side: placeLabels on the job's numbers, the labels packed (ids are positions). */
export function runLabelJob(job: LabelJob): Float64Array<ArrayBuffer> {
  const n = job.candidates.length / CANDIDATE;
  const candidates: LabelCandidate[] = new Array<LabelCandidate>(n);
  const c = job.candidates;
  for (let i = 0; i < n; i++) {
    const at = CANDIDATE * i;
    candidates[i] = {
      id: String(i),
      x: c[at]!,
      y: c[at + 1]!,
      r: c[at + 2]!,
      width: c[at + 3]!,
      height: c[at + 4]!,
      priority: c[at + 5]!,
      force: c[at + 6] === 1,
    };
  }
  const obstacles: Box[] = [];
  for (let k = 0; k < job.obstacles.length; k += 4) {
    const o = job.obstacles;
    obstacles.push({ x: o[k]!, y: o[k + 1]!, width: o[k + 2]!, height: o[k + 3]! });
  }
  const placed = placeLabels(candidates, { ...job.options, obstacles });
  const out = new Float64Array(PLACED * placed.length);
  placed.forEach((p, i) => {
    out.set([Number(p.id), SIDES.indexOf(p.side), p.x, p.y, p.width, p.height], PLACED * i);
  });
  return out;
}

/** The worker's labels under the ids of the candidates that were sent. */
export function unpackPlaced(placed: Float64Array, candidates: readonly LabelCandidate[]): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  for (let at = 0; at < placed.length; at += PLACED) {
    const c = candidates[placed[at]!];
    const side = SIDES[placed[at + 1]!];
    if (!c || !side) throw new Error("label worker: a label for no candidate");
    out.push({
      id: c.id,
      side,
      x: placed[at + 2]!,
      y: placed[at + 3]!,
      width: placed[at + 4]!,
      height: placed[at + 5]!,
    });
  }
  return out;
}
