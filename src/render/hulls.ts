// Community outlines on screen: the padded hulls of the one drawing (src/scene/outlines.ts),
// drawn as a closed Catmull–Rom curve for a soft shape (d3-shape), their names above them.
import { polygonCentroid } from "d3-polygon";
import { curveCatmullRomClosed, line } from "d3-shape";

export { paddedHull, type Point } from "../scene/outlines";
import type { Point } from "../scene/outlines";

/** Where to put the community name: above the hull's top-most point. */
export function labelAnchor(hull: readonly Point[]): Point {
  let top = hull[0] as Point;
  for (const p of hull) if (p[1] < top[1]) top = p;
  const [cx] = polygonCentroid(hull as Point[]);
  return [(top[0] + cx) / 2, top[1] - 4];
}

/** Draws the hull as a soft closed curve into a canvas path (begins a new path). */
export function traceHull(ctx: CanvasRenderingContext2D, hull: readonly Point[]): void {
  ctx.beginPath();
  line<Point>().curve(curveCatmullRomClosed.alpha(0.5)).context(ctx)(hull as Point[]);
  ctx.closePath();
}
