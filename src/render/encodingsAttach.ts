// Wires the insight views into the sigma instance: the dashed edge program, re-encoding when
// the report or the view settings change, animated layout switches (sigma's animateNodes), the
// ForceAtlas2 clusters run, community outlines under the graph and the span tooltip on ties.
import type Sigma from "sigma";
import { animateNodes } from "sigma/utils";
import { setLayoutPositions, type MapDocument } from "../domain/model";
import type { MapStore } from "../store/mapStore";
import type { InsightsView } from "../store/viewSlice";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";
import { attachHullsLayer } from "./hullsLayer";
import { startClusters, type ClustersRun } from "./layoutWorker";
import { userPositions } from "./layouts/positions";
import { DashedEdgeProgram } from "./programs/dashedEdge";
import { patchRenderGraph } from "./renderPatch";
import { renderOptions } from "./renderSync";

const ANIMATION_MS = 700;

/** A square around all visible people, centred on the ego when shown. */
function frame(
  graph: RenderGraph,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  doc: MapDocument,
  withoutMe: boolean,
) {
  const pts = [...positions].filter(([id]) => graph.hasNode(id) && !(withoutMe && id === doc.egoId)).map(([, p]) => p);
  if (pts.length === 0) return null;
  const ego = positions.get(doc.egoId);
  const cx = ego && !withoutMe ? ego.x : (Math.min(...pts.map((p) => p.x)) + Math.max(...pts.map((p) => p.x))) / 2;
  const cy = ego && !withoutMe ? ego.y : (Math.min(...pts.map((p) => p.y)) + Math.max(...pts.map((p) => p.y))) / 2;
  const r = Math.max(1, ...pts.map((p) => Math.max(Math.abs(p.x - cx), Math.abs(p.y - cy))));
  return { x: [cx - r, cx + r] as [number, number], y: [cy - r, cy + r] as [number, number] };
}

export function attachInsights(sigma: Sigma<RenderNode, RenderEdge>, graph: RenderGraph, store: MapStore): () => void {
  sigma.setSettings({
    edgeProgramClasses: { ...sigma.getSetting("edgeProgramClasses"), dashed: DashedEdgeProgram },
    defaultEdgeType: "dashed",
    enableEdgeEvents: true,
  });
  const hulls = attachHullsLayer(
    sigma,
    graph,
    () => store.getState().doc,
    () => store.getState().view.outlines,
  );
  let cancelAnimation: (() => void) | null = null;
  let run: ClustersRun | null = null;

  /** View changes restyle the live graph in place; a layout or "without me" change animates. */
  const restyle = (animate: boolean) => {
    const state = store.getState();
    const targets = patchRenderGraph(graph, state.doc, renderOptions(state), { keepPositions: animate });
    if (animate) {
      cancelAnimation?.();
      sigma.setCustomBBox(frame(graph, targets, state.doc, state.view.withoutMe));
      // Prototype-free: a person's id may be "__proto__".
      const to = Object.create(null) as Record<string, { x: number; y: number }>;
      for (const [id, p] of targets) to[id] = { x: p.x, y: p.y };
      cancelAnimation = animateNodes(graph, to, { duration: ANIMATION_MS, easing: "quadraticInOut" }, () => {
        cancelAnimation = null;
      });
    }
    sigma.refresh();
  };

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
  };

  const onView = (v: InsightsView, prev: InsightsView) => {
    if (v.clustersRunning !== prev.clustersRunning) {
      if (v.clustersRunning && !run) {
        cancelAnimation?.();
        const fixed = new Set(Object.keys(userPositions(store.getState().doc)));
        run = startClusters(graph, fixed);
      } else if (!v.clustersRunning) {
        stopClusters(true);
      }
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
