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

const louvainOptions = (weighted: boolean, seed: number, resolution: number): LouvainOptionsOf => ({
  rng: createRng(seed),
  getEdgeWeight: weighted ? DEFAULTS.weightAttribute : null,
  resolution,
});

function resultOf(csr: Csr, membership: Record<string, number>, weighted: boolean, resolution: number): LouvainResult {
  const { labels, count } = communityIndex(csr, membership, "computeLouvain");
  return { membership, n_communities: count, modularity: modularityOf(csr, labels, count, weighted, resolution) };
}

export function louvainOf(csr: Csr, weighted: boolean, seed: number, resolution: number): LouvainResult {
  if (csr.m === 0) {
    const membership: Record<string, number> = dict();
    csr.ids.forEach((id, i) => (membership[id] = i));
    return { membership, n_communities: csr.n, modularity: null };
  }
  return resultOf(csr, louvainMembership(csr.graph, louvainOptions(weighted, seed, resolution)), weighted, resolution);
}

/** What another thread needs to run louvainOf on a CSR's graph (structured-cloneable). */
export interface LouvainInput {
  readonly ids: readonly string[];
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeWeight: Float64Array;
  readonly weighted: boolean;
  readonly seed: number;
  readonly resolution: number;
}

export function louvainInput(csr: Csr, weighted: boolean, seed: number, resolution: number): LouvainInput {
  const { ids, edgeSource, edgeTarget, edgeWeight } = csr;
  return { ids, edgeSource, edgeTarget, edgeWeight, weighted, seed, resolution };
}

/**
 * The community of each node (by index) that louvainOf finds, on a graph rebuilt from the arrays
 * with the same nodes and edges in the same order — all the Louvain index reads
 * (graphology-indices builds it from forEachNode and forEachEdge) — so the partition is the same.
 */
export function louvainCommunities(input: LouvainInput): Int32Array {
  const { ids, edgeSource, edgeTarget, edgeWeight } = input;
  const graph = new UndirectedGraph();
  for (const id of ids) graph.addNode(id);
  for (let e = 0; e < edgeSource.length; e++) {
    graph.addEdge(ids[edgeSource[e]!]!, ids[edgeTarget[e]!]!, { [DEFAULTS.weightAttribute]: edgeWeight[e] });
  }
  const membership = louvainMembership(graph, louvainOptions(input.weighted, input.seed, input.resolution));
  return Int32Array.from(ids, (id) => membership[id]!);
}

/** louvainOf's result from louvainCommunities' answer (computed on another thread). */
export function louvainResultOf(
  csr: Csr,
  communities: Int32Array,
  weighted: boolean,
  resolution: number,
): LouvainResult {
  const membership: Record<string, number> = dict();
  csr.ids.forEach((id, i) => (membership[id] = communities[i]!));
  return resultOf(csr, membership, weighted, resolution);
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
