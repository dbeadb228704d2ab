// The frame after a sliced patch (renderSync.ts) wrote a whole new map or restyled every person
// of a large one, and the frame after any change to a map of more than SLICE_PEOPLE people (an
// edit, a new analysis): sigma draws the people and ties in that frame, and the outline and label
// layers, which go over every person, draw in the tasks after it instead of in the same one (each
// is a few hundred milliseconds on a 30,000-person map; together with sigma's own work they would
// freeze the page for a second). Camera moves and any change to a smaller map draw as before, in
// the frame. No sigma here.
import type { RenderGraph } from "./buildRenderGraph";
import { graphVersion } from "./graphVersion";
import { nextTask, SLICE_PEOPLE } from "./renderSync";

const heavyAt = new WeakMap<RenderGraph, number>();

/** The graph as it is now was written by a sliced patch. */
export function markHeavy(graph: RenderGraph): void {
  heavyAt.set(graph, graphVersion(graph));
}

/**
 * A layer's drawing, deferred to later tasks on the first frame of a heavy graph version, or of
 * any new version of a graph of more than SLICE_PEOPLE people (once per version): `draw` runs
 * now, unless it is deferred; then `later` runs in the next task, and until it calls `finish` the
 * frames drawn meanwhile leave the layer to it.
 */
export function deferOnHeavy(graph: RenderGraph): (draw: () => void, later: (finish: () => void) => void) => void {
  let deferredFor = -1;
  /** The graph version the layer last drew (or deferred) for. */
  let seen = -1;
  let pending = false;
  const finish = () => {
    pending = false;
  };
  return (draw, later) => {
    if (pending) return;
    const v = graphVersion(graph);
    const changed = seen !== -1 && seen !== v;
    seen = v;
    if ((heavyAt.get(graph) === v || (changed && graph.order > SLICE_PEOPLE)) && deferredFor !== v) {
      deferredFor = v;
      pending = true;
      nextTask(() => later(finish));
      return;
    }
    draw();
  };
}
