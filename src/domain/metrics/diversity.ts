// Diversity indices over a distribution of (possibly fractional) category weights
// (metrics-spec §D2–D3): Blau/Gini–Simpson (Blau 1977; Simpson 1949), IQV (Agresti &
// Agresti 1978), Shannon entropy (Shannon 1948), Pielou evenness (Pielou 1966), and the
// E–I index (Krackhardt & Stern 1988). Undefined values are null.

function proportions(weights: readonly number[]): number[] | null {
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) return null;
  return weights.filter((w) => w > 0).map((w) => w / total);
}

/** B = 1 − Σ p²; null when there is nothing to count. */
export function blau(weights: readonly number[]): number | null {
  const p = proportions(weights);
  if (p === null) return null;
  return 1 - p.reduce((s, x) => s + x * x, 0);
}

/** IQV = K/(K−1) · B with K the number of possible categories; null if K ≤ 1 or n = 0. */
export function iqv(weights: readonly number[], possibleCategories: number | null): number | null {
  if (possibleCategories === null || possibleCategories <= 1) return null;
  const b = blau(weights);
  return b === null ? null : (possibleCategories / (possibleCategories - 1)) * b;
}

/** H = −Σ p ln p. */
export function entropy(weights: readonly number[]): number | null {
  const p = proportions(weights);
  if (p === null) return null;
  return -p.reduce((s, x) => s + x * Math.log(x), 0);
}

/** J = H / ln K over the observed categories; null if K ≤ 1. */
export function evenness(weights: readonly number[]): number | null {
  const k = weights.filter((w) => w > 0).length;
  const h = entropy(weights);
  if (h === null || k <= 1) return null;
  return h / Math.log(k);
}

/** (E − I) / (E + I); null when there is no tie to count. */
export function eiIndex(external: number, internal: number): number | null {
  const total = external + internal;
  return total === 0 ? null : (external - internal) / total;
}
