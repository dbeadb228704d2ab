// Community outlines drawn UNDER the graph: a 2D canvas inserted below sigma's canvases, redrawn
// after every sigma render (camera moves, animations) and once right after attaching, since
// sigma has already drawn once inside its constructor.
import type Sigma from "sigma";
import type { MapDocument } from "../domain/model";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";
import { communityColors, withAlpha } from "./encodings";
import { communityPieces, type Keepout } from "../scene/outlines";
import { labelAnchor, traceHull, type Point } from "./hulls";
import { OVERLAY_STYLE } from "./overlay";
import { getOwn } from "../domain/model";
import { frameKeyOf } from "./frameKey";
import { deferOnHeavy } from "./heavyFrame";
import { drain } from "./buildRenderGraph";
import { nextTask, SLICE_MS } from "./renderSync";

const PADDING = 18;
/** People placed on screen between two pauses of a sliced drawing. */
const MEMBER_STEP = 5000;

/** One outline piece to paint, with its community's name when it is the largest piece. */
interface Outline {
  readonly hull: Point[];
  readonly color: string;
  readonly planned: boolean;
  readonly name: string | null;
}

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

interface CachedPieces {
  readonly points: readonly Point[];
  readonly reach: number;
  readonly keepout: Keepout | null;
  readonly pieces: ReturnType<typeof communityPieces>;
}

/** The same ego keep-out (the layer's has no label boxes). */
const sameKeepout = (a: Keepout | null, b: Keepout | null) =>
  a === b ||
  (a !== null && b !== null && a.x === b.x && a.y === b.y && a.r === b.r && a.boxes.length === b.boxes.length);

function samePoints(a: readonly Point[], b: readonly Point[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i] as Point;
    const q = b[i] as Point;
    if (p[0] !== q[0] || p[1] !== q[1]) return false;
  }
  return true;
}

export function attachHullsLayer(
  sigma: Sigma<RenderNode, RenderEdge>,
  graph: RenderGraph,
  getDoc: () => MapDocument,
  isOn: () => boolean,
): { redraw(): void; detach(): void } {
  const container = sigma.getContainer();
  let attached = true;
  const canvas = document.createElement("canvas");
  canvas.className = "hulls-layer";
  canvas.setAttribute("aria-hidden", "true");
  Object.assign(canvas.style, OVERLAY_STYLE);
  container.insertBefore(canvas, container.firstChild);

  const frameKey = frameKeyOf(sigma, graph);
  let drawn: { key: string; doc: MapDocument; on: boolean } | null = null;
  /** Each community's outline pieces in the last drawing, and what they were made from. */
  let pieceCache = new Map<string, CachedPieces>();

  /** Redraws unless the frame, the document and the switch are those of the last drawing. */
  const draw = () => {
    const key = frameKey.current();
    const doc = getDoc();
    const on = isOn();
    if (drawn && drawn.key === key && drawn.doc === doc && drawn.on === on) return;
    drawn = { key, doc, on };
    paint(drain(outlineSteps(doc, on)));
  };

  /**
   * The same drawing computed in slices of SLICE_MS (one community's outline after another),
   * painted once all are known; started again if the frame changes in between.
   */
  const drawSliced = (finish: () => void) => {
    const key = frameKey.current();
    const doc = getDoc();
    const on = isOn();
    if (drawn && drawn.key === key && drawn.doc === doc && drawn.on === on) return finish();
    const target = { key, doc, on };
    drawn = target;
    const steps = outlineSteps(doc, on);
    const slice = () => {
      if (!attached || drawn !== target) return finish();
      if (frameKey.current() !== key || getDoc() !== doc || isOn() !== on) {
        drawn = null;
        return drawSliced(finish);
      }
      const until = performance.now() + SLICE_MS;
      for (;;) {
        const step = steps.next();
        if (step.done) {
          paint(step.value);
          return finish();
        }
        if (performance.now() >= until) break;
      }
      nextTask(slice);
    };
    slice();
  };

  /** The outline pieces of the frame: one step per community. */
  function* outlineSteps(doc: MapDocument, on: boolean): Generator<void, Outline[], void> {
    const out: Outline[] = [];
    if (!on) return out;
    const { width: w, height: h } = { width: container.offsetWidth, height: container.offsetHeight };
    const colors = communityColors(doc);
    const members = new Map<string, Point[]>();
    let n = 0;
    for (const { node: id, attributes: a } of graph.nodeEntries()) {
      if (++n % MEMBER_STEP === 0) yield;
      if (a.hidden) continue;
      const p = getOwn(doc.people, id as keyof typeof doc.people);
      for (const c of p?.communityIds ?? []) {
        const v = sigma.graphToViewport({ x: a.x, y: a.y });
        const list = members.get(c);
        if (list) list.push([v.x, v.y]);
        else members.set(c, [[v.x, v.y]]);
      }
    }
    // As in the exports: members that sit apart get outlines of their own, and no outline
    // passes over the ego (src/scene/outlines.ts).
    const ego = graph.findNode((_, a) => a.isEgo && !a.hidden);
    const egoAt = ego ? sigma.graphToViewport(graph.getNodeAttributes(ego)) : null;
    const keepout: Keepout | null = egoAt ? { x: egoAt.x, y: egoAt.y, r: 24, boxes: [] } : null;
    let reach = egoAt ? 1 : Math.max(w, h);
    if (egoAt)
      for (const points of members.values())
        for (const [x, y] of points) reach = Math.max(reach, Math.hypot(x - egoAt.x, y - egoAt.y));
    const before = pieceCache;
    pieceCache = new Map();
    for (const [cid, points] of members) {
      yield;
      const community = getOwn(doc.communities, cid as keyof typeof doc.communities);
      if (!community) continue;
      // A community whose members sit where they sat in the last drawing (an edit elsewhere on
      // the map, the same camera) keeps its pieces: the same points give the same outline.
      const last = before.get(cid);
      const pieces =
        last && last.reach === reach && sameKeepout(last.keepout, keepout) && samePoints(last.points, points)
          ? last.pieces
          : communityPieces(points, { padding: PADDING, linkDistance: 0.5 * reach, keepout }).sort(
              (x, y) => y.members.length - x.members.length,
            );
      pieceCache.set(cid, { points, reach, keepout, pieces });
      const color = getOwn(colors, cid) ?? "#888888";
      pieces.forEach(({ hull }, i) =>
        out.push({ hull, color, planned: community.planned ?? false, name: i === 0 ? community.name : null }),
      );
    }
    return out;
  }

  const paint = (outlines: readonly Outline[]) => {
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
    ctx.font = '600 11px "Noto Sans CJK JP", "Noto Sans JP", system-ui, sans-serif';
    ctx.textAlign = "center";
    for (const o of outlines) drawHull(ctx, o.hull, o.color, o.planned, o.name);
  };

  // After a sliced patch the outlines follow sigma's frame in tasks of their own (heavyFrame.ts).
  const deferred = deferOnHeavy(graph);
  const afterRender = () => deferred(draw, (finish) => (attached ? drawSliced(finish) : finish()));
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
