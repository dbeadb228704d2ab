// The one sigma instance and its render graph. Built once, then patched in place on each
// revision and each new analysis (renderSync.ts); hover and selection are reducers only. The only file importing sigma
// besides image export, so that everything else runs in Node and jsdom.
import Sigma from "sigma";
import { personId } from "../domain/model";
import type { MapStore } from "../store/mapStore";
import { buildRenderGraph, type RenderEdge, type RenderGraph, type RenderNode } from "./buildRenderGraph";
import { DIMMED_COLOR, HIGHLIGHT_EDGE_COLOR } from "./colors";
import { attachDragToConnect } from "./dragToConnect";
import { attachInsights } from "./encodingsAttach";
import { renderOptions, syncRenderGraph } from "./renderSync";

export const LABEL_FONT = '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", system-ui, sans-serif';

export interface MapRenderer {
  readonly sigma: Sigma<RenderNode, RenderEdge>;
  readonly graph: RenderGraph;
  destroy(): void;
}

/** A square box centred on the ego, so that the ego sits in the middle of the view. */
function egoCentredBBox(graph: RenderGraph): { x: [number, number]; y: [number, number] } | null {
  const ego = graph.findNode((_, a) => a.isEgo);
  if (!ego) return null;
  const cx = graph.getNodeAttribute(ego, "x");
  const cy = graph.getNodeAttribute(ego, "y");
  let r = 1;
  graph.forEachNode((_, a) => {
    r = Math.max(r, Math.abs(a.x - cx), Math.abs(a.y - cy));
  });
  return { x: [cx - r, cx + r], y: [cy - r, cy + r] };
}

export function createMapRenderer(container: HTMLElement, store: MapStore): MapRenderer {
  const graph = buildRenderGraph(store.getState().doc, renderOptions(store.getState()));
  const sigma = new Sigma<RenderNode, RenderEdge>(graph, container, {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: "500",
    labelRenderedSizeThreshold: 4,
    labelDensity: 1.2,
    zIndex: true,
    minCameraRatio: 0.05,
    maxCameraRatio: 8,
    nodeReducer: (node, data) => {
      const { hoveredId, selectedId } = store.getState();
      const focus = hoveredId ?? selectedId;
      if (!focus || !graph.hasNode(focus)) return data;
      if (node === focus) return { ...data, highlighted: true, zIndex: 2 };
      if (graph.areNeighbors(node, focus)) return { ...data, zIndex: 1, forceLabel: true };
      return { ...data, color: DIMMED_COLOR, label: "", zIndex: 0 };
    },
    edgeReducer: (edge, data) => {
      const { hoveredId, selectedId } = store.getState();
      const focus = hoveredId ?? selectedId;
      if (!focus || !graph.hasNode(focus)) return data;
      if (graph.hasExtremity(edge, focus)) return { ...data, color: HIGHLIGHT_EDGE_COLOR, zIndex: 1 };
      return { ...data, hidden: true };
    },
  });

  sigma.setCustomBBox(egoCentredBBox(graph));
  sigma.refresh();

  sigma.on("enterNode", ({ node }) => store.getState().hover(personId(node)));
  sigma.on("leaveNode", () => store.getState().hover(null));
  // sigma forgets its hovered node when a drag or a patch replaces it, and then sends no leaveNode:
  // leaving the canvas always ends the hover emphasis.
  sigma.on("leaveStage", () => store.getState().hover(null));
  sigma.on("clickNode", ({ node }) => store.getState().select(personId(node)));
  sigma.on("clickStage", () => store.getState().select(null));
  const detachDrag = attachDragToConnect(sigma, graph, store);
  const detachInsights = attachInsights(sigma, graph, store);

  // The patch's graph events schedule sigma's own partial refreshes: no full re-index per edit.
  const unsync = syncRenderGraph(graph, store, {
    onDocument: () => sigma.setCustomBBox(egoCentredBBox(graph)),
  });
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.hoveredId !== prev.hoveredId || state.selectedId !== prev.selectedId) {
      sigma.refresh({ skipIndexation: true });
    }
  });

  return {
    sigma,
    graph,
    destroy() {
      unsubscribe();
      unsync();
      detachDrag();
      detachInsights();
      sigma.kill();
    },
  };
}
