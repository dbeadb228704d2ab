// Bridging coefficient and bridging centrality (metrics-spec §C5; Hwang et al. 2006):
// BC_v = (1/k_v) / Σ_{u∈N(v)} 1/k_u (isolated → null) and BrC_v = betweenness_v · BC_v.
import type { Csr } from "./csr";
import { degreeOf } from "./csr";

export function bridgingCoefficients(csr: Csr): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(csr.n).fill(null);
  for (let v = 0; v < csr.n; v++) {
    const k = degreeOf(csr, v);
    if (k === 0) continue;
    let sum = 0;
    for (let a = csr.offsets[v]!; a < csr.offsets[v + 1]!; a++) sum += 1 / degreeOf(csr, csr.neighbours[a]!);
    out[v] = 1 / k / sum;
  }
  return out;
}

export function bridgingCentrality(
  coefficients: readonly (number | null)[],
  betweenness: Float64Array,
): (number | null)[] {
  return coefficients.map((c, v) => (c === null ? null : betweenness[v]! * c));
}
