// Direct manipulation on the sigma canvas. Plain drag moves a person and saves the position on
// drop (setPositions). Shift+drag — or any drag while "connect" mode is on (the store's connect
// slice) — draws a rubber-band line from a person and, dropped on another person, records that
// the two know each other (setTie) and tells the connect slice (for the announcement).
// Keyboard users have the "knows …" picker in the person panel instead.
import type Sigma from "sigma";
import { getOwn, personId, setPositions, setTie } from "../domain/model";
import type { MapStore } from "../store/mapStore";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";
import { listen, OVERLAY_STYLE } from "./overlay";

const SVG_NS = "http://www.w3.org/2000/svg";

function rubberBand(container: HTMLElement): {
  show(x1: number, y1: number, x2: number, y2: number): void;
  hide(): void;
  remove(): void;
} {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "rubber-band");
  Object.assign(svg.style, OVERLAY_STYLE, { zIndex: "5" });
  const line = document.createElementNS(SVG_NS, "line");
  line.setAttribute("stroke", "#CC3311");
  line.setAttribute("stroke-width", "3");
  line.setAttribute("stroke-dasharray", "6 4");
  svg.appendChild(line);
  svg.style.display = "none";
  container.appendChild(svg);
  return {
    show(x1, y1, x2, y2) {
      line.setAttribute("x1", String(x1));
      line.setAttribute("y1", String(y1));
      line.setAttribute("x2", String(x2));
      line.setAttribute("y2", String(y2));
      svg.style.display = "block";
    },
    hide() {
      svg.style.display = "none";
    },
    remove() {
      svg.remove();
    },
  };
}

/** Attaches drag-to-move and drag-to-connect to the sigma instance; returns a detach function. */
export function attachDragToConnect(
  sigma: Sigma<RenderNode, RenderEdge>,
  graph: RenderGraph,
  store: MapStore,
): () => void {
  let dragged: string | null = null;
  let connecting = false;
  let moved = false;
  const band = rubberBand(sigma.getContainer());

  const onDown = ({ node, event }: { node: string; event: { original: MouseEvent | TouchEvent } }) => {
    dragged = node;
    moved = false;
    connecting = store.getState().connectMode || event.original.shiftKey;
  };
  const onMove = ({
    event,
  }: {
    event: { x: number; y: number; original: MouseEvent | TouchEvent; preventSigmaDefault(): void };
  }) => {
    if (!dragged || !graph.hasNode(dragged)) return;
    moved = true;
    if (connecting) {
      const from = sigma.graphToViewport(graph.getNodeAttributes(dragged));
      band.show(from.x, from.y, event.x, event.y);
    } else {
      const pos = sigma.viewportToGraph(event);
      graph.mergeNodeAttributes(dragged, { x: pos.x, y: pos.y });
    }
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  };
  const finish = (target: string | null) => {
    const source = dragged;
    dragged = null;
    band.hide();
    if (!source || !moved || !graph.hasNode(source)) return;
    lastDragEnd = Date.now();
    if (connecting) {
      if (target && target !== source) {
        const a = personId(source);
        const b = personId(target);
        store.getState().apply((d) => (getOwn(d.people, a) && getOwn(d.people, b) ? setTie(d, { a, b }) : d));
        store.getState().canvasConnected(a, b);
      }
    } else {
      const { x, y } = graph.getNodeAttributes(source);
      const id = personId(source);
      store.getState().apply((d) => (getOwn(d.people, id) ? setPositions(d, { [id]: { x, y } }) : d));
    }
  };
  const onUpNode = ({ node }: { node: string }) => finish(node);
  const onUpStage = () => finish(null);
  // Two quick drags read as a double click, whose default zooms the camera: keep the view still
  // right after a drag, and never zoom on a double click on a person.
  let lastDragEnd = 0;
  const keepCamera = ({ event }: { event: { preventSigmaDefault(): void } }) => {
    if (Date.now() - lastDragEnd < 800) event.preventSigmaDefault();
  };
  const noZoomOnNode = ({ event }: { event: { preventSigmaDefault(): void } }) => event.preventSigmaDefault();

  const stops = [
    listen(sigma, "downNode", onDown),
    listen(sigma, "moveBody", onMove),
    listen(sigma, "upNode", onUpNode),
    listen(sigma, "upStage", onUpStage),
    listen(sigma, "doubleClickStage", keepCamera),
    listen(sigma, "doubleClickNode", noZoomOnNode),
  ];
  return () => {
    for (const stop of stops) stop();
    band.remove();
  };
}
