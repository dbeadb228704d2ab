// How sure each moment's bridging score is, by the insights panel's own rule (insights/confidence,
// metrics-spec addition K1): the share of pairs of contacts whose tie is on record. A snapshot
// keeps only its scores, so the share is counted again from each side's document, the same way
// the analysis counts it (the ego network's ties plus the census "no" answers).
import { documentToGraph } from "../graph/toGraph";
import { confidenceOfShare, type Confidence } from "../insights/confidence";
import { buildEgoNetwork } from "../metrics/egoNetwork";
import { pairKnowledgeOf, tieKnowledgeOf } from "../metrics/tieKnowledge";
import type { MapDocument } from "../model";

/** Share of pairs of the ego's contacts whose tie is known; null with fewer than two contacts. */
export function tieCompleteness(doc: MapDocument): number | null {
  const { graph, egoId } = documentToGraph(doc);
  if (!graph.hasNode(egoId)) return null;
  return pairKnowledgeOf(buildEgoNetwork(graph, egoId), tieKnowledgeOf(doc)).completeness;
}

export function sideConfidence(doc: MapDocument): Confidence {
  return confidenceOfShare(tieCompleteness(doc));
}

/**
 * The caveat a bridging sentence carries: "noData" when either moment has almost nothing on
 * record (the panel shows no number then), "upperBound" when either has little (the panel's
 * "at most"), none otherwise.
 */
export function bridgingCaveat(older: Confidence, newer: Confidence): "noData" | "upperBound" | undefined {
  if (older === "none" || newer === "none") return "noData";
  if (older === "low" || newer === "low") return "upperBound";
  return undefined;
}
