// Keeps the one render graph in step with the store (no sigma here, so it runs in Node): a new
// document revision and a new real or what-if analysis are both patched onto the existing graph
// (renderPatch.ts); the callbacks let the renderer refresh sigma afterwards.
import { asReport } from "../domain/insights/report";
import type { MapState, MapStore } from "../store/mapStore";
import type { RenderGraph, RenderOptions } from "./buildRenderGraph";
import { layoutPositions } from "./layouts/positions";
import { patchRenderGraph } from "./renderPatch";

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

export interface RenderSyncHooks {
  /** After a document revision was patched in. */
  readonly onDocument?: () => void;
  /** After a new analysis (real or what-if) restyled the graph. */
  readonly onAnalysis?: () => void;
  /** Writes a large patch in one batch (PatchOptions.batch). */
  readonly batch?: (write: () => void) => void;
}

const batchOf = (hooks: RenderSyncHooks) => (hooks.batch ? { batch: hooks.batch } : {});

export function syncRenderGraph(graph: RenderGraph, store: MapStore, hooks: RenderSyncHooks = {}): () => void {
  return store.subscribe((state, prev) => {
    // The latest state, not `state`: a listener may have set the store again in between.
    if (state.doc !== prev.doc) {
      const now = store.getState();
      patchRenderGraph(graph, now.doc, renderOptions(now), batchOf(hooks));
      hooks.onDocument?.();
    } else if (state.metrics.report !== prev.metrics.report || state.whatIf !== prev.whatIf) {
      const now = store.getState();
      patchRenderGraph(graph, now.doc, renderOptions(now), batchOf(hooks));
      hooks.onAnalysis?.();
    }
  });
}
