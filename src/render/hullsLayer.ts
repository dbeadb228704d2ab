// Community outlines drawn UNDER the graph: a 2D canvas inserted below sigma's canvases, redrawn
// after every sigma render (camera moves, animations) and once right after attaching, since
// sigma has already drawn once inside its constructor. The pieces come from the frame's outline
// source (outlineSource.ts), which the labels layer reads too.
import type Sigma from "sigma";
import type { MapDocument } from "../domain/model";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";
import { withAlpha } from "./encodings";
import { traceHull, type Point } from "./hulls";
import { OVERLAY_STYLE } from "./overlay";
import { COMMUNITY_FONT } from "./communityNames";
import { outlineSourceOf, type Outline } from "./outlineSource";
import { frameKeyOf } from "./frameKey";
import { deferOnHeavy } from "./heavyFrame";
import { drain } from "./buildRenderGraph";
import { nextTask, SLICE_MS } from "./renderSync";

/** One outline piece. */
function drawHull(ctx: CanvasRenderingContext2D, hull: Point[], color: string, planned: boolean) {
  traceHull(ctx, hull);
  ctx.fillStyle = withAlpha(color, 0.1);
  ctx.fill();
  ctx.setLineDash(planned ? [6, 4] : []);
  ctx.strokeStyle = withAlpha(color, 0.55);
  ctx.lineWidth = 1.2;
  ctx.stroke();
  ctx.setLineDash([]);
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
  // The names go over the people's discs, where no disc of a neighbouring ring hides them (person
  // labels keep off them: labelsLayer.ts).
  const namesCanvas = document.createElement("canvas");
  namesCanvas.className = "community-names-layer";
  namesCanvas.setAttribute("aria-hidden", "true");
  Object.assign(namesCanvas.style, OVERLAY_STYLE);
  container.appendChild(namesCanvas);

  const frameKey = frameKeyOf(sigma, graph);
  const source = outlineSourceOf(sigma, graph);
  let drawn: { key: string; doc: MapDocument; on: boolean } | null = null;
  /** The outlines on the canvases (the source gives the same array while they stay the same). */
  let painted: readonly Outline[] | null = null;

  /** Redraws unless the frame's outlines are those drawn (the source memoises them). */
  const draw = () => {
    drawn = { key: frameKey.current(), doc: getDoc(), on: isOn() };
    paint(drain(source.steps(drawn.doc, drawn.on)));
  };

  /**
   * The same drawing computed in slices of SLICE_MS (one community's outline after another),
   * painted once all are known; started again if the frame changes in between.
   */
  const drawSliced = (finish: () => void) => {
    const key = frameKey.current();
    const doc = getDoc();
    const on = isOn();
    const target = { key, doc, on };
    drawn = target;
    const steps = source.steps(doc, on);
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

  /** A canvas sized to the map, cleared, in CSS pixels; null without a 2D context. */
  const cleared = (target: HTMLCanvasElement, w: number, h: number) => {
    const ratio = window.devicePixelRatio || 1;
    if (target.width !== Math.round(w * ratio) || target.height !== Math.round(h * ratio)) {
      target.width = Math.round(w * ratio);
      target.height = Math.round(h * ratio);
    }
    const ctx = target.getContext("2d");
    if (!ctx) return null;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    return ctx;
  };

  const paint = (outlines: readonly Outline[]) => {
    // A resize or a new frame gives new outlines (and clears the canvases when it resizes them).
    if (outlines === painted) return;
    painted = outlines;
    const w = container.offsetWidth;
    const h = container.offsetHeight;
    const ctx = cleared(canvas, w, h);
    const names = cleared(namesCanvas, w, h);
    if (!ctx || !names) return;
    for (const o of outlines) drawHull(ctx, o.hull, o.color, o.planned);
    names.font = COMMUNITY_FONT;
    names.textAlign = "center";
    names.lineJoin = "round";
    names.lineWidth = 3;
    names.strokeStyle = "rgba(255,255,255,0.9)";
    names.fillStyle = "#3a3a3a";
    // On a white halo, where the outline source placed it (clear of the other names).
    for (const { name, label } of outlines) {
      if (name === null || !label) continue;
      names.strokeText(name, label.x, label.y);
      names.fillText(name, label.x, label.y);
    }
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
      namesCanvas.remove();
    },
  };
}
