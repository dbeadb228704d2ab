// "Compute once, off the main thread" (architecture.md): one edit of the sample map builds the
// graph once in the metrics worker (documentToGraph there); on the main thread the render patch's
// people and ties come from the last revision's documentToGraph with the edit written onto it
// (patchDocumentGraph), so the main thread converts nothing again; the patch that restyles the
// edit with the new metrics reuses it. Nothing else: no preprocess or ego subgraph on the main
// thread, no second documentToGraph for the same revision, no second render graph, no
// export/import round trip.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as patchGraph from "../../../src/domain/graph/patchGraph";
import * as toGraph from "../../../src/domain/graph/toGraph";
import * as egoGraph from "../../../src/domain/metrics/egoGraph";
import * as preprocess from "../../../src/domain/metrics/preprocess";
import { addPerson, personId, setTie } from "../../../src/domain/model";
import { metricsClients, wireMetrics } from "../../../src/app/metricsWiring";
import * as render from "../../../src/render/buildRenderGraph";
import * as patch from "../../../src/render/renderPatch";
import { renderOptions, syncRenderGraph } from "../../../src/render/renderSync";
import { createMapStore } from "../../../src/store/mapStore";
import { createDocumentMemory, handleCompute, isNeedDocument } from "../../../src/workers/handleCompute";
import type { MetricsWorkerLike } from "../../../src/workers/metricsClient";
import type { ComputeDeltaRequest, ComputePackedRequest } from "../../../src/workers/protocol";
import { sampleDoc } from "../domain/insights/helpers";

/** Runs handleCompute in-process on a structured clone of the message, as a real worker would. */
class InProcessWorker implements MetricsWorkerLike {
  static inWorker = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly remember = createDocumentMemory();
  postMessage(message: ComputePackedRequest | ComputeDeltaRequest): void {
    InProcessWorker.inWorker = true;
    const request = this.remember(structuredClone(message));
    const response = isNeedDocument(request) ? request : handleCompute(request);
    InProcessWorker.inWorker = false;
    this.onmessage?.({ data: response } as MessageEvent);
  }
  terminate(): void {}
}

type Counts = Record<"main" | "worker", Record<string, number>>;

function countGraphBuilds(): Counts {
  const counts: Counts = { main: {}, worker: {} };
  const count = (name: string) => () => {
    const side = InProcessWorker.inWorker ? counts.worker : counts.main;
    side[name] = (side[name] ?? 0) + 1;
  };
  const spy = <M extends object>(mod: M, name: keyof M & string) => {
    const original = mod[name] as (...args: unknown[]) => unknown;
    vi.spyOn(mod, name as never).mockImplementation(((...args: unknown[]) => {
      count(name)();
      return original(...args);
    }) as never);
  };
  spy(toGraph, "documentToGraph");
  spy(patchGraph, "patchDocumentGraph");
  spy(preprocess, "preprocess");
  spy(egoGraph, "egoGraph");
  spy(render, "buildRenderGraph");
  spy(patch, "patchRenderGraph");
  return counts;
}

describe("one edit of the sample map", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("builds one graph in the worker and patches the last one on the main thread (the render patch)", () => {
    const store = createMapStore(sampleDoc());
    const graph = render.buildRenderGraph(store.getState().doc, renderOptions(store.getState()));
    const stopRender = syncRenderGraph(graph, store);
    const stopMetrics = wireMetrics(
      store,
      metricsClients(store, () => new InProcessWorker()),
    );
    vi.advanceTimersByTime(200);
    expect(store.getState().metrics.status).toBe("ready");

    const counts = countGraphBuilds();
    const ana = personId("ana-new");
    store.getState().apply((d) => setTie(addPerson(d, { id: ana, name: "Ana" }), { a: d.egoId, b: ana, weight: 0.4 }));
    expect(counts).toEqual({ main: { patchRenderGraph: 1, patchDocumentGraph: 1 }, worker: {} });
    vi.advanceTimersByTime(200);

    const revision = store.getState().revision;
    expect(store.getState().metrics).toMatchObject({ status: "ready", revision });
    expect(store.getState().metrics.report?.node_metrics[ana]?.degree).toBe(1);
    // The result restyles the same graph in place (a second patch, no new graph of either kind).
    expect(counts).toEqual({
      main: { patchRenderGraph: 2, patchDocumentGraph: 1 },
      worker: { documentToGraph: 1 },
    });
    expect(graph.hasNode(ana)).toBe(true);
    stopMetrics();
    stopRender();
  });
});
