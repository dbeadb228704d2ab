// When the clusters layout has settled (pure, unit-tested): ForceAtlas2 never stops by itself, so
// each iteration's mean displacement per person, relative to the size of the drawing, is watched;
// once its average over the last `window` iterations falls under `threshold` the layout has
// converged. A cap on iterations ends a layout that keeps swinging.

export interface ConvergenceOptions {
  /** Mean displacement per iteration, as a share of the drawing's radius. */
  readonly threshold: number;
  readonly window: number;
  readonly minIterations: number;
  readonly maxIterations: number;
}

export const DEFAULT_CONVERGENCE: ConvergenceOptions = {
  threshold: 0.0006,
  window: 15,
  minIterations: 40,
  maxIterations: 1500,
};

export type ConvergenceState = "running" | "converged" | "capped";

export interface ConvergenceTracker {
  /** Feeds the positions after one iteration; returns whether the layout is done. */
  step(positions: ReadonlyMap<string, { readonly x: number; readonly y: number }>): ConvergenceState;
  readonly iterations: number;
  /** The latest windowed mean displacement (share of the radius). */
  readonly movement: number;
}

/** Mean distance from the centroid: the drawing's size, robust to one far-off person. */
export function spread(positions: ReadonlyMap<string, { readonly x: number; readonly y: number }>): {
  cx: number;
  cy: number;
  radius: number;
} {
  let cx = 0;
  let cy = 0;
  for (const p of positions.values()) {
    cx += p.x;
    cy += p.y;
  }
  const n = Math.max(1, positions.size);
  cx /= n;
  cy /= n;
  let r = 0;
  for (const p of positions.values()) r += Math.hypot(p.x - cx, p.y - cy);
  return { cx, cy, radius: r / n };
}

export function trackConvergence(options: ConvergenceOptions = DEFAULT_CONVERGENCE): ConvergenceTracker {
  let previous: Map<string, { x: number; y: number }> | null = null;
  const recent: number[] = [];
  let iterations = 0;
  let movement = Infinity;
  return {
    get iterations() {
      return iterations;
    },
    get movement() {
      return movement;
    },
    step(positions) {
      iterations++;
      if (previous) {
        const { radius } = spread(positions);
        let sum = 0;
        let n = 0;
        for (const [id, p] of positions) {
          const q = previous.get(id);
          if (!q) continue;
          sum += Math.hypot(p.x - q.x, p.y - q.y);
          n++;
        }
        recent.push(n === 0 ? 0 : sum / n / Math.max(radius, 1e-9));
        if (recent.length > options.window) recent.shift();
        movement = recent.reduce((a, b) => a + b, 0) / recent.length;
      }
      previous = new Map([...positions].map(([id, p]) => [id, { x: p.x, y: p.y }]));
      if (iterations >= options.minIterations && recent.length >= options.window && movement < options.threshold)
        return "converged";
      return iterations >= options.maxIterations ? "capped" : "running";
    },
  };
}
