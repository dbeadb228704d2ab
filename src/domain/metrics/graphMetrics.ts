// Whole-graph structural metrics with the fixture field names (shared/fixtures/README.md,
// graph_metrics): size, density, components, bridges, local bridges, transitivity, total
// weight, the modularity of given partitions (§D4) and a seeded Louvain partition.
import type { AbstractGraph } from "graphology-types";
import { analyzeStructure } from "./analysis";
import type { AnalysisOptions } from "./analysis";
import { DEFAULTS } from "./defaults";
import { louvainOf } from "./louvain";
import { communityIndex, modularityOf } from "./modularity";
import type { Membership } from "./modularity";
import type { GraphMetrics, PartitionMetrics } from "./types";
import { dict } from "../model";

export interface GraphMetricsOptions extends AnalysisOptions {
  /** Named partitions (node id → community) whose modularity is reported. */
  partitions?: Readonly<Record<string, Membership>>;
  louvainSeed?: number;
  /**
   * The Louvain partitions, computed elsewhere (on another thread: louvainCommunities) with the
   * same seed and resolution; `weighted` is used only on a weighted graph.
   */
  louvain?: GraphMetrics["louvain"];
}

export function computeGraphMetrics(graph: AbstractGraph, options: GraphMetricsOptions = {}): GraphMetrics {
  const analysis = analyzeStructure(graph, options, "computeGraphMetrics");
  const { csr, weighted } = analysis;
  const { n, m } = csr;
  const emb = analysis.burt.arrays.embeddedness;
  const triangles = analysis.burt.arrays.triangles;
  let nBridges = 0;
  let nLocal = 0;
  for (let e = 0; e < m; e++) {
    if (analysis.bridges[e] === 1) nBridges++;
    if (emb[e] === 0) nLocal++;
  }
  let closed = 0;
  let triples = 0;
  for (let v = 0; v < n; v++) {
    const k = csr.offsets[v + 1]! - csr.offsets[v]!;
    closed += 2 * triangles[v]!;
    triples += k * (k - 1);
  }
  const partitions: Record<string, PartitionMetrics> = dict();
  for (const [name, membership] of Object.entries(options.partitions ?? {})) {
    const { labels, count } = communityIndex(csr, membership, "computeGraphMetrics");
    const p: PartitionMetrics = { n_communities: count, modularity: modularityOf(csr, labels, count, false) };
    if (weighted) p.modularity_weighted = modularityOf(csr, labels, count, true);
    partitions[name] = p;
  }
  const seed = options.louvainSeed ?? DEFAULTS.louvainSeed;
  const result: GraphMetrics = {
    n_nodes: n,
    n_edges: m,
    density: n <= 1 ? 0 : (m / (n * (n - 1))) * 2,
    n_components: analysis.components.count,
    n_bridges: nBridges,
    n_local_bridges: nLocal,
    transitivity: closed === 0 ? 0 : closed / triples,
    partitions,
    louvain: { unweighted: options.louvain?.unweighted ?? louvainOf(csr, false, seed, DEFAULTS.resolution) },
  };
  if (weighted) {
    let total = 0;
    for (let e = 0; e < m; e++) total += csr.edgeWeight[e]!;
    result.total_weight = total;
    result.louvain.weighted = options.louvain?.weighted ?? louvainOf(csr, true, seed, DEFAULTS.resolution);
  }
  return result;
}
