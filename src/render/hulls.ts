// Community outlines (pure geometry): a convex hull around a community's members, padded so
// that the outline clears the dots (each point contributes a small ring of samples), then drawn
// as a closed Catmull–Rom curve for a soft shape (d3-polygon polygonHull, d3-shape).
import { polygonCentroid, polygonHull } from "d3-polygon";
import { curveCatmullRomClosed, line } from "d3-shape";

export type Point = [number, number];
const SAMPLES = 12;

/** Padded convex hull of the points (null without points). One point → a circle of radius `padding`. */
export function paddedHull(points: readonly Point[], padding: number): Point[] | null {
  if (points.length === 0) return null;
  const ring: Point[] = [];
  for (const [x, y] of points) {
    for (let k = 0; k < SAMPLES; k++) {
      const a = (2 * Math.PI * k) / SAMPLES;
      ring.push([x + padding * Math.cos(a), y + padding * Math.sin(a)]);
    }
  }
  return polygonHull(ring);
}

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
