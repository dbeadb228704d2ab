// Connects the store to the metrics workers: every document revision is posted (debounced by the
// client) as the document itself, and the worker builds the graph; results come back tagged with
// their revision and stale ones are dropped. A map with planned (what-if) items is also analysed
// with them included, on a second worker of its own so that neither request cancels the other
// ("latest wins" holds per channel); that channel computes only the ego analysis it compares.
// This wiring is the only caller of the store's metrics actions (the metrics slice's one writer).
import { hasPlanned } from "../domain/insights/whatIf";
import type { MapStore } from "../store/mapStore";
import {
  createMetricsClient,
  createMetricsWorker,
  type MetricsClient,
  type MetricsWorkerLike,
} from "../workers/metricsClient";
import type { ComputeOptions } from "../workers/protocol";

/** Enough Monte-Carlo draws for the spec's tolerance (≥ 20,000) at interactive speed. */
export const APP_METRICS_OPTIONS: ComputeOptions = { diffusion: true, diffusionSamples: 20_000, seed: 1 };

export interface MetricsClients {
  readonly real: MetricsClient;
  readonly whatIf: MetricsClient;
}

/** The app's two channels; `createWorker` is the real module worker except in tests. */
export function metricsClients(
  store: MapStore,
  createWorker: () => MetricsWorkerLike = createMetricsWorker,
): MetricsClients {
  return {
    real: createMetricsClient({
      createWorker,
      options: APP_METRICS_OPTIONS,
      // "computing" is recorded when a revision is sent and "ready" with its report: only a
      // failure needs the channel's status.
      onStatus: (status, revision, message) => {
        if (status === "error") store.getState().setMetricsError(revision, message ?? "");
      },
      onResult: (revision, report, insights) => store.getState().setMetrics(revision, report, insights),
    }),
    // Its worker starts on the first planned item only (the client creates workers lazily).
    whatIf: createMetricsClient({
      createWorker,
      scope: "ego",
      includePlanned: true,
      options: APP_METRICS_OPTIONS,
      onResult: (revision, report) => store.getState().setWhatIf(revision, report),
    }),
  };
}

export function wireMetrics(store: MapStore, clients: MetricsClients = metricsClients(store)): () => void {
  const send = (): void => {
    const { revision, doc } = store.getState();
    store.getState().markMetricsComputing();
    clients.real.request(revision, doc);
    if (hasPlanned(doc)) clients.whatIf.request(revision, doc);
    else store.getState().setWhatIf(revision, null);
  };
  send();
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.doc !== prev.doc) send();
  });
  return () => {
    unsubscribe();
    clients.real.dispose();
    clients.whatIf.dispose();
  };
}
