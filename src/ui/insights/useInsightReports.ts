// The analyses the insight views read. The real one comes from the store (`metrics.report`,
// filled by the metrics worker); until the store has one, the insights ask their own worker
// with the same engine and defaults. The what-if one (planned items included) is always asked
// for separately, only when the map has planned items.
import { useEffect } from "react";
import { useStore } from "zustand";
import { asReport, egoAnalysisOf } from "../../domain/insights/report";
import { hasPlanned } from "../../domain/insights/whatIf";
import type { AnalysisReport } from "../../domain/metrics/computeAll";
import type { EgoAnalysis } from "../../domain/metrics/egoAnalysis";
import { insightsView } from "../../render/encodingsState";
import { useMap } from "../hooks/storeContext";
import { requestReport } from "./reportClient";

const DEBOUNCE_MS = 150;

/** Keeps the fallback and what-if reports fresh; mount once. */
export function useInsightReportsRuntime(): void {
  const doc = useMap((s) => s.doc);
  const revision = useMap((s) => s.revision);
  // The metrics worker fills the store; ask our own worker only when nobody is computing.
  const storeCovers = useMap(
    (s) => asReport(s.metrics.report) !== null || s.metrics.status === "computing" || s.metrics.status === "ready",
  );
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      if (!storeCovers) {
        void requestReport(doc, false).then(
          (report) => {
            const prev = insightsView.getState().fallbackReport;
            if (!prev || prev.revision <= revision)
              insightsView.getState().set({ fallbackReport: { revision, report } });
          },
          () => undefined,
        );
      }
      if (hasPlanned(doc)) {
        void requestReport(doc, true).then(
          (report) => {
            if (!cancelled) insightsView.getState().set({ plannedReport: { revision, report } });
          },
          () => undefined,
        );
      } else {
        insightsView.getState().set({ plannedReport: null });
      }
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [doc, revision, storeCovers]);
}

/** The real report: the store's when present, else the insights' own. */
export function useRealReport(): AnalysisReport | null {
  const fromStore = useMap((s) => asReport(s.metrics.report));
  const fallback = useStore(insightsView, (s) => s.fallbackReport?.report ?? null);
  return fromStore ?? fallback;
}

export function useEgoAnalysis(): EgoAnalysis | null {
  const egoId = useMap((s) => s.doc.egoId);
  return egoAnalysisOf(useRealReport(), egoId);
}

/** The what-if analysis and whether it belongs to the current revision. */
export function usePlannedAnalysis(): { ego: EgoAnalysis | null; current: boolean } {
  const egoId = useMap((s) => s.doc.egoId);
  const revision = useMap((s) => s.revision);
  const planned = useStore(insightsView, (s) => s.plannedReport);
  return { ego: egoAnalysisOf(planned?.report ?? null, egoId), current: planned?.revision === revision };
}
