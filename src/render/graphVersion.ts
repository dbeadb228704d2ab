// How many times the render graph has changed (counted from its events), one counter per graph:
// the frame key (frameKey.ts) redraws the outline and label layers only when it moved, and the
// render patch (renderPatch.ts) trusts the attributes it wrote only while nothing else wrote.
import type { RenderGraph } from "./buildRenderGraph";

const EVENTS = [
  "nodeAdded",
  "nodeDropped",
  "nodeAttributesUpdated",
  "eachNodeAttributesUpdated",
  "edgeAdded",
  "edgeDropped",
  "edgeAttributesUpdated",
  "eachEdgeAttributesUpdated",
  "edgesCleared",
  "cleared",
] as const;

const counters = new WeakMap<RenderGraph, { n: number }>();

/** The graph's change count so far (listening from the first call on, for the graph's life). */
export function graphVersion(graph: RenderGraph): number {
  let counter = counters.get(graph);
  if (!counter) {
    const c = { n: 0 };
    for (const e of EVENTS) graph.on(e, () => c.n++);
    counters.set(graph, c);
    counter = c;
  }
  return counter.n;
}
