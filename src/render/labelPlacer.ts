// The label worker's client: placeLabels on another thread, for the maps whose placing would
// otherwise hold the main thread for tens of milliseconds a frame (labelsLayer.ts uses it on the
// deferred frames of a large map). One worker for the page, started at the first job; a worker
// that fails (or cannot start) refuses every later job, and the layer then places on its own
// thread as before.
import type { PlacedLabel, PlacementOptions } from "./labelPlacement";
import { packJob, unpackPlaced, type LabelJob, type LabelReply, type PackedCandidates } from "./labelPack";

export type LabelPlacer = (candidates: PackedCandidates, options: PlacementOptions) => Promise<PlacedLabel[]>;

export interface LabelWorkerLike {
  onmessage: ((event: MessageEvent<LabelReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: LabelJob, transfer: Transferable[]): void;
}

export function createLabelWorker(): LabelWorkerLike {
  return new Worker(new URL("./labelWorker.ts", import.meta.url), { type: "module" });
}

/** A placer on the worker `create` starts (at the first job). */
export function labelPlacerOn(create: () => LabelWorkerLike): LabelPlacer {
  let worker: LabelWorkerLike | null = null;
  let broken: Error | null = null;
  let seq = 0;
  const waiting = new Map<number, { resolve: (buf: Float64Array) => void; reject: (e: Error) => void }>();
  const fail = (e: Error) => {
    broken = e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  const started = (): LabelWorkerLike => {
    if (worker) return worker;
    const w = create();
    w.onmessage = ({ data }) => {
      const job = waiting.get(data.seq);
      if (!job) return;
      waiting.delete(data.seq);
      if (data.placed) job.resolve(data.placed);
      else job.reject(new Error(data.error ?? "label worker: no labels"));
    };
    w.onerror = () => fail(new Error("label worker failed"));
    worker = w;
    return w;
  };
  return (candidates, options) => {
    if (broken) return Promise.reject(broken);
    const job = packJob(++seq, candidates, options);
    return new Promise<Float64Array>((resolve, reject) => {
      try {
        const w = started();
        waiting.set(job.seq, { resolve, reject });
        w.postMessage(job, [job.candidates.buffer, job.obstacles.buffer]);
      } catch (e) {
        fail(e instanceof Error ? e : new Error(String(e)));
        reject(broken!);
      }
    }).then((placed) => unpackPlaced(placed, candidates.ids));
  };
}

let shared: LabelPlacer | null | undefined;

/** The page's placer, or null where there are no Web Workers (then the layer places itself). */
export function pageLabelPlacer(): LabelPlacer | null {
  if (shared === undefined) shared = typeof Worker === "function" ? labelPlacerOn(createLabelWorker) : null;
  return shared;
}
