// Seeded Louvain community detection (metrics-spec §D4; Blondel et al. 2008) through
// graphology-communities-louvain with a mulberry32 rng, so a seed always yields the same
// partition. The partition is randomised: check its modularity, never the partition itself.
import louvain from "graphology-communities-louvain";
import type { AbstractGraph } from "graphology-types";
import { UndirectedGraph } from "../graph/graphology";
import { buildCsr } from "./csr";
import type { Csr } from "./csr";
import { DEFAULTS } from "./defaults";
import { communityIndex, modularityOf } from "./modularity";
import { createRng } from "./rng";
import type { LouvainResult } from "./types";
import { dict, isPrototypeKey } from "../model";

export interface LouvainOptions {
  weighted?: boolean;
  seed?: number;
  resolution?: number;
}

type LouvainOptionsOf = NonNullable<Parameters<typeof louvain>[1]>;

/**
 * graphology-communities-louvain indexes nodes in plain objects, where a node "__proto__" (or
 * another Object.prototype word) is lost or misread; such a graph runs under stand-in keys, in
 * the same node and edge order, and the membership is mapped back to the real ids.
 */
function louvainMembership(graph: AbstractGraph, options: LouvainOptionsOf): Record<string, number> {
  if (!graph.someNode((key) => isPrototypeKey(key))) return louvain(graph, options);
  const standIn = new Map<string, string>();
  const real = new Map<string, string>();
  let n = 0;
  graph.forEachNode((key) => {
    let stand = key;
    if (isPrototypeKey(key))
      do stand = `\u0000node${n++}`;
      while (graph.hasNode(stand));
    standIn.set(key, stand);
    real.set(stand, key);
  });
  const copy = new UndirectedGraph();
  graph.forEachNode((key, attrs) => copy.addNode(standIn.get(key) as string, attrs));
  graph.forEachEdge((_e, attrs, s, t) => copy.addEdge(standIn.get(s) as string, standIn.get(t) as string, attrs));
  const membership = dict<string, number>();
  for (const [stand, c] of Object.entries(louvain(copy, options))) membership[real.get(stand) as string] = c;
  return membership;
}

export function louvainOf(csr: Csr, weighted: boolean, seed: number, resolution: number): LouvainResult {
  if (csr.m === 0) {
    const membership: Record<string, number> = dict();
    csr.ids.forEach((id, i) => (membership[id] = i));
    return { membership, n_communities: csr.n, modularity: null };
  }
  const membership = louvainMembership(csr.graph, {
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
