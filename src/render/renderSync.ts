// Keeps the one render graph in step with the store (no sigma here, so it runs in Node): a new
// document revision and a new real or what-if analysis are both patched onto the existing graph
// (renderPatch.ts); the callbacks let the renderer refresh sigma afterwards. A revision that
// changes very many people (a new map, a large import) or an analysis of a large map is patched
// in slices of a few tens of milliseconds instead of in one task, given a writer for the chunks
// (hooks.slices): the page stays responsive while a 30,000-person map is drawn.
import { asReport } from "../domain/insights/report";
import { changedKeys, type MapDocument } from "../domain/model";
import type { MapState, MapStore } from "../store/mapStore";
import { renderBaseGraphSteps, type RenderGraph, type RenderOptions } from "./buildRenderGraph";
import { layoutPositions, prepareLayoutSteps } from "./layouts/positions";
import { patchRenderGraph, patchRenderGraphSteps, type BatchWriter, type SliceWriter } from "./renderPatch";

/** Everything the render attributes need besides the document: report, view, layout positions. */
export function renderOptions(state: Pick<MapState, "doc" | "metrics" | "whatIf" | "view">): RenderOptions {
  const v = state.view;
  return {
    report: asReport(state.metrics.report),
    plannedReport: state.whatIf?.report ?? null,
    view: v,
    positions: layoutPositions(state.doc, v.layout),
  };
}

/** Past this many changed people (or, for a new analysis, people on the map) the patch is sliced. */
export const SLICE_PEOPLE = 2000;
/** Longest slice of a sliced patch, in milliseconds (a long task is one over 50 ms). */
export const SLICE_MS = 30;

export interface RenderSyncHooks {
  /** After a document revision was patched in. */
  readonly onDocument?: () => void;
  /** After a new analysis (real or what-if) restyled the graph. */
  readonly onAnalysis?: () => void;
  /** Writes a large patch in one batch (PatchOptions.batch). */
  readonly batch?: BatchWriter;
  /** Writes the chunks of a sliced patch; without it every patch is written at once. */
  readonly slices?: SliceWriter;
  /** Runs `task` in a later task (default: scheduler.postTask, else setTimeout 0). */
  readonly schedule?: (task: () => void) => void;
  /** Clock of the slices (default: performance.now). */
  readonly now?: () => number;
  /** After every finished patch, with the document the graph now shows. */
  readonly onDrawn?: (doc: MapDocument) => void;
}

const batchOf = (hooks: RenderSyncHooks) => (hooks.batch ? { batch: hooks.batch } : {});

interface PostTask {
  postTask(task: () => void, options?: { priority?: string }): Promise<unknown>;
}

/** A later task, without the 4 ms clamp of nested timers where the browser has a scheduler. */
export function nextTask(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<PostTask> }).scheduler;
  if (typeof scheduler?.postTask === "function") void scheduler.postTask(task, { priority: "user-visible" });
  else setTimeout(task, 0);
}

interface Job {
  readonly steps: ReturnType<typeof patchRenderGraphSteps>;
  readonly doc: MapDocument;
  /** Whether it carries a document revision (else only a new analysis). */
  readonly document: boolean;
}

export function syncRenderGraph(graph: RenderGraph, store: MapStore, hooks: RenderSyncHooks = {}): () => void {
  const schedule = hooks.schedule ?? nextTask;
  const clock = hooks.now ?? (() => performance.now());
  const writer = hooks.slices;
  /** The document the graph shows (the caller built it from the store's, as the renderer does). */
  let drawn = store.getState().doc;
  /** The sliced patch under way; a newer revision or analysis replaces it (stale: never finished). */
  let job: Job | null = null;
  /** A sliced patch is to start in the next task (and whether it carries a document revision). */
  let queued = false;
  let queuedDocument = false;
  let stopped = false;

  const finished = (doc: MapDocument, document: boolean) => {
    drawn = doc;
    if (document) hooks.onDocument?.();
    else hooks.onAnalysis?.();
    hooks.onDrawn?.(doc);
  };

  /** Steps of `current` until the slice's time is up; the rest in a later task. */
  const slice = (current: Job) => {
    const until = clock() + SLICE_MS;
    for (;;) {
      if (stopped || job !== current) return;
      const step = current.steps.next();
      if (job !== current) return; // a newer revision took over (during a callback)
      if (step.done) {
        job = null;
        if (step.value !== null) finished(current.doc, current.document);
        else begin(current.document); // someone else wrote to the graph meanwhile: again, from the latest state
        return;
      }
      if (clock() >= until) break;
    }
    schedule(() => slice(current));
  };

  /**
   * A sliced patch of the latest document: its people and ties converted in steps, the rings'
   * groups, the layout and the patch each in tasks of their own (none in the store update).
   */
  function* steps(doc: MapDocument, slices: SliceWriter): ReturnType<typeof patchRenderGraphSteps> {
    yield* renderBaseGraphSteps(doc);
    yield;
    yield* prepareLayoutSteps(doc);
    yield;
    const { metrics, whatIf, view } = store.getState();
    const options = renderOptions({ doc, metrics, whatIf, view });
    yield;
    const targets = yield* patchRenderGraphSteps(graph, doc, options, {}, slices);
    if (targets !== null && slices.settle) yield* slices.settle();
    return targets;
  }

  const begin = (document: boolean) => {
    if (!writer) return;
    const doc = store.getState().doc;
    const current: Job = { steps: steps(doc, writer), doc, document };
    job = current;
    schedule(() => slice(current));
  };

  const run = () => {
    if (stopped || !queued) return;
    queued = false;
    const document = queuedDocument;
    queuedDocument = false;
    begin(document);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    const document = state.doc !== prev.doc;
    if (!document && state.metrics.report === prev.metrics.report && state.whatIf === prev.whatIf) return;
    // The latest state, not `state`: a listener may have set the store again in between.
    const now = store.getState();
    const sliced =
      writer !== undefined &&
      (job !== null ||
        queued ||
        (document ? changedKeys(drawn.people, now.doc.people).size > SLICE_PEOPLE : graph.order > SLICE_PEOPLE));
    if (sliced) {
      queuedDocument ||= document || (job?.document ?? false);
      job = null;
      if (!queued) {
        queued = true;
        schedule(run);
      }
      return;
    }
    patchRenderGraph(graph, now.doc, renderOptions(now), batchOf(hooks));
    finished(now.doc, document);
  });

  return () => {
    stopped = true;
    job = null;
    queued = false;
    unsubscribe();
  };
}
