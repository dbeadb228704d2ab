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
  // `in`, not a read: node_metrics may be built only when first read (workers/lazyTables.ts).
  return r.graph_metrics !== undefined && "node_metrics" in r ? (x as AnalysisReport) : null;
}

export function egoAnalysisOf(report: EgoReport | null, egoId: string): EgoAnalysis | null {
  return (report?.ego_analysis && getOwn(report.ego_analysis, egoId)) ?? null;
}

type PerAlter = EgoAnalysis["per_alter"][string];

const byPotential = ([a, x]: readonly [string, PerAlter], [b, y]: readonly [string, PerAlter]): number =>
  y.information_potential - x.information_potential || (a < b ? -1 : a > b ? 1 : 0);

/** Alters ranked by information potential, highest first; ties by id (§N3). */
export function rankedAlters(ego: EgoAnalysis): string[] {
  return Object.entries(ego.per_alter)
    .sort(byPotential)
    .map(([id]) => id);
}

/**
 * The first `k` of rankedAlters, and how many alters there are: one pass keeping the best k
 * (the panel shows 3 to 8, the report 5), not a sort of them all (~60 ms on a 30,000-person map,
 * at every analysis). The same ids in the same order: ids are unique, so the rank is a total
 * order; a NaN potential (which the comparator cannot order) falls back to the sort.
 */
export function topAlters(ego: EgoAnalysis, k: number): { readonly top: string[]; readonly total: number } {
  const ids = Object.keys(ego.per_alter);
  const best: [string, PerAlter][] = [];
  if (k <= 0) return { top: [], total: ids.length };
  for (const id of ids) {
    const entry: [string, PerAlter] = [id, getOwn(ego.per_alter, id) as PerAlter];
    if (Number.isNaN(entry[1].information_potential)) return { top: rankedAlters(ego).slice(0, k), total: ids.length };
    if (best.length === k && byPotential(entry, best[k - 1] as [string, PerAlter]) >= 0) continue;
    let at = best.length < k ? best.length : k - 1;
    best[at] = entry;
    for (; at > 0 && byPotential(best[at] as [string, PerAlter], best[at - 1] as [string, PerAlter]) < 0; at--) {
      [best[at], best[at - 1]] = [best[at - 1] as [string, PerAlter], best[at] as [string, PerAlter]];
    }
  }
  return { top: best.map(([id]) => id), total: ids.length };
}
