// The analysis the insights read: the same engine and defaults as `npm run analyze`
// (computeAll on documentToGraph), optionally with the planned (what-if) items included.
import { documentToGraph } from "../graph/toGraph";
import { computeAll, type AnalysisReport, type EgoReport } from "../metrics/computeAll";
import type { EgoAnalysis } from "../metrics/egoAnalysis";
import { tieKnowledgeOf } from "../metrics/tieKnowledge";
import type { MapDocument } from "../model";
import { getOwn } from "../model";

export function computeReport(doc: MapDocument, includePlanned = false): AnalysisReport {
  const { graph, egoId } = documentToGraph(doc, { includePlanned });
  return computeAll(graph, { egoId, tieKnowledge: tieKnowledgeOf(doc) });
}

/** Narrows an unknown store value to a report (the store is generic over its report type). */
export function asReport(x: unknown): AnalysisReport | null {
  if (x === null || typeof x !== "object") return null;
  const r = x as Partial<AnalysisReport>;
  return r.graph_metrics !== undefined && r.node_metrics !== undefined ? (x as AnalysisReport) : null;
}

export function egoAnalysisOf(report: EgoReport | null, egoId: string): EgoAnalysis | null {
  return (report?.ego_analysis && getOwn(report.ego_analysis, egoId)) ?? null;
}

/** Alters ranked by information potential, highest first; ties by id (§N3). */
export function rankedAlters(ego: EgoAnalysis): string[] {
  return Object.entries(ego.per_alter)
    .sort(([a, x], [b, y]) => y.information_potential - x.information_potential || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
}
