// The clusters layout: ForceAtlas2 in its web worker (graphology-layout-forceatlas2/worker),
// seeded with the current positions (ego rings, deterministic). People the user dragged stay
// fixed. On stop, the positions are saved to the document as layout positions (`setLayoutPositions`).
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import type { PersonId, Position } from "../domain/model";
import type { RenderGraph } from "./buildRenderGraph";
import { dict } from "../domain/model";

export interface ClustersRun {
  /** Stops the worker and returns the positions of the people it moved. */
  stop(): Record<PersonId, Position>;
  /** Stops without returning anything (e.g. the document changed underneath). */
  kill(): void;
}

export function startClusters(graph: RenderGraph, fixed: ReadonlySet<string>): ClustersRun {
  graph.forEachNode((id) => graph.setNodeAttribute(id, "fixed", fixed.has(id)));
  const layout = new FA2LayoutSupervisor(graph, {
    settings: { ...inferSettings(graph), barnesHutOptimize: false, scalingRatio: 60, gravity: 0.5, slowDown: 5 },
    getEdgeWeight: (_edge, attrs) => 0.2 + (typeof attrs.strength === "number" ? attrs.strength : 0.5),
  });
  layout.start();
  let done = false;
  const kill = () => {
    if (done) return;
    done = true;
    layout.kill();
  };
  return {
    stop() {
      kill();
      const out: Record<string, Position> = dict();
      graph.forEachNode((id, a) => {
        if (!fixed.has(id)) out[id] = { x: a.x, y: a.y };
      });
      return out as Record<PersonId, Position>;
    },
    kill,
  };
}
