// One batch of graph writes without sigma's per-item event handling: sigma processes every added
// or restyled node as its event arrives and then again when it next draws, which on a
// 30,000-person map doubles the cost of opening it or restyling it. Here its graph listeners are
// detached while `write` runs and one full re-index is scheduled afterwards (the next frame).
import type Sigma from "sigma";
import type { RenderEdge, RenderNode } from "./buildRenderGraph";

/** sigma's own (undeclared in its types) listener switches. */
interface GraphHandlers {
  bindGraphHandlers(): unknown;
  unbindGraphHandlers(): unknown;
}

export function sigmaBatch(sigma: Sigma<RenderNode, RenderEdge>): (write: () => void) => void {
  const handlers = sigma as unknown as Partial<GraphHandlers>;
  return (write) => {
    if (typeof handlers.unbindGraphHandlers !== "function" || typeof handlers.bindGraphHandlers !== "function") {
      write();
      return;
    }
    handlers.unbindGraphHandlers();
    try {
      write();
    } finally {
      handlers.bindGraphHandlers();
      sigma.refresh({ schedule: true });
    }
  };
}
