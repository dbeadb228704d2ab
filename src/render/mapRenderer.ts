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
import { attachLabels } from "./labelsLayer";
import { controlBoxes } from "./mapControls";
import { FlatNodeCircleProgram } from "./programs/flatNodeCircle";
import { attachNavigation, type MapNavigation } from "./navigation";
import { renderOptions, syncRenderGraph } from "./renderSync";
import { setDrawnDoc } from "./drawnDoc";
import { sigmaBatch, sigmaSliceWriter } from "./sigmaBatch";
import { lazyPicking, noHoverWhileDragging } from "./lazyPicking";
import { trackPickingIds } from "./sigmaInPlace";
import { skipLabelGrid } from "./sigmaProcess";

export const LABEL_FONT = '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", system-ui, sans-serif';

/** A performance mark set each time sigma has drawn a sliced patch (a large new map) whole. */
export const MAP_SETTLED_MARK = "tsunagari:map-settled";
/** A performance mark set each time sigma has processed the whole graph (its afterProcess). */
export const MAP_PROCESSED_MARK = "tsunagari:map-processed";

export interface MapRenderer {
  readonly sigma: Sigma<RenderNode, RenderEdge>;
  readonly graph: RenderGraph;
  readonly navigation: MapNavigation;
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

type BBox = { x: [number, number]; y: [number, number] };
const sameBox = (a: BBox | null, b: BBox | null) =>
  a !== null && b !== null && a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];

