// Wires the insight views into the sigma instance: the dashed edge program, re-encoding when
// the report or the view settings change, animated layout switches (sigma's animateNodes), the
// ForceAtlas2 clusters run, community outlines under the graph and the span tooltip on ties.
import type Sigma from "sigma";
import { animateNodes } from "sigma/utils";
import { getOwn, setLayoutPositions, type MapDocument } from "../domain/model";
import type { MapStore } from "../store/mapStore";
import type { InsightsView } from "../store/viewSlice";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";
import { attachHullsLayer } from "./hullsLayer";
import { startClusters, type ClustersRun, type SettledInfo } from "./layoutWorker";
import { userPositions } from "./layouts/positions";
import { DashedEdgeProgram } from "./programs/dashedEdge";
import { patchRenderGraph } from "./renderPatch";
import { renderOptions } from "./renderSync";
import { sigmaBatch } from "./sigmaBatch";

const ANIMATION_MS = 700;

/**
 * A square around all visible people: centred on the ego in the rings (when shown), on the
 * middle of the drawing in the clusters layout.
 */
export function frame(
  graph: RenderGraph,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  doc: MapDocument,
  withoutMe: boolean,
  egoCentred = true,
) {
  const pts = [...positions].filter(([id]) => graph.hasNode(id) && !(withoutMe && id === doc.egoId)).map(([, p]) => p);
  if (pts.length === 0) return null;
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const p of pts) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  const ego = egoCentred && !withoutMe ? positions.get(doc.egoId) : undefined;
  const cx = ego ? ego.x : (x0 + x1) / 2;
  const cy = ego ? ego.y : (y0 + y1) / 2;
  const r = Math.max(1, ...pts.map((p) => Math.max(Math.abs(p.x - cx), Math.abs(p.y - cy))));
  return { x: [cx - r, cx + r] as [number, number], y: [cy - r, cy + r] as [number, number] };
}

/** The drawn position of every person. */
function drawnPositions(graph: RenderGraph): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, a) => out.set(id, { x: a.x, y: a.y }));
  return out;
}

/**
 * True when the clusters layout has no positions of its own yet for someone (a first choice of
 * the layout, or people added since): choosing the layout then runs it.
 */
export function clustersNeedRun(doc: MapDocument): boolean {
  for (const id of Object.keys(doc.people)) {
    const p = getOwn(doc.positions, id as keyof typeof doc.positions);
    if (!p && !getOwn(doc.people, id as keyof typeof doc.people)?.planned) return true;
  }
  return false;
}

