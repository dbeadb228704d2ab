// The one zustand store of the app, built from slices (zustand's slices pattern): the open map
// document with its undo history (documentSlice), the latest metrics (metricsSlice), the insight
// view settings (viewSlice), the persistence status (persistenceSlice), dialogs (dialogSlice),
// transient feedback (feedbackSlice) and the connect-mode flag (connectSlice). Each slice is
// written only by its own actions; each slice file names who calls them.
// A subscriber that throws does not keep the others from hearing of a change (persistence must
// see every document even when drawing or analysing it fails); its error reaches the caller of
// the action, except for persistence status writes: the controller must go on saving, so there
// the error is reported (console.error) instead.
import { createStore, type StoreApi } from "zustand/vanilla";
import type { AnalysisReport, EgoReport } from "../domain/metrics/computeAll";
import type { MapDocument } from "../domain/model";
import { createConnectSlice, type ConnectSlice } from "./connectSlice";
import { createDialogSlice, type DialogSlice } from "./dialogSlice";
import { createDocumentSlice, type DocumentSlice } from "./documentSlice";
import { createFeedbackSlice, type FeedbackSlice } from "./feedbackSlice";
import { createMetricsSlice, type MetricsSlice } from "./metricsSlice";
import { createPersistenceSlice, type PersistenceSlice } from "./persistenceSlice";
import { createViewSlice, type ViewSlice } from "./viewSlice";

export type { ApplyOptions, DocumentSnapshot } from "./documentSlice";
export { documentSnapshot } from "./documentSlice";
export type { MetricsState, MetricsStatus } from "./metricsSlice";

export type MapState<R = AnalysisReport, W = EgoReport> = DocumentSlice &
  MetricsSlice<R, W> &
  ViewSlice &
  PersistenceSlice &
  DialogSlice &
  FeedbackSlice &
  ConnectSlice;

export type MapStore<R = AnalysisReport, W = EgoReport> = StoreApi<MapState<R, W>>;

export function createMapStore<R = AnalysisReport, W = EgoReport>(initial: MapDocument): MapStore<R, W> {
  // Errors thrown by subscribers during one (possibly nested) state change; the first is rethrown.
  let failures: unknown[] = [];
  let depth = 0;
  const notifying = (change: () => void, rethrow: boolean): void => {
    depth++;
    try {
      change();
    } finally {
      depth--;
    }
    if (depth > 0 || failures.length === 0) return;
    const [first] = failures;
    failures = [];
    if (rethrow) throw first;
    console.error("A store subscriber failed:", first);
  };
  const store = createStore<MapState<R, W>>()((rawSet, get) => {
    const set = (partial: Partial<MapState<R, W>>): void => notifying(() => rawSet(partial), true);
    const reporting = (partial: Partial<MapState<R, W>>): void => notifying(() => rawSet(partial), false);
    return {
      ...createDocumentSlice(initial, set, get),
      ...createMetricsSlice<R, W>(set, get),
      ...createViewSlice(set, get),
      ...createPersistenceSlice(reporting, get),
      ...createDialogSlice(set, get),
      ...createFeedbackSlice(set, get),
      ...createConnectSlice(set),
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
