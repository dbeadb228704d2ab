// Seeded Louvain community detection (metrics-spec §D4; Blondel et al. 2008) with a mulberry32
// rng, so a seed always yields the same partition: louvainKernel.ts, graphology-communities-
// louvain's algorithm on the CSR's arrays, partition for partition the library's (its test
// compares the two). The partition is randomised: check its modularity, never the partition itself.
import type { AbstractGraph } from "graphology-types";
import { buildCsr } from "./csr";
import type { Csr } from "./csr";
import { DEFAULTS } from "./defaults";
import { louvainKernel, type LouvainArrays } from "./louvainKernel";
import { wasmLouvain } from "./louvainWasm";
import { communityIndex, modularityOf } from "./modularity";
import type { LouvainResult } from "./types";
import { dict } from "../model";

export interface LouvainOptions {
  weighted?: boolean;
  seed?: number;
  resolution?: number;
}

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
  return louvainResultOf(csr, louvainCommunities(louvainInput(csr, weighted, seed, resolution)), weighted, resolution);
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

/** The community of each node (by index) that louvainOf finds, from the arrays alone. */
export function louvainCommunities(input: LouvainInput): Int32Array {
  const { ids, edgeSource, edgeTarget, edgeWeight, weighted, seed, resolution } = input;
  const arrays: LouvainArrays = {
    n: ids.length,
    edgeSource,
    edgeTarget,
    edgeWeight: weighted ? edgeWeight : null,
    seed,
    resolution,
  };
  // WebAssembly where it runs (see louvainWasm.ts), else the same partition in JavaScript.
  return wasmLouvain(arrays) ?? louvainKernel(arrays);
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
