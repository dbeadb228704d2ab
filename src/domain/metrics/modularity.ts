// Modularity of a given partition (metrics-spec §D4; Newman & Girvan 2004; Newman 2006):
// Q = Σ_c [ L_c/m − γ (d_c/2m)² ], unweighted or with edge weights (missing → 1), as NetworkX
// community.modularity. A graph without edges has no modularity (null).
import type { AbstractGraph } from "graphology-types";
import { buildCsr } from "./csr";
import type { Csr } from "./csr";
import { DEFAULTS } from "./defaults";
import { MetricsInputError } from "./errors";
import { getOwn } from "../model";

export interface ModularityOptions {
  weighted?: boolean;
  resolution?: number;
}

export type Membership = Readonly<Record<string, number | string>>;

/** Community index per node index (dense 0..count−1) and the number of communities. */
export function communityIndex(csr: Csr, membership: Membership, fn: string): { labels: Int32Array; count: number } {
  const labels = new Int32Array(csr.n);
  const dense = new Map<number | string, number>();
  for (let i = 0; i < csr.n; i++) {
    const c = getOwn(membership, csr.ids[i]!);
    if (c === undefined) throw new MetricsInputError(`${fn}: node "${csr.ids[i]!}" has no community`);
    let d = dense.get(c);
    if (d === undefined) {
      d = dense.size;
      dense.set(c, d);
    }
    labels[i] = d;
  }
  return { labels, count: dense.size };
}

export function modularityOf(
  csr: Csr,
  labels: Int32Array,
  count: number,
  weighted: boolean,
  resolution = 1,
): number | null {
  const inside = new Float64Array(count);
  const degree = new Float64Array(count);
  let total = 0;
  for (let e = 0; e < csr.m; e++) {
    const w = weighted ? csr.edgeWeight[e]! : 1;
    const cs = labels[csr.edgeSource[e]!]!;
    const ct = labels[csr.edgeTarget[e]!]!;
    total += w;
    degree[cs] = degree[cs]! + w;
    degree[ct] = degree[ct]! + w;
    if (cs === ct) inside[cs] = inside[cs]! + w;
  }
  if (total === 0) return null;
  const norm = 1 / (2 * total) ** 2;
  let q = 0;
  for (let c = 0; c < count; c++) q += inside[c]! / total - resolution * degree[c]! * degree[c]! * norm;
  return q;
}

/** Modularity of `membership` (node id → community) on `graph`; null without edges. */
export function computeModularity(
  graph: AbstractGraph,
  membership: Membership,
  options: ModularityOptions = {},
): number | null {
  const csr = buildCsr(graph, "computeModularity");
  const { labels, count } = communityIndex(csr, membership, "computeModularity");
  return modularityOf(
    csr,
    labels,
    count,
    options.weighted ?? DEFAULTS.weighted,
    options.resolution ?? DEFAULTS.resolution,
  );
}
