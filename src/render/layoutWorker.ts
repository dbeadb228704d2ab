// The clusters layout: ForceAtlas2 in its web worker (graphology-layout-forceatlas2/worker),
// seeded with the current positions (ego rings, deterministic). People the user dragged stay
// fixed. On stop, the positions are saved to the document as layout positions (`setLayoutPositions`).
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import Graph from "../domain/graph/graphology";
import { dict, isPrototypeKey, type PersonId, type Position } from "../domain/model";
import type { RenderGraph } from "./buildRenderGraph";

/**
 * The graph ForceAtlas2 runs on. Its worker indexes nodes in plain objects, so a person whose id
 * is `__proto__` or `constructor` turns every position into NaN: such maps run on a copy under
 * stand-in keys (n0, n1, …) whose positions are copied back to the drawn graph as they move.
 */
function layoutGraphOf(graph: RenderGraph): { layoutGraph: RenderGraph; detach: () => void } {
  if (!graph.someNode((id) => isPrototypeKey(id))) return { layoutGraph: graph, detach: () => undefined };
  const copy = new Graph({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  const keyOf = new Map<string, string>();
  const idOf = new Map<string, string>();
  graph.forEachNode((id, attrs) => {
    const key = `n${keyOf.size}`;
    keyOf.set(id, key);
    idOf.set(key, id);
    copy.addNode(key, { ...attrs });
  });
  graph.forEachEdge((_edge, attrs, source, target) => {
    copy.addEdge(keyOf.get(source) as string, keyOf.get(target) as string, { ...attrs });
  });
  const copyBack = () =>
    copy.forEachNode((key, { x, y }) => {
      const id = idOf.get(key);
      if (id !== undefined && Number.isFinite(x) && Number.isFinite(y)) graph.mergeNodeAttributes(id, { x, y });
    });
  copy.on("eachNodeAttributesUpdated", copyBack);
  return {
    layoutGraph: copy as unknown as RenderGraph,
    detach: () => copy.removeListener("eachNodeAttributesUpdated", copyBack),
  };
}

export interface ClustersRun {
  /** Stops the worker and returns the positions of the people it moved. */
  stop(): Record<PersonId, Position>;
  /** Stops without returning anything (e.g. the document changed underneath). */
  kill(): void;
}

export function startClusters(graph: RenderGraph, fixed: ReadonlySet<string>): ClustersRun {
  graph.forEachNode((id) => graph.setNodeAttribute(id, "fixed", fixed.has(id)));
  const { layoutGraph, detach } = layoutGraphOf(graph);
  const layout = new FA2LayoutSupervisor(layoutGraph, {
    settings: { ...inferSettings(layoutGraph), barnesHutOptimize: false, scalingRatio: 60, gravity: 0.5, slowDown: 5 },
    getEdgeWeight: (_edge, attrs) => 0.2 + (typeof attrs.strength === "number" ? attrs.strength : 0.5),
  });
  layout.start();
  let done = false;
  const kill = () => {
    if (done) return;
    done = true;
    layout.kill();
    detach();
  };
  return {
    stop() {
      kill();
      const out: Record<string, Position> = dict();
      graph.forEachNode((id, a) => {
        // A position that is not a number never reaches the document (it would not save).
        if (!fixed.has(id) && Number.isFinite(a.x) && Number.isFinite(a.y)) out[id] = { x: a.x, y: a.y };
      });
      return out as Record<PersonId, Position>;
    },
    kill,
  };
}