export function createMapRenderer(container: HTMLElement, store: MapStore): MapRenderer {
  /** Whose neighbourhood is emphasised: the hovered person, else the keyboard's, else the selected. */
  const focusOf = () => {
    const { hoveredId, selectedId, view } = store.getState();
    return hoveredId ?? view.keyboardFocus ?? selectedId;
  };
  const graph = buildRenderGraph(store.getState().doc, renderOptions(store.getState()));
  const sigma = new Sigma<RenderNode, RenderEdge>(graph, container, {
    // While the window resizes (or the side panels move between the column and the phone sheet)
    // the map's box can be 0 px high for a frame; sigma then skips that frame instead of failing.
    allowInvalidContainer: true,
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: "500",
    labelRenderedSizeThreshold: 4,
    // sigma's discs, drawn without instancing (programs/flatNodeCircle.ts).
    nodeProgramClasses: { circle: FlatNodeCircleProgram },
    // Hovering a tie shows its span (encodingsAttach.ts). sigma makes the ties' picking layer
    // only when this is on at construction: set later, no tie is ever found under the pointer.
    enableEdgeEvents: true,
    // Room at the edges for the community names drawn above their outlines.
    stagePadding: 44,
    labelDensity: 1.2,
    zIndex: true,
    minCameraRatio: 0.05,
    maxCameraRatio: 8,
    // Every label reaches the labels layer, which decides who is named (labelsLayer.ts).
    // sigma hands each reducer its own copy of the attributes: they are written in place (no
    // second copy of every node per frame on a 30,000-person map).
    nodeReducer: (node, data) => {
      const focus = focusOf();
      if (!focus || !graph.hasNode(focus)) return Object.assign(data, { forceLabel: true });
      if (node === focus) return Object.assign(data, { highlighted: true, zIndex: 2, forceLabel: true });
      if (graph.areNeighbors(node, focus)) return Object.assign(data, { zIndex: 1, forceLabel: true });
      return Object.assign(data, { color: DIMMED_COLOR, label: "", zIndex: 0 });
    },
    edgeReducer: (edge, data) => {
      const focus = focusOf();
      if (!focus || !graph.hasNode(focus)) return data;
      if (graph.hasExtremity(edge, focus)) return Object.assign(data, { color: HIGHLIGHT_EDGE_COLOR, zIndex: 1 });
      return Object.assign(data, { hidden: true });
    },
  });

  const labels = attachLabels(sigma, graph, store, focusOf, () => controlBoxes(container));
  // The labels layer draws the labels after each frame (labelsLayer.ts), not sigma's own pass.
  sigma.setSettings({ defaultDrawNodeLabel: labels.drawLabel, labelSize: 13, renderLabels: false });
  skipLabelGrid(sigma);
  trackPickingIds(sigma);
  // For the tests: whether a change was drawn from sigma's buffers as they were (none processed).
  sigma.on("afterProcess", () => performance.mark(MAP_PROCESSED_MARK));
  lazyPicking(sigma);
  noHoverWhileDragging(sigma);
  const navigation = attachNavigation(sigma, graph, () => store.getState().view.keyboardFocus);
  sigma.setCustomBBox(egoCentredBBox(graph));
  sigma.refresh();

  sigma.on("enterNode", ({ node }) => store.getState().hover(personId(node)));
  sigma.on("leaveNode", () => store.getState().hover(null));
  // sigma forgets its hovered node when a drag or a patch replaces it, and then sends no leaveNode:
  // leaving the canvas always ends the hover emphasis.
  sigma.on("leaveStage", () => store.getState().hover(null));
  sigma.on("clickNode", ({ node }) => store.getState().select(personId(node)));
  // A click on empty canvas ends every emphasis, whatever sigma still believes is hovered. With
  // edge events on, a click between people often lands on a tie (clickEdge, not clickStage): a
  // tie has no click action of its own, so that is a click on the background too.
  const clickBackground = () => {
    store.getState().hover(null);
    store.getState().select(null);
  };
  sigma.on("clickStage", clickBackground);
  sigma.on("clickEdge", clickBackground);
  // sigma re-indexes (and forgets its hovered node) when an edit rebuilds part of the graph, and
  // then never sends leaveNode: any pointer move away from the hovered person ends the hover.
  sigma.on("moveBody", ({ event }) => {
    const hovered = store.getState().hoveredId;
    if (hovered === null) return;
    const d = graph.hasNode(hovered) ? sigma.getNodeDisplayData(hovered) : undefined;
    const { width, height } = sigma.getDimensions();
    const inside = event.x >= 0 && event.y >= 0 && event.x <= width && event.y <= height;
    const p = d ? sigma.framedGraphToViewport(d) : null;
    if (!p || !d || d.hidden || !inside || Math.hypot(event.x - p.x, event.y - p.y) > sigma.scaleSize(d.size) + 4)
      store.getState().hover(null);
  });
  const detachDrag = attachDragToConnect(sigma, graph, store);
  const detachInsights = attachInsights(sigma, graph, store);

  // The patch's graph events schedule sigma's own partial refreshes: no full re-index per edit.
  setDrawnDoc(store, store.getState().doc);
  const unsync = syncRenderGraph(graph, store, {
    batch: sigmaBatch(sigma),
    slices: sigmaSliceWriter(sigma, {
      // The box sigma normalises positions in, before it processes the new graph in steps.
      beforeSettle: () => {
        if (store.getState().view.layout === "rings") sigma.setCustomBBox(egoCentredBBox(graph));
      },
      // For the scale figures (openMap30k.perf.spec.ts): when the last slice of a new map is drawn.
      // `stepped`: processed in steps (not in the frame).
      onSettled: (stepped) => performance.mark(MAP_SETTLED_MARK, { detail: { stepped } }),
    }),
    onDrawn: (doc) => setDrawnDoc(store, doc),
    onDocument: () => {
      if (store.getState().view.layout === "rings") {
        // A new box moves everyone on screen: sigma processes all of them again (an edit's items
        // may already be in its buffers, normalised in the old box: sigmaInPlace.ts).
        const box = egoCentredBBox(graph);
        if (!sameBox(box, sigma.getCustomBBox())) {
          sigma.setCustomBBox(box);
          sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
        }
      }
      const { hoveredId, view } = store.getState();
      if (hoveredId !== null && !graph.hasNode(hoveredId)) store.getState().hover(null);
      if (view.keyboardFocus !== null && !graph.hasNode(view.keyboardFocus))
        store.getState().setView({ keyboardFocus: null });
    },
  });
  const unsubscribe = store.subscribe((state, prev) => {
    if (
      state.hoveredId !== prev.hoveredId ||
      state.selectedId !== prev.selectedId ||
      state.view.keyboardFocus !== prev.view.keyboardFocus
    ) {
      sigma.refresh({ skipIndexation: true });
    }
  });

  return {
    sigma,
    graph,
    navigation,
    destroy() {
      navigation.detach();
      labels.detach();
      unsubscribe();
      unsync();
      setDrawnDoc(store, null);
      detachDrag();
      detachInsights();
      sigma.kill();
    },
  };
}
