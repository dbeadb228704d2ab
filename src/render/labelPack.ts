// Label placing off the main thread (labelWorker.ts): the candidates and the obstacles go to the
// worker packed in Float64Arrays (moved, not copied; gathered packed, CandidatePacker), placeLabels runs there on them, and the
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

/** The frame's candidates as the worker takes them: CANDIDATE numbers each, and their ids. */
export interface PackedCandidates {
  readonly ids: readonly string[];
  /** CANDIDATE × ids.length numbers (a view: packJob sends a copy). */
  readonly values: Float64Array<ArrayBuffer>;
}

/**
 * Candidates written straight into their packed form, with no object per candidate: on a
 * 30,000-person map the objects and then their packing were ~30 ms of the main thread per
 * placing (labelsLayer.ts gathers with this).
 */
export class CandidatePacker {
  private values: Float64Array<ArrayBuffer>;
  private readonly ids: string[] = [];

  constructor(capacity: number) {
    this.values = new Float64Array(CANDIDATE * Math.max(1, capacity));
  }

  push(id: string, x: number, y: number, r: number, width: number, height: number, priority: number, force: boolean) {
    const at = CANDIDATE * this.ids.length;
    if (at + CANDIDATE > this.values.length) {
      const grown = new Float64Array(2 * this.values.length);
      grown.set(this.values);
      this.values = grown;
    }
    const v = this.values;
    v[at] = x;
    v[at + 1] = y;
    v[at + 2] = r;
    v[at + 3] = width;
    v[at + 4] = height;
    v[at + 5] = priority;
    v[at + 6] = force ? 1 : 0;
    this.ids.push(id);
  }

  packed(): PackedCandidates {
    return { ids: this.ids, values: this.values.subarray(0, CANDIDATE * this.ids.length) };
  }
}

export function packCandidates(candidates: readonly LabelCandidate[]): PackedCandidates {
  const packer = new CandidatePacker(candidates.length);
  for (const c of candidates) packer.push(c.id, c.x, c.y, c.r, c.width, c.height, c.priority, c.force === true);
  return packer.packed();
}

/** The packed candidates as objects (placeLabels' input), the i-th under the id `ids(i)`. */
export function unpackCandidates(values: Float64Array, ids: (i: number) => string): LabelCandidate[] {
  const n = values.length / CANDIDATE;
  const out: LabelCandidate[] = new Array<LabelCandidate>(n);
  for (let i = 0; i < n; i++) {
    const at = CANDIDATE * i;
    out[i] = {
      id: ids(i),
      x: values[at]!,
      y: values[at + 1]!,
      r: values[at + 2]!,
      width: values[at + 3]!,
      height: values[at + 4]!,
      priority: values[at + 5]!,
      force: values[at + 6] === 1,
    };
  }
  return out;
}

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

/** The job to post (its arrays are the job's own, to be moved: the caller keeps `candidates`). */
export function packJob(seq: number, candidates: PackedCandidates, options: PlacementOptions): LabelJob {
  const boxes = options.obstacles ?? [];
  const obstacles = new Float64Array(4 * boxes.length);
  boxes.forEach((b, i) => obstacles.set([b.x, b.y, b.width, b.height], 4 * i));
  const { obstacles: _sent, ...rest } = options;
  return { seq, candidates: candidates.values.slice(), obstacles, options: rest };
}

/** The worker's side: placeLabels on the job's numbers, the labels packed (ids are positions). */
export function runLabelJob(job: LabelJob): Float64Array<ArrayBuffer> {
  const candidates = unpackCandidates(job.candidates, String);
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
export function unpackPlaced(placed: Float64Array, ids: readonly string[]): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  for (let at = 0; at < placed.length; at += PLACED) {
    const id = ids[placed[at]!];
    const side = SIDES[placed[at + 1]!];
    if (id === undefined || !side) throw new Error("label worker: a label for no candidate");
    out.push({
      id,
      side,
      x: placed[at + 2]!,
      y: placed[at + 3]!,
      width: placed[at + 4]!,
      height: placed[at + 5]!,
    });
  }
  return out;
}
