// Community outlines drawn UNDER the graph: a 2D canvas inserted below sigma's canvases, redrawn
// after every sigma render (camera moves, animations) and once right after attaching, since
// sigma has already drawn once inside its constructor.
import type Sigma from "sigma";
import type { MapDocument } from "../domain/model";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";
import { communityColors, withAlpha } from "./encodings";
import { communityPieces } from "../scene/outlines";
import { labelAnchor, traceHull, type Point } from "./hulls";
import { OVERLAY_STYLE } from "./overlay";
import { getOwn } from "../domain/model";
import { frameKeyOf } from "./frameKey";
import { deferOnHeavy } from "./heavyFrame";

const PADDING = 18;

/** One outline piece, its name above it when given (the largest piece of a community). */
function drawHull(ctx: CanvasRenderingContext2D, hull: Point[], color: string, planned: boolean, name: string | null) {
  traceHull(ctx, hull);
  ctx.fillStyle = withAlpha(color, 0.1);
  ctx.fill();
  ctx.setLineDash(planned ? [6, 4] : []);
  ctx.strokeStyle = withAlpha(color, 0.55);
  ctx.lineWidth = 1.2;
  ctx.stroke();
  ctx.setLineDash([]);
  if (name === null) return;
  const [lx, ly] = labelAnchor(hull);
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(255,255,255,0.9)";
  ctx.strokeText(name, lx, ly);
  ctx.fillStyle = "#3a3a3a";
  ctx.fillText(name, lx, ly);
}

export function attachHullsLayer(
  sigma: Sigma<RenderNode, RenderEdge>,
  graph: RenderGraph,
  getDoc: () => MapDocument,
  isOn: () => boolean,
): { redraw(): void; detach(): void } {
  const container = sigma.getContainer();
  const canvas = document.createElement("canvas");
  canvas.className = "hulls-layer";
  canvas.setAttribute("aria-hidden", "true");
  Object.assign(canvas.style, OVERLAY_STYLE);
  container.insertBefore(canvas, container.firstChild);

  const frameKey = frameKeyOf(sigma, graph);
  let drawn: { key: string; doc: MapDocument; on: boolean } | null = null;

  /** Redraws unless the frame, the document and the switch are those of the last drawing. */
  const draw = () => {
    const key = frameKey.current();
    const doc = getDoc();
    const on = isOn();
    if (drawn && drawn.key === key && drawn.doc === doc && drawn.on === on) return;
    drawn = { key, doc, on };
    paint(doc, on);
  };

  const paint = (doc: MapDocument, on: boolean) => {
    const ratio = window.devicePixelRatio || 1;
    const w = container.offsetWidth;
    const h = container.offsetHeight;
    if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
      canvas.width = Math.round(w * ratio);
      canvas.height = Math.round(h * ratio);
    }
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    if (!on) return;
    const colors = communityColors(doc);
    const members = new Map<string, Point[]>();
    graph.forEachNode((id, a) => {
      if (a.hidden) return;
      const p = getOwn(doc.people, id as keyof typeof doc.people);
      for (const c of p?.communityIds ?? []) {
        const v = sigma.graphToViewport({ x: a.x, y: a.y });
        const list = members.get(c);
        if (list) list.push([v.x, v.y]);
        else members.set(c, [[v.x, v.y]]);
      }
    });
    ctx.font = '600 11px "Noto Sans CJK JP", "Noto Sans JP", system-ui, sans-serif';
    ctx.textAlign = "center";
    // As in the exports: members that sit apart get outlines of their own, and no outline
    // passes over the ego (src/scene/outlines.ts).
    const ego = graph.findNode((_, a) => a.isEgo && !a.hidden);
    const egoAt = ego ? sigma.graphToViewport(graph.getNodeAttributes(ego)) : null;
    const keepout = egoAt ? { x: egoAt.x, y: egoAt.y, r: 24, boxes: [] } : null;
    let reach = egoAt ? 1 : Math.max(w, h);
    if (egoAt)
      for (const points of members.values())
        for (const [x, y] of points) reach = Math.max(reach, Math.hypot(x - egoAt.x, y - egoAt.y));
    for (const [cid, points] of members) {
      const community = getOwn(doc.communities, cid as keyof typeof doc.communities);
      if (!community) continue;
      const pieces = communityPieces(points, { padding: PADDING, linkDistance: 0.5 * reach, keepout }).sort(
        (x, y) => y.members.length - x.members.length,
      );
      const color = getOwn(colors, cid) ?? "#888888";
      pieces.forEach(({ hull }, i) =>
        drawHull(ctx, hull, color, community.planned ?? false, i === 0 ? community.name : null),
      );
    }
  };

  // After a sliced patch the outlines follow sigma's frame in a task of their own (heavyFrame.ts).
  let attached = true;
  const deferred = deferOnHeavy(graph);
  const afterRender = () => deferred(draw, () => attached && draw());
  sigma.on("afterRender", afterRender);
  draw();
  return {
    redraw: draw,
    detach() {
      attached = false;
      sigma.off("afterRender", afterRender);
      canvas.remove();
    },
  };
}
