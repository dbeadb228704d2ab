// Metrics slice: the latest analysis of the open document and the what-if analysis.
// Writer: only these actions, called only by the metrics wiring (src/app/metricsWiring.ts), so
// `metrics.status` has one writer: computing when a revision is sent, ready when its report is
// stored, error when its computation failed.
import type { MapInsights } from "../domain/insights/mapInsights";
import type { SliceSet } from "./slice";

/** Where the analysis of the open document stands, as the UI shows it. */
export type MetricsStatus = "idle" | "computing" | "ready" | "error";

export interface MetricsState<R> {
  readonly status: MetricsStatus;
  /** Revision of the document the report was computed for. */
  readonly revision: number;
  readonly report: R | null;
  /** The report's closed circles and suggestions, when its worker made them (else the panel does). */
  readonly insights?: MapInsights | null;
  readonly error: string | null;
}

export interface MetricsSlice<R, W> {
  readonly metrics: MetricsState<R>;
  /** Ego analysis with the planned (what-if) items included; null when nothing is planned. */
  readonly whatIf: { readonly revision: number; readonly report: W } | null;
  /** A revision was sent to the worker: computing (the report shown so far stays). */
  markMetricsComputing(): void;
  /** Stores a report unless it belongs to an older revision than the current document. */
  setMetrics(revision: number, report: R, insights?: MapInsights | null): void;
  /** The computation of a revision failed (ignored when a newer report is already stored). */
  setMetricsError(revision: number, message: string): void;
  /** Stores the what-if analysis of a revision (null: nothing planned); older ones are dropped. */
  setWhatIf(revision: number, report: W | null): void;
}

export function createMetricsSlice<R, W>(
  set: SliceSet<MetricsSlice<R, W>>,
  get: () => MetricsSlice<R, W> & { readonly revision: number },
): MetricsSlice<R, W> {
  return {
    metrics: { status: "idle", revision: 0, report: null, insights: null, error: null },
    whatIf: null,
    markMetricsComputing() {
      const { metrics } = get();
      // Already so (every edit of a large map while its analysis runs): no change for the subscribers.
      if (metrics.status === "computing" && metrics.error === null) return;
      set({ metrics: { ...metrics, status: "computing", error: null } });
    },
    setMetrics(revision, report, insights = null) {
      if (revision < get().metrics.revision || revision > get().revision) return;
      const status: MetricsStatus = revision === get().revision ? "ready" : "computing";
      set({ metrics: { status, revision, report, insights, error: null } });
    },
    setMetricsError(revision, message) {
      if (revision < get().metrics.revision) return;
      set({ metrics: { ...get().metrics, status: "error", error: message } });
    },
    setWhatIf(revision, report) {
      const current = get().whatIf;
      if (current && revision < current.revision) return;
      if (current === null && report === null) return;
      set({ whatIf: report === null ? null : { revision, report } });
    },
  };
}
