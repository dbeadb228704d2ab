// One batch of graph writes without sigma's per-item event handling: sigma processes every added
// or restyled node as its event arrives and then again when it next draws, which on a
// 30,000-person map doubles the cost of opening it or restyling it. Here its graph listeners are
// detached while `write` runs and one full re-index is scheduled afterwards (the next frame).
import type Sigma from "sigma";
import type { RenderEdge, RenderNode } from "./buildRenderGraph";
import { markHeavy } from "./heavyFrame";
import type { BatchWriter, SliceWriter } from "./renderPatch";

/** sigma's own (undeclared in its types) listener switches. */
interface GraphHandlers {
  bindGraphHandlers(): unknown;
  unbindGraphHandlers(): unknown;
}

export function sigmaBatch(sigma: Sigma<RenderNode, RenderEdge>): BatchWriter {
  const handlers = sigma as unknown as Partial<GraphHandlers>;
  const index = sigma as unknown as Partial<ItemIndex>;
  return (write, items) => {
    if (typeof handlers.unbindGraphHandlers !== "function" || typeof handlers.bindGraphHandlers !== "function") {
      write();
      return;
    }
    handlers.unbindGraphHandlers();
    let written = false;
    try {
      write();
      written = true;
    } finally {
      handlers.bindGraphHandlers();
      if (written && items && typeof index.addNode === "function" && typeof index.addEdge === "function") {
        // Exactly the written items, as sigma's listeners would have (once each instead of twice);
        // the empty partial refresh marks the graph for its full process() in the next frame.
        for (const n of items.nodes) index.addNode(n);
        for (const e of items.edges) index.addEdge(e);
        sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
      } else {
        sigma.refresh({ schedule: true });
      }
    }
  };
}

/** sigma's own (private in its types) per-item index updates and its pending frame. */
interface ItemIndex {
  addNode(key: string): void;
  addEdge(key: string): void;
  renderFrame: number | null;
}

/**
 * The chunks of a sliced patch (renderPatch.ts SliceWriter): each is written with sigma's graph
 * listeners detached, and then sigma indexes exactly the chunk's nodes and edges (what its
 * listeners would have done, once per item instead of twice). No frame is drawn between chunks:
 * sigma's pending frame is cancelled after each, and `done` asks for one full frame.
 */
export function sigmaSliceWriter(sigma: Sigma<RenderNode, RenderEdge>): SliceWriter {
  const handlers = sigma as unknown as Partial<GraphHandlers>;
  const index = sigma as unknown as Partial<ItemIndex>;
  const batch = sigmaBatch(sigma);
  const internal =
    typeof handlers.unbindGraphHandlers === "function" &&
    typeof handlers.bindGraphHandlers === "function" &&
    typeof index.addNode === "function" &&
    typeof index.addEdge === "function";
  const holdFrame = () => {
    if (typeof index.renderFrame === "number") {
      cancelAnimationFrame(index.renderFrame);
      index.renderFrame = null;
    }
  };
  return {
    write(nodes, edges, run) {
      if (!internal) return batch(run);
      handlers.unbindGraphHandlers?.();
      try {
        run();
      } finally {
        handlers.bindGraphHandlers?.();
      }
      for (const n of nodes) index.addNode?.(n);
      for (const e of edges) index.addEdge?.(e);
      holdFrame();
    },
    done() {
      // Its outline and label layers draw after sigma's frame, in tasks of their own.
      markHeavy(sigma.getGraph());
      // No items to update: the empty partial refresh only marks the graph for re-processing.
      sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
    },
  };
}
