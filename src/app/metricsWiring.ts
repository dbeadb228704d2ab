// Connects the store to the metrics workers: every document revision is sent (debounced by the
// client) as a graph; results come back tagged with their revision and stale ones are dropped.
// A map with planned (what-if) items is also analysed with them included, on a second worker
// of its own so that neither request cancels the other ("latest wins" holds per channel).
import { hasPlanned } from "../domain/insights/whatIf";
import { documentToGraph } from "../domain/graph/toGraph";
import type { MapDocument } from "../domain/model";
import type { MapStore } from "../store/mapStore";
import { createMetricsClient, createMetricsWorker, type MetricsClient } from "../workers/metricsClient";
import type { ComputeOptions } from "../workers/protocol";

/** Enough Monte-Carlo draws for the spec's tolerance (≥ 20,000) at interactive speed. */
export const APP_METRICS_OPTIONS: ComputeOptions = { diffusion: true, diffusionSamples: 20_000, seed: 1 };

export function requestMetrics(
  client: MetricsClient,
  revision: number,
  doc: MapDocument,
  includePlanned = false,
): void {
  const { graph, egoId } = documentToGraph(doc, { includePlanned });
  client.request(revision, graph.export(), egoId, APP_METRICS_OPTIONS);
}

export interface MetricsClients {
  readonly real: MetricsClient;
  readonly whatIf: MetricsClient;
}

function defaultClients(store: MapStore): MetricsClients {
  return {
    real: createMetricsClient({
      createWorker: createMetricsWorker,
      onStatus: (status, revision, message) => {
        if (revision >= store.getState().metrics.revision) store.getState().setMetricsStatus(status, message);
      },
      onResult: (revision, report) => store.getState().setMetrics(revision, report),
    }),
    // Its worker starts on the first planned item only (the client creates workers lazily).
    whatIf: createMetricsClient({
      createWorker: createMetricsWorker,
      onResult: (revision, report) => store.getState().setWhatIf(revision, report),
    }),
  };
}

export function wireMetrics(store: MapStore, clients: MetricsClients = defaultClients(store)): () => void {
  const send = (): void => {
    const { revision, doc } = store.getState();
    store.getState().setMetricsStatus("computing");
    requestMetrics(clients.real, revision, doc);
    if (hasPlanned(doc)) requestMetrics(clients.whatIf, revision, doc, true);
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
