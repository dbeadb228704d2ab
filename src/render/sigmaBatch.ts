// One batch of graph writes without sigma's per-item event handling: sigma processes every added
// or restyled node as its event arrives and then again when it next draws, which on a
// 30,000-person map doubles the cost of opening it or restyling it. Here its graph listeners are
// detached while `write` runs and one full re-index is scheduled afterwards (the next frame).
import type Sigma from "sigma";
import type { RenderEdge, RenderNode } from "./buildRenderGraph";
import { markHeavy } from "./heavyFrame";
import type { BatchWriter, SliceWriter } from "./renderPatch";
import { processInPlace } from "./sigmaInPlace";
import { canProcessInSteps, processSteps } from "./sigmaProcess";

/** sigma's own (undeclared in its types) listener switches. */
interface GraphHandlers {
  bindGraphHandlers(): unknown;
  unbindGraphHandlers(): unknown;
}

/** sigma's own (private in its types) per-item index updates and its pending frame. */
interface ItemIndex {
  addNode(key: string): void;
  addEdge(key: string): void;
  renderFrame: number | null;
}

/**
 * The two internals both writers use, null where this sigma lacks them: running graph writes
 * with sigma's listeners detached, and indexing exactly the given items afterwards (what its
 * listeners would have done, once per item instead of twice).
 */
function internalsOf(sigma: Sigma<RenderNode, RenderEdge>) {
  const handlers = sigma as unknown as Partial<GraphHandlers>;
  const index = sigma as unknown as Partial<ItemIndex>;
  const { bindGraphHandlers, unbindGraphHandlers } = handlers;
  const detached =
    typeof bindGraphHandlers === "function" && typeof unbindGraphHandlers === "function"
      ? (run: () => void) => {
          unbindGraphHandlers.call(sigma);
          try {
            run();
          } finally {
            bindGraphHandlers.call(sigma);
          }
        }
      : null;
  const indexItems =
    typeof index.addNode === "function" && typeof index.addEdge === "function"
      ? (nodes: readonly string[], edges: readonly string[]) => {
          for (const n of nodes) index.addNode?.(n);
          for (const e of edges) index.addEdge?.(e);
        }
      : null;
  return { index, detached, indexItems };
}

export function sigmaBatch(sigma: Sigma<RenderNode, RenderEdge>): BatchWriter {
  const { detached, indexItems } = internalsOf(sigma);
  return (write, items) => {
    if (!detached) {
      write();
      return;
    }
    let written = false;
    try {
      detached(write);
      written = true;
    } finally {
      if (written && items && processInPlace(sigma, items)) {
        // In sigma's buffers already (an edit's few items): the frame only draws.
        sigma.scheduleRender();
      } else if (written && items && indexItems) {
        // Exactly the written items; the empty partial refresh marks the graph for its full
        // process() in the next frame.
        indexItems(items.nodes, items.edges);
        sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
      } else {
        sigma.refresh({ schedule: true });
      }
    }
  };
}

/**
 * The chunks of a sliced patch (renderPatch.ts SliceWriter): each is written with sigma's graph
 * listeners detached, and then sigma indexes exactly the chunk's nodes and edges. No frame is
 * drawn between chunks: sigma's pending frame is cancelled after each. After the last chunk sigma
 * processes the new graph in steps (sigmaProcess.ts; `settle`, after `beforeSettle`), and then one
 * frame draws it; where it cannot, `done` asks for one frame that processes and draws.
 */
/** Most items of a sliced patch written in place (past this, sigma's process in steps is cheaper). */
export const IN_PLACE_MAX = 2000;

export function sigmaSliceWriter(
  sigma: Sigma<RenderNode, RenderEdge>,
  hooks: { beforeSettle?: () => void; onSettled?: (stepped: boolean) => void } = {},
): SliceWriter {
  const { index, detached, indexItems } = internalsOf(sigma);
  const batch = sigmaBatch(sigma);
  const holdFrame = () => {
    if (typeof index.renderFrame === "number") {
      cancelAnimationFrame(index.renderFrame);
      index.renderFrame = null;
    }
  };
  /** A finished patch waits for `settle` (sigma's processing in steps). */
  let unsettled = false;
  /**
   * Items of this patch written into sigma's buffers in place so far (processInPlace), or -1 once
   * one chunk could not be: a patch of few items (a new analysis that restyles a few people of a
   * big map) is then drawn without sigma processing all 30,000 people and ties again.
   */
  let inPlace = 0;
  /**
   * Asks for the frame that draws the patched graph (processing it first unless `processed`: done
   * in steps), and tells `onSettled` once it is drawn.
   */
  const draw = (processed: boolean) => {
    const settled = hooks.onSettled;
    if (settled) sigma.once("afterRender", () => settled(processed));
    if (processed) sigma.scheduleRender();
    // No items to update: the empty partial refresh only marks the graph for re-processing.
    else sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
  };
  return {
    begin(items) {
      // A patch of many items is processed by sigma in steps: none of it is written in place first.
      inPlace = items <= IN_PLACE_MAX ? 0 : -1;
    },
    write(nodes, edges, run) {
      if (!detached || !indexItems) {
        inPlace = -1;
        return batch(run);
      }
      detached(run);
      const items = nodes.length + edges.length;
      if (inPlace >= 0 && inPlace + items <= IN_PLACE_MAX && processInPlace(sigma, { nodes, edges })) inPlace += items;
      else {
        inPlace = -1;
        indexItems(nodes, edges);
      }
      holdFrame();
    },
    done() {
      const wasInPlace = inPlace >= 0;
      inPlace = 0;
      // Its outline and label layers draw after sigma's frame, in tasks of their own.
      markHeavy(sigma.getGraph());
      if (wasInPlace) {
        // In sigma's buffers already: the frame only draws.
        draw(true);
        return;
      }
      if (canProcessInSteps(sigma)) {
        unsettled = true;
        holdFrame();
        return;
      }
      draw(false);
    },
    *settle() {
      if (!unsettled) return;
      unsettled = false;
      hooks.beforeSettle?.();
      // No frame until it is processed (one drawn meanwhile would process all of it at once).
      const steps = processSteps(sigma);
      let step = steps.next();
      for (; !step.done; step = steps.next()) {
        holdFrame();
        yield;
      }
      // Given up (the graph changed meanwhile): sigma still has to process, in its frame.
      draw(step.value);
    },
  };
}
