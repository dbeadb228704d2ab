// Seeded Louvain community detection (metrics-spec §D4; Blondel et al. 2008) through
// graphology-communities-louvain with a mulberry32 rng, so a seed always yields the same
// partition. The partition is randomised: check its modularity, never the partition itself.
import louvain from "graphology-communities-louvain";
import type { AbstractGraph } from "graphology-types";
import { buildCsr } from "./csr";
import type { Csr } from "./csr";
import { DEFAULTS } from "./defaults";
import { communityIndex, modularityOf } from "./modularity";
import { createRng } from "./rng";
import type { LouvainResult } from "./types";

export interface LouvainOptions {
  weighted?: boolean;
  seed?: number;
  resolution?: number;
}

export function louvainOf(csr: Csr, weighted: boolean, seed: number, resolution: number): LouvainResult {
  if (csr.m === 0) {
    const membership: Record<string, number> = {};
    csr.ids.forEach((id, i) => (membership[id] = i));
    return { membership, n_communities: csr.n, modularity: null };
  }
  const membership = louvain(csr.graph, {
    rng: createRng(seed),
    getEdgeWeight: weighted ? DEFAULTS.weightAttribute : null,
    resolution,
  });
  const { labels, count } = communityIndex(csr, membership, "computeLouvain");
  return { membership, n_communities: count, modularity: modularityOf(csr, labels, count, weighted, resolution) };
}

/** Louvain partition with its modularity (recomputed exactly) and community count. */
export function computeLouvain(graph: AbstractGraph, options: LouvainOptions = {}): LouvainResult {
  const csr = buildCsr(graph, "computeLouvain");
  return louvainOf(
    csr,
    options.weighted ?? DEFAULTS.weighted,
    options.seed ?? DEFAULTS.louvainSeed,
    options.resolution ?? DEFAULTS.resolution,
  );
}
