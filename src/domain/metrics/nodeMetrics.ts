// Per-node structural metrics with the fixture field names (shared/fixtures/README.md,
// node_metrics): degree, strength, betweenness, closeness, clustering, Burt's measures (whole
// and ego network, unweighted and weighted), ego betweenness, bridging coefficient/centrality.
import type { AbstractGraph } from "graphology-types";
import { analyzeStructure } from "./analysis";
import type { AnalysisOptions } from "./analysis";
import { bridgingCentrality, bridgingCoefficients } from "./bridging";
import type { NodeMetrics } from "./types";
import { dict } from "../model";

export function computeNodeMetrics(graph: AbstractGraph, options: AnalysisOptions = {}): Record<string, NodeMetrics> {
  const analysis = analyzeStructure(graph, options, "computeNodeMetrics");
  const { csr, weighted } = analysis;
  const burt = analysis.burt;
  const burtW = weighted ? analysis.burtWeighted : null;
  const { betweenness, closeness } = analysis.paths;
  const egoB = analysis.egoBetweenness;
  const coefficient = bridgingCoefficients(csr);
  const centrality = bridgingCentrality(coefficient, betweenness);
  const out: Record<string, NodeMetrics> = dict();
  for (let v = 0; v < csr.n; v++) {
    const start = csr.offsets[v]!;
    const end = csr.offsets[v + 1]!;
    const k = end - start;
    const pairs = (k * (k - 1)) / 2;
    const metrics: NodeMetrics = {
      degree: k,
      betweenness: betweenness[v]!,
      closeness: closeness[v]!,
      clustering: k < 2 ? 0 : burt.arrays.triangles[v]! / pairs,
      effective_size: burt.effectiveSize[v]!,
      efficiency: burt.efficiency[v]!,
      constraint: burt.constraint[v]!,
      hierarchy: burt.hierarchy[v]!,
      constraint_ego: burt.constraintEgo[v]!,
      ego_betweenness: egoB[v]!,
      ego_betweenness_normalized: k < 2 ? null : egoB[v]! / pairs,
      bridging_coefficient: coefficient[v]!,
      bridging_centrality: centrality[v]!,
    };
    if (burtW !== null) {
      let strength = 0;
      for (let a = start; a < end; a++) strength += csr.arcWeight[a]!;
      metrics.strength = strength;
      metrics.effective_size_weighted = burtW.effectiveSize[v]!;
      metrics.efficiency_weighted = burtW.efficiency[v]!;
      metrics.constraint_weighted = burtW.constraint[v]!;
      metrics.hierarchy_weighted = burtW.hierarchy[v]!;
      metrics.effective_size_weighted_ego = burtW.effectiveSizeEgo[v]!;
      metrics.constraint_weighted_ego = burtW.constraintEgo[v]!;
    }
    out[csr.ids[v]!] = metrics;
  }
  return out;
}
