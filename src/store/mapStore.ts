// The one zustand store: the open map document and its revision, the latest metrics, and
// transient view state (selection, hover). The document is written only through `apply`,
// which runs a pure domain updater and bumps the revision.
import { createStore, type StoreApi } from "zustand/vanilla";
import type { MapDocument, PersonId } from "../domain/model";

export type MetricsStatus = "idle" | "computing" | "ready" | "error";

export interface MetricsState<R> {
  readonly status: MetricsStatus;
  /** Revision of the document the report was computed for. */
  readonly revision: number;
  readonly report: R | null;
  readonly error: string | null;
}

export interface MapState<R = unknown> {
  readonly doc: MapDocument;
  readonly revision: number;
  readonly metrics: MetricsState<R>;
  readonly selectedId: PersonId | null;
  readonly hoveredId: PersonId | null;
  /** Applies a pure updater; a thrown ModelError leaves the document untouched and is rethrown. */
  apply(updater: (doc: MapDocument) => MapDocument): void;
  /** Opens another document (new revision, selection cleared). */
  replaceDocument(doc: MapDocument): void;
  setMetricsStatus(status: MetricsStatus, error?: string): void;
  /** Stores a report unless it belongs to an older revision than the current document. */
  setMetrics(revision: number, report: R): void;
  select(id: PersonId | null): void;
  hover(id: PersonId | null): void;
}

export type MapStore<R = unknown> = StoreApi<MapState<R>>;

export function createMapStore<R = unknown>(initial: MapDocument): MapStore<R> {
  return createStore<MapState<R>>()((set, get) => ({
    doc: initial,
    revision: 1,
    metrics: { status: "idle", revision: 0, report: null, error: null },
    selectedId: null,
    hoveredId: null,
    apply(updater) {
      const { doc } = get();
      const next = updater(doc);
      if (next === doc) return;
      set({ doc: next, revision: get().revision + 1 });
    },
    replaceDocument(doc) {
      set({ doc, revision: get().revision + 1, selectedId: null, hoveredId: null });
    },
    setMetricsStatus(status, error) {
      set({ metrics: { ...get().metrics, status, error: error ?? null } });
    },
    setMetrics(revision, report) {
      if (revision < get().metrics.revision || revision > get().revision) return;
      const status: MetricsStatus = revision === get().revision ? "ready" : "computing";
      set({ metrics: { status, revision, report, error: null } });
    },
    select(id) {
      set({ selectedId: id });
    },
    hover(id) {
      if (get().hoveredId !== id) set({ hoveredId: id });
    },
  }));
}
