// Whether a frame shows the same thing as the last one: the camera, the canvas size and every
// change to the render graph (graphVersion.ts). The outlines and label layers redo
// their work (seconds on a 30,000-person map) only when the key differs.
import type Sigma from "sigma";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";
import { graphVersion } from "./graphVersion";

export interface FrameKey {
  /** The key of the frame about to be (or just) drawn. */
  current(): string;
  /** The same but for the camera's position: two frames with one shape differ by a pan. */
  shape(): string;
  /** Where the graph's origin is on screen: how far a pan between two frames moved the map. */
  origin(): { x: number; y: number };
}

export function frameKeyOf(sigma: Sigma<RenderNode, RenderEdge>, graph: RenderGraph): FrameKey {
  return {
    current() {
      const c = sigma.getCamera().getState();
      const { width, height } = sigma.getDimensions();
      return `${graphVersion(graph)}|${c.x}|${c.y}|${c.ratio}|${c.angle}|${width}|${height}`;
    },
    shape() {
      const c = sigma.getCamera().getState();
      const { width, height } = sigma.getDimensions();
      return `${graphVersion(graph)}|${c.ratio}|${c.angle}|${width}|${height}`;
    },
    origin: () => sigma.graphToViewport({ x: 0, y: 0 }),
  };
}
