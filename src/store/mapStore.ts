// The one zustand store: the open map document and its revision, the latest metrics, and
// transient view state (selection, hover). The document is written only through `apply`,
// which runs a pure domain updater and bumps the revision, and through undo/redo.
// A subscriber that throws does not keep the others from hearing of a change (persistence must
// see every document even when drawing or analysing it fails); its error reaches the caller.
import { createStore, type StoreApi } from "zustand/vanilla";
import type { AnalysisReport, EgoReport } from "../domain/metrics/computeAll";
import type { MapDocument, PersonId } from "../domain/model";
import { emptyHistory, mapHistory, recordEdit, redoStep, undoStep, type History } from "./history";
import { getOwn } from "../domain/model";

export type MetricsStatus = "idle" | "computing" | "ready" | "error";

export interface MetricsState<R> {
  readonly status: MetricsStatus;
  /** Revision of the document the report was computed for. */
  readonly revision: number;
  readonly report: R | null;
  readonly error: string | null;
}

export interface ApplyOptions {
  /** Consecutive edits with the same key (e.g. "person:<id>:name") undo as one step. */
  readonly coalesceKey?: string;
  /**
   * false: not an undo step (e.g. the interview moving to its next step). The updater is applied
   * to the earlier and undone documents as well, so undo and redo keep the change; it must
   * therefore accept any document of this map. Saved like any edit (new revision).
   */
  readonly undoable?: boolean;
}

export interface MapState<R = AnalysisReport, W = EgoReport> {
  readonly doc: MapDocument;
  readonly revision: number;
  readonly metrics: MetricsState<R>;
  /** Ego analysis with the planned (what-if) items included; null when nothing is planned. */
  readonly whatIf: { readonly revision: number; readonly report: W } | null;
  readonly selectedId: PersonId | null;
  readonly hoveredId: PersonId | null;
  /** Applies a pure updater; a thrown ModelError leaves the document untouched and is rethrown. */
  apply(updater: (doc: MapDocument) => MapDocument, options?: ApplyOptions): void;
  /** Opens another document (new revision, selection cleared, undo history cleared). */
  replaceDocument(doc: MapDocument): void;
  /** Reopens a document as it was, with its undo history (rolls back a replaceDocument). */
  restoreDocument(snapshot: DocumentSnapshot): void;
  /** Earlier and undone documents of this map (bounded, see HISTORY_LIMIT). */
  readonly history: History<MapDocument>;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Steps back one edit (new revision); no-op when there is nothing to undo. */
  undo(): void;
  redo(): void;
  setMetricsStatus(status: MetricsStatus, error?: string): void;
  /** Stores a report unless it belongs to an older revision than the current document. */
  setMetrics(revision: number, report: R): void;
  /** Stores the what-if analysis of a revision (null: nothing planned); older ones are dropped. */
  setWhatIf(revision: number, report: W | null): void;
  select(id: PersonId | null): void;
  hover(id: PersonId | null): void;
}

export type MapStore<R = AnalysisReport, W = EgoReport> = StoreApi<MapState<R, W>>;

export type DocumentSnapshot = Pick<MapState, "doc" | "history" | "selectedId">;

/** The open document with its undo history, for restoreDocument. */
export function documentSnapshot(state: MapState<unknown>): DocumentSnapshot {
  return { doc: state.doc, history: state.history, selectedId: state.selectedId };
}

export function createMapStore<R = AnalysisReport, W = EgoReport>(initial: MapDocument): MapStore<R, W> {
  /** Moves to a document from the history; selection and hover are kept only if that person still exists. */
  const travel = (state: MapState<R, W>, doc: MapDocument, history: History<MapDocument>): Partial<MapState<R, W>> => {
    const { selectedId, hoveredId } = state;
    return {
      doc,
      history,
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
      revision: state.revision + 1,
      selectedId: selectedId && getOwn(doc.people, selectedId) ? selectedId : null,
      hoveredId: hoveredId && getOwn(doc.people, hoveredId) ? hoveredId : null,
    };
  };
  // Errors thrown by subscribers during one (possibly nested) state change; the first is rethrown.
  let failures: unknown[] = [];
  let depth = 0;
  const notifying = (change: () => void): void => {
    depth++;
    try {
      change();
    } finally {
      depth--;
    }
    if (depth > 0 || failures.length === 0) return;
    const [first] = failures;
    failures = [];
    throw first;
  };
  const store = createStore<MapState<R, W>>()((rawSet, get) => {
    const set = (partial: Partial<MapState<R, W>>): void => notifying(() => rawSet(partial));
    return {
      doc: initial,
      revision: 1,
      metrics: { status: "idle", revision: 0, report: null, error: null },
      whatIf: null,
      selectedId: null,
      hoveredId: null,
      history: emptyHistory<MapDocument>(),
      canUndo: false,
      canRedo: false,
      apply(updater, options) {
        const { doc } = get();
        const next = updater(doc);
        if (next === doc) return;
        if (options?.undoable === false) {
          set({ doc: next, revision: get().revision + 1, history: mapHistory(get().history, updater) });
          return;
        }
        const history = recordEdit(get().history, doc, options?.coalesceKey ?? null);
        set({ doc: next, revision: get().revision + 1, history, canUndo: true, canRedo: false });
      },
      restoreDocument({ doc, history, selectedId }) {
        set({
          doc,
          history,
          canUndo: history.past.length > 0,
          canRedo: history.future.length > 0,
          revision: get().revision + 1,
          selectedId: selectedId && getOwn(doc.people, selectedId) ? selectedId : null,
          hoveredId: null,
        });
      },
      replaceDocument(doc) {
        set({
          doc,
          revision: get().revision + 1,
          selectedId: null,
          hoveredId: null,
          history: emptyHistory<MapDocument>(),
          canUndo: false,
          canRedo: false,
        });
      },
      undo() {
        const step = undoStep(get().history, get().doc);
        if (step) set(travel(get(), step.value, step.history));
      },
      redo() {
        const step = redoStep(get().history, get().doc);
        if (step) set(travel(get(), step.value, step.history));
      },
      setMetricsStatus(status, error) {
        set({ metrics: { ...get().metrics, status, error: error ?? null } });
      },
      setMetrics(revision, report) {
        if (revision < get().metrics.revision || revision > get().revision) return;
        const status: MetricsStatus = revision === get().revision ? "ready" : "computing";
        set({ metrics: { status, revision, report, error: null } });
      },
      setWhatIf(revision, report) {
        const current = get().whatIf;
        if (current && revision < current.revision) return;
        set({ whatIf: report === null ? null : { revision, report } });
      },
      select(id) {
        set({ selectedId: id });
      },
      hover(id) {
        if (get().hoveredId !== id) set({ hoveredId: id });
      },
    };
  });
  return {
    ...store,
    subscribe: (listener) =>
      store.subscribe((state, prev) => {
        try {
          listener(state, prev);
        } catch (e) {
          // A raw setState from outside (tests) keeps zustand's own behaviour.
          if (depth === 0) throw e;
          failures.push(e);
        }
      }),
  };
}
