// The analyses the insight views read, both from the store: the real one (`metrics.report`) and
// the what-if one with planned items included (`whatIf`), each filled by its metrics worker.
import { useDeferredValue, useMemo } from "react";
import { mapInsightsOf, type MapInsights } from "../../domain/insights/mapInsights";
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

/**
 * The closed circles and suggestions of the analysis shown: the ones its worker computed with
 * it (an edit costs the main thread nothing here), else — a report stored without them —
 * computed from the document and `ego`, in a deferred render.
 */
export function useMapInsights(ego: EgoAnalysis): MapInsights {
  const shipped = useMap((s) => s.metrics.insights ?? null);
  const doc = useDeferredValue(useMap((s) => s.doc));
  return useMemo(() => shipped ?? mapInsightsOf(doc, ego), [shipped, doc, ego]);
}

/** The what-if analysis and whether it belongs to the current revision. */
export function usePlannedAnalysis(): { ego: EgoAnalysis | null; current: boolean } {
  const egoId = useMap((s) => s.doc.egoId);
  const revision = useMap((s) => s.revision);
  const planned = useMap((s) => s.whatIf);
  return { ego: egoAnalysisOf(planned?.report ?? null, egoId), current: planned?.revision === revision };
}
