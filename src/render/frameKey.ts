// Whether a frame shows the same thing as the last one: the camera, the canvas size and every
// change to the render graph (graphVersion.ts). The outlines and label layers redo
// their work (seconds on a 30,000-person map) only when the key differs, and move what they drew
// when only the camera moved (still()).
import type Sigma from "sigma";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";
import { graphVersion } from "./graphVersion";

export interface FrameKey {
  /** The key of the frame about to be (or just) drawn. */
  current(): string;
  /**
   * The same but for the camera's position and zoom: two frames with one `still()` show the same
   * map moved and scaled (a drag, a zoom), as `project` tells.
   */
  still(): string;
  /** The camera's zoom ratio. */
  ratio(): number;
  /** Where a point of the graph is on screen in this frame. */
  project(x: number, y: number): { x: number; y: number };
}

export function frameKeyOf(sigma: Sigma<RenderNode, RenderEdge>, graph: RenderGraph): FrameKey {
  const still = () => {
    const c = sigma.getCamera().getState();
    const { width, height } = sigma.getDimensions();
    return `${graphVersion(graph)}|${c.angle}|${width}|${height}`;
  };
  return {
    current() {
      const c = sigma.getCamera().getState();
      return `${still()}|${c.x}|${c.y}|${c.ratio}`;
    },
    still,
    ratio: () => sigma.getCamera().getState().ratio,
    project: (x, y) => sigma.graphToViewport({ x, y }),
  };
}
