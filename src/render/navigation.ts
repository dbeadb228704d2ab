// Getting around the map: zoom in / out, fit the whole map, centre on a person (animated), and
// the keyboard's own cursor — the person the arrow keys are on, drawn with a focus ring on a
// canvas over the map. The camera's state is mirrored on the container (data-camera-ratio,
// -x, -y) so that the end-to-end tests can read it.
import type Sigma from "sigma";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";
import { nearestInDirection } from "./labelPlacement";
import { OVERLAY_STYLE } from "./overlay";

export type MoveDirection = "left" | "right" | "up" | "down";

export interface MapNavigation {
  zoomIn(): void;
  zoomOut(): void;
  /** Back to the whole map. */
  fit(): void;
  /** Brings `id` to the middle of the view, zooming in if the map is shown whole. */
  centreOn(id: string): void;
  /** The next person in that direction from `from` (the ego when nothing has focus yet). */
  neighbourInDirection(from: string | null, direction: MoveDirection): string | null;
  /** Keeps `id` in view (pans when its dot is near or past the edge). */
  reveal(id: string): void;
}

const ZOOM_FACTOR = 1.6;
const DURATION = 300;
const FOCUS_COLOR = "#0b57d0";

export function attachNavigation(
  sigma: Sigma<RenderNode, RenderEdge>,
  graph: RenderGraph,
  keyboardFocus: () => string | null,
): MapNavigation & { detach(): void } {
  const camera = sigma.getCamera();
  const container = sigma.getContainer();
  const canvas = document.createElement("canvas");
  canvas.className = "focus-layer";
  canvas.setAttribute("aria-hidden", "true");
  Object.assign(canvas.style, OVERLAY_STYLE, { zIndex: "4" });
  container.appendChild(canvas);

  const mirror = () => {
    const s = camera.getState();
    container.dataset.cameraRatio = s.ratio.toFixed(4);
    container.dataset.cameraX = s.x.toFixed(4);
    container.dataset.cameraY = s.y.toFixed(4);
  };

  const drawFocus = () => {
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
    const id = keyboardFocus();
    const d = id !== null && graph.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    const r = sigma.scaleSize(d.size) + 5;
    // Two rings, dark on light, so the focus shows on any colour (WCAG 2.4.7 / 1.4.11).
    ctx.lineWidth = 5;
    ctx.strokeStyle = "#ffffff";
    ctx.beginPath();
    ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.lineWidth = 3;
    ctx.strokeStyle = FOCUS_COLOR;
    ctx.stroke();
  };

  const viewportOf = (id: string) => {
    const d = sigma.getNodeDisplayData(id);
    return d && !d.hidden ? sigma.framedGraphToViewport(d) : null;
  };

  // Quick presses add up: a zoom during the previous one's animation starts from where that one goes.
  let target: number | null = null;
  const zoomBy = (factor: number) => {
    const base = camera.isAnimated() && target !== null ? target : camera.getState().ratio;
    target = camera.getBoundedRatio(base * factor);
    void camera.animate({ ratio: target }, { duration: DURATION });
  };

  const nav: MapNavigation = {
    zoomIn: () => zoomBy(1 / ZOOM_FACTOR),
    zoomOut: () => zoomBy(ZOOM_FACTOR),
    fit: () => {
      target = 1;
      void camera.animatedReset({ duration: DURATION });
    },
    centreOn(id) {
      const d = graph.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
      if (!d) return;
      const ratio = Math.min(camera.getState().ratio, 0.6);
      target = ratio;
      void camera.animate({ x: d.x, y: d.y, ratio }, { duration: 500, easing: "quadraticInOut" });
    },
    neighbourInDirection(from, direction) {
      const ego = graph.findNode((_id, a) => a.isEgo && !a.hidden) ?? graph.findNode((_id, a) => !a.hidden) ?? null;
      const start = from !== null && graph.hasNode(from) ? from : null;
      if (start === null) return ego ?? null;
      const points = new Map<string, { x: number; y: number }>();
      graph.forEachNode((id, a) => {
        if (a.hidden) return;
        const p = viewportOf(id);
        if (p) points.set(id, p);
      });
      return nearestInDirection(points, start, direction);
    },
    reveal(id) {
      const p = graph.hasNode(id) ? viewportOf(id) : null;
      if (!p) return;
      const { width, height } = sigma.getDimensions();
      const margin = 40;
      if (p.x < margin || p.y < margin || p.x > width - margin || p.y > height - margin) nav.centreOn(id);
    },
  };

  const onCamera = () => mirror();
  camera.on("updated", onCamera);
  sigma.on("afterRender", drawFocus);
  mirror();
  drawFocus();
  return {
    ...nav,
    detach() {
      camera.off("updated", onCamera);
      sigma.off("afterRender", drawFocus);
      canvas.remove();
    },
  };
}
