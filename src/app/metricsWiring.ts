// Connects the store to the metrics worker: every document revision is sent (debounced by the
// client) as a graph; results come back tagged with their revision and stale ones are dropped.
import { documentToGraph } from "../domain/graph/toGraph";
import type { MapDocument } from "../domain/model";
import type { MapStore } from "../store/mapStore";
import { createMetricsClient, createMetricsWorker, type MetricsClient } from "../workers/metricsClient";
import type { ComputeOptions } from "../workers/protocol";

/** Enough Monte-Carlo draws for the spec's tolerance (≥ 20,000) at interactive speed. */
export const APP_METRICS_OPTIONS: ComputeOptions = { diffusion: true, diffusionSamples: 20_000, seed: 1 };

export function requestMetrics(client: MetricsClient, revision: number, doc: MapDocument): void {
  const { graph, egoId } = documentToGraph(doc);
  client.request(revision, graph.export(), egoId, APP_METRICS_OPTIONS);
}

export function wireMetrics(store: MapStore, client?: MetricsClient): () => void {
  const metrics =
    client ??
    createMetricsClient({
      createWorker: createMetricsWorker,
      onStatus: (status, revision, message) => {
        if (revision >= store.getState().metrics.revision) store.getState().setMetricsStatus(status, message);
      },
      onResult: (revision, report) => store.getState().setMetrics(revision, report),
    });
  const send = (): void => {
    const { revision, doc } = store.getState();
    store.getState().setMetricsStatus("computing");
    requestMetrics(metrics, revision, doc);
  };
  send();
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.doc !== prev.doc) send();
  });
  return () => {
    unsubscribe();
    metrics.dispose();
  };
}
