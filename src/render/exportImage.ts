// What an image export takes from the screen, and nothing else: the part of the map in view
// (the "current view" area), in graph space.
// The picture itself is the scene (src/scene), never sigma's canvas, so hover and selection
// never reach an export.
import type { RendererHandle } from "./rendererHandle";

export interface GraphBox {
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

/** The graph-space box the camera shows now, or null when the map is not mounted. */
export function visibleGraphBox(handle: RendererHandle): GraphBox | null {
  const sigma = handle.renderer?.sigma;
  if (!sigma) return null;
  const { width, height } = sigma.getDimensions();
  const corners = [
    sigma.viewportToGraph({ x: 0, y: 0 }),
    sigma.viewportToGraph({ x: width, y: height }),
    sigma.viewportToGraph({ x: 0, y: height }),
    sigma.viewportToGraph({ x: width, y: 0 }),
  ];
  return {
    minX: Math.min(...corners.map((c) => c.x)),
    maxX: Math.max(...corners.map((c) => c.x)),
    minY: Math.min(...corners.map((c) => c.y)),
    maxY: Math.max(...corners.map((c) => c.y)),
  };
}