export function attachInsights(sigma: Sigma<RenderNode, RenderEdge>, graph: RenderGraph, store: MapStore): () => void {
  sigma.setSettings({
    edgeProgramClasses: { ...sigma.getSetting("edgeProgramClasses"), dashed: DashedEdgeProgram },
    defaultEdgeType: "dashed",
  });
  const hulls = attachHullsLayer(
    sigma,
    graph,
    () => store.getState().doc,
    () => store.getState().view.outlines,
  );
  const batch = sigmaBatch(sigma);
  let cancelAnimation: (() => void) | null = null;
  let run: ClustersRun | null = null;

  /** View changes restyle the live graph in place; a layout or "without me" change animates. */
  const restyle = (animate: boolean) => {
    const state = store.getState();
    const targets = patchRenderGraph(graph, state.doc, renderOptions(state), { keepPositions: animate, batch });
    if (animate) {
      cancelAnimation?.();
      sigma.setCustomBBox(frame(graph, targets, state.doc, state.view.withoutMe, state.view.layout === "rings"));
      // A new layout is shown whole: the camera goes back to fit the map.
      void sigma.getCamera().animatedReset({ duration: ANIMATION_MS, easing: "quadraticInOut" });
      // Prototype-free: a person's id may be "__proto__".
      const to = Object.create(null) as Record<string, { x: number; y: number }>;
      for (const [id, p] of targets) to[id] = { x: p.x, y: p.y };
      cancelAnimation = animateNodes(graph, to, { duration: ANIMATION_MS, easing: "quadraticInOut" }, () => {
        cancelAnimation = null;
      });
    }
    sigma.refresh();
  };

  const refit = () => {
    const state = store.getState();
    sigma.setCustomBBox(
      frame(graph, drawnPositions(graph), state.doc, state.view.withoutMe, state.view.layout === "rings"),
    );
    void sigma.getCamera().animatedReset({ duration: ANIMATION_MS, easing: "quadraticInOut" });
  };

  let runStarted = 0;
  const stopClusters = (save: boolean) => {
    const current = run;
    run = null;
    if (!current) return;
    if (!save) return current.kill();
    const moved = current.stop();
    store
      .getState()
      .apply((d) =>
        setLayoutPositions(d, Object.fromEntries(Object.entries(moved).filter(([id]) => Object.hasOwn(d.people, id)))),
      );
    refit();
  };

  const onSettled = (info: SettledInfo) => {
    if (!run) return;
    stopClusters(true);
    store.getState().setView({
      clustersRunning: false,
      layoutNote: { state: info.state === "converged" ? "settled" : "capped", seconds: info.ms / 1000 },
    });
  };

  const onView = (v: InsightsView, prev: InsightsView) => {
    if (v.clustersRunning !== prev.clustersRunning) {
      if (v.clustersRunning && !run) {
        cancelAnimation?.();
        const fixed = new Set(Object.keys(userPositions(store.getState().doc)));
        runStarted = performance.now();
        run = startClusters(graph, fixed, { onSettled });
        if (v.layoutNote) store.getState().setView({ layoutNote: null });
      } else if (!v.clustersRunning && run) {
        stopClusters(true);
        store
          .getState()
          .setView({ layoutNote: { state: "stopped", seconds: (performance.now() - runStarted) / 1000 } });
      }
    }
    if (
      v.layout !== prev.layout &&
      v.layout === "clusters" &&
      !v.clustersRunning &&
      clustersNeedRun(store.getState().doc)
    ) {
      // Chosen for the first time (or people were added): lay out from the rings, then run.
      restyle(false);
      store.getState().setView({ clustersRunning: true });
      return;
    }
    if (v.layout !== prev.layout && v.layout === "rings" && run) {
      stopClusters(false);
      store.getState().setView({ clustersRunning: false });
    }
    if (v.layout !== prev.layout || v.withoutMe !== prev.withoutMe) restyle(true);
    else if (v.colorBy !== prev.colorBy || v.sizeBy !== prev.sizeBy) restyle(false);
    else if (v.outlines !== prev.outlines) hulls.redraw();
  };

  const unsubscribeStore = store.subscribe((state, prev) => {
    if (state.doc !== prev.doc && run) {
      stopClusters(false);
      store.getState().setView({ clustersRunning: false });
    }
    if (state.view !== prev.view) onView(state.view, prev.view);
  });

  const onEnterEdge = ({ edge, event }: { edge: string; event: { x: number; y: number } }) => {
    const a = graph.getEdgeAttributes(edge);
    store.getState().setView({
      hoveredEdge: {
        a: graph.source(edge),
        b: graph.target(edge),
        span: a.span,
        embeddedness: a.embeddedness,
        isBridge: a.isBridge,
        x: event.x,
        y: event.y,
      },
    });
  };
  const onLeaveEdge = () => store.getState().setView({ hoveredEdge: null });
  sigma.on("enterEdge", onEnterEdge);
  sigma.on("leaveEdge", onLeaveEdge);
  if (store.getState().view.clustersRunning) store.getState().setView({ clustersRunning: false });

  return () => {
    cancelAnimation?.();
    stopClusters(false);
    unsubscribeStore();
    sigma.off("enterEdge", onEnterEdge);
    sigma.off("leaveEdge", onLeaveEdge);
    hulls.detach();
  };
}
