// Default options of the structural metrics engine, in one place (graphology style).

export const DEFAULTS = {
  /** Use the `weight` edge attribute (missing → 1, §P5) where a metric has a weighted form. */
  weighted: false,
  /** Edge attribute holding the weight. */
  weightAttribute: "weight",
  /** Seed of the PRNG handed to Louvain (§D4). */
  louvainSeed: 42,
  /** Louvain resolution γ (§D4). */
  resolution: 1,
} as const;
