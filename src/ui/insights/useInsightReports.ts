// The analyses the insight views read, both from the store: the real one (`metrics.report`) and
// the what-if one with planned items included (`whatIf`), each filled by its metrics worker.
import { asReport, egoAnalysisOf } from "../../domain/insights/report";
import type { AnalysisReport } from "../../domain/metrics/computeAll";
import type { EgoAnalysis } from "../../domain/metrics/egoAnalysis";
import { useMap } from "../hooks/storeContext";

export function useRealReport(): AnalysisReport | null {
  return useMap((s) => asReport(s.metrics.report));
}

export function useEgoAnalysis(): EgoAnalysis | null {
  const egoId = useMap((s) => s.doc.egoId);
  return egoAnalysisOf(useRealReport(), egoId);
}

/** The what-if analysis and whether it belongs to the current revision. */
export function usePlannedAnalysis(): { ego: EgoAnalysis | null; current: boolean } {
  const egoId = useMap((s) => s.doc.egoId);
  const revision = useMap((s) => s.revision);
  const planned = useMap((s) => s.whatIf);
  return { ego: egoAnalysisOf(planned?.report ?? null, egoId), current: planned?.revision === revision };
}
