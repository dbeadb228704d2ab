// Graph-level, per-edge-key forms of the structural tie measures (metrics-spec §T5, §L):
// embeddedness, neighbourhood overlap, Jaccard, local bridges and span, graphology style.
import type { AbstractGraph } from "graphology-types";
import { analyzeStructure } from "./analysis";
import { tieStructure } from "./tieStructure";
import { dict } from "../model";

export interface TieStructure {
  embeddedness: number;
  overlap: number;
  jaccard: number;
  is_local_bridge: boolean;
}

/** Embeddedness, overlap, Jaccard and the local-bridge flag per edge key (§T5, §L). */
export function computeTieStructure(graph: AbstractGraph): Record<string, TieStructure> {
  const analysis = analyzeStructure(graph, {}, "computeTieStructure");
  const { csr } = analysis;
  const emb = analysis.burt.arrays.embeddedness;
  const { overlap, jaccard } = tieStructure(csr, emb);
  const out: Record<string, TieStructure> = dict();
  for (let e = 0; e < csr.m; e++) {
    out[csr.edgeKeys[e]!] = {
      embeddedness: emb[e]!,
      overlap: overlap[e]!,
      jaccard: jaccard[e]!,
      is_local_bridge: emb[e] === 0,
    };
  }
  return out;
}

/** Span per edge key (§L): hops between the endpoints without the edge; null = ∞ (bridge). */
export function computeSpan(graph: AbstractGraph): Record<string, number | null> {
  const analysis = analyzeStructure(graph, {}, "computeSpan");
  const out: Record<string, number | null> = dict();
  analysis.span.forEach((s, e) => {
    out[analysis.csr.edgeKeys[e]!] = Number.isFinite(s) ? s : null;
  });
  return out;
}
