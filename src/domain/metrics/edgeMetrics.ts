// Per-edge structural metrics with the fixture field names (shared/fixtures/README.md,
// edge_metrics): bridges, local bridges, span, embeddedness, overlap, Jaccard, edge betweenness,
// local constraint both ways (and weighted), tie strength and band for edges with `dimensions`.
import type { AbstractGraph } from "graphology-types";
import { edgeStrength, tieBand } from "../model/strength";
import { analyzeStructure } from "./analysis";
import type { AnalysisOptions } from "./analysis";
import { tieStructure } from "./tieStructure";
import type { EdgeMetrics } from "./types";

export function computeEdgeMetrics(graph: AbstractGraph, options: AnalysisOptions = {}): EdgeMetrics[] {
  const analysis = analyzeStructure(graph, options, "computeEdgeMetrics");
  const { csr, weighted } = analysis;
  const emb = analysis.burt.arrays.embeddedness;
  const local = analysis.burt.arrays.localConstraint;
  const localW = weighted ? analysis.burtWeighted.arrays.localConstraint : null;
  const { overlap, jaccard } = tieStructure(csr, emb);
  const isBridge = analysis.bridges;
  const span = analysis.span;
  const edgeBetweenness = analysis.paths.edgeBetweenness;
  const { fromSource, fromTarget } = analysis.edgeArcs;
  const out: EdgeMetrics[] = new Array<EdgeMetrics>(csr.m);
  for (let e = 0; e < csr.m; e++) {
    const st = fromSource[e]!;
    const ts = fromTarget[e]!;
    const s = span[e]!;
    const metrics: EdgeMetrics = {
      source: csr.ids[csr.edgeSource[e]!]!,
      target: csr.ids[csr.edgeTarget[e]!]!,
      is_bridge: isBridge[e] === 1,
      is_local_bridge: emb[e] === 0,
      span: Number.isFinite(s) ? s : null,
      embeddedness: emb[e]!,
      overlap: overlap[e]!,
      jaccard: jaccard[e]!,
      edge_betweenness: edgeBetweenness[e]!,
      local_constraint_st: local[st]!,
      local_constraint_ts: local[ts]!,
    };
    if (localW !== null) {
      metrics.local_constraint_st_weighted = localW[st]!;
      metrics.local_constraint_ts_weighted = localW[ts]!;
    }
    const attrs = csr.graph.getEdgeAttributes(csr.edgeKeys[e]!);
    const dimensions: unknown = attrs.dimensions;
    if (typeof dimensions === "object" && dimensions !== null) {
      const strength = edgeStrength(attrs);
      metrics.tie_strength = strength;
      metrics.tie_band = tieBand(strength);
    }
    out[e] = metrics;
  }
  return out;
}
