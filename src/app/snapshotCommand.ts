// The snapshot command: saves a named, dated snapshot of the open map with the headline scores of
// the SAME analysis the insights panel shows (the metrics slice's report). When that report does
// not yet belong to the current revision, the command waits for the metrics worker to deliver
// it; the analysis is never computed on the main thread. The snapshot goes through the store's
// `apply`, so it is one undoable edit (and saved like any edit).
import { asReport } from "../domain/insights/report";
import type { AnalysisReport } from "../domain/metrics/computeAll";
import { snapshotScores, takeSnapshot } from "../domain/growth/snapshot";
import { newId, snapshotId, type MapSnapshot, type SnapshotId } from "../domain/model";
import type { MapState, MapStore } from "../store/mapStore";

export interface SnapshotRequest {
  readonly name: string;
  /** A consultant session ends with this snapshot. */
  readonly session?: boolean;
}

export interface SnapshotCommandOptions {
  /** The clock (tests). */
  readonly now?: () => Date;
  /** Give up waiting for the analysis after this many ms (default 60 s); the promise rejects. */
  readonly timeoutMs?: number;
}

/** Raised when the analysis of the current map did not arrive in time (nothing was saved). */
export class SnapshotTimeoutError extends Error {
  constructor() {
    super("The analysis of the map did not finish in time; no snapshot was taken.");
    this.name = "SnapshotTimeoutError";
  }
}

/**
 * The state's analysis when it belongs to the open document's revision: the report, or null
 * scores when that revision's computation failed. undefined while it is still being computed.
 */
function currentAnalysis(s: MapState<unknown, unknown>): { report: AnalysisReport | null } | undefined {
  const m = s.metrics;
  if (m.status === "error") return { report: null };
  if (m.status !== "ready" || m.revision !== s.revision) return undefined;
  const report = asReport(m.report);
  return report ? { report } : undefined;
}

/** Resolves with the first state whose analysis belongs to its revision. */
function analysedState<R, W>(
  store: MapStore<R, W>,
  timeoutMs: number,
): Promise<{ state: MapState<R, W>; report: AnalysisReport | null }> {
  const first = store.getState();
  const ready = currentAnalysis(first);
  if (ready) return Promise.resolve({ state: first, report: ready.report });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new SnapshotTimeoutError());
    }, timeoutMs);
    const unsubscribe = store.subscribe((state) => {
      const found = currentAnalysis(state);
      if (!found) return;
      clearTimeout(timer);
      unsubscribe();
      resolve({ state, report: found.report });
    });
  });
}

/**
 * Takes a snapshot of the open map (one undoable edit) once its analysis is current and resolves
 * with it. The map snapshotted is the one the scores were computed for: if it changes while the
 * command waits, the command waits for the analysis of the newer revision.
 */
export async function snapshotNow<R, W>(
  store: MapStore<R, W>,
  request: SnapshotRequest,
  options: SnapshotCommandOptions = {},
): Promise<MapSnapshot> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    const { state, report } = await analysedState(store, Math.max(0, deadline - Date.now()));
    const doc = state.doc;
    // The map changed between the report's arrival and now: wait for the newer analysis.
    if (store.getState().doc !== doc) continue;
    const id: SnapshotId = snapshotId(newId("snap"));
    const scores = snapshotScores(doc, report);
    const now = (options.now ?? (() => new Date()))().toISOString();
    // takeSnapshot throws a ModelError for an empty name before anything changes.
    store.getState().apply((d) => takeSnapshot(d, { id, name: request.name, now, scores, session: request.session }));
    const taken = store.getState().doc.snapshots.find((s) => s.id === id);
    if (taken) return taken;
  }
}
