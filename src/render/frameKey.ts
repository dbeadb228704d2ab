// Whether a frame shows the same thing as the last one: the camera, the canvas size and every
// change to the render graph (counted from its events). The outlines and label layers redo
// their work (seconds on a 30,000-person map) only when the key differs.
import type Sigma from "sigma";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";

const EVENTS = [
  "nodeAdded",
  "nodeDropped",
  "nodeAttributesUpdated",
  "eachNodeAttributesUpdated",
  "edgeAdded",
  "edgeDropped",
  "edgeAttributesUpdated",
  "eachEdgeAttributesUpdated",
  "edgesCleared",
  "cleared",
] as const;

export interface FrameKey {
  /** The key of the frame about to be (or just) drawn. */
  current(): string;
  detach(): void;
}

export function frameKeyOf(sigma: Sigma<RenderNode, RenderEdge>, graph: RenderGraph): FrameKey {
  let version = 0;
  const bump = () => {
    version++;
  };
  for (const e of EVENTS) graph.on(e, bump);
  return {
    current() {
      const c = sigma.getCamera().getState();
      const { width, height } = sigma.getDimensions();
      return `${version}|${c.x}|${c.y}|${c.ratio}|${c.angle}|${width}|${height}`;
    },
    detach() {
      for (const e of EVENTS) graph.removeListener(e, bump);
    },
  };
}
