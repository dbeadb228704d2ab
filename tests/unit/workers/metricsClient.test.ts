import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AnalysisReport } from "../../../src/domain/metrics/computeAll";
import { addAlter, createDocument, mapId, personId } from "../../../src/domain/model";
import { createMetricsClient, type ChannelStatus, type MetricsWorkerLike } from "../../../src/workers/metricsClient";
import { unpackDocument } from "../../../src/workers/packedDocument";
import {
  packResponse,
  type ComputeDeltaRequest,
  type ComputePackedRequest,
  type ComputeRequest,
  type WorkerMessage,
} from "../../../src/workers/protocol";

class FakeWorker implements MetricsWorkerLike {
  /** What was posted, a whole document read back from its JSON text (as the worker reads it). */
  readonly posted: (ComputeRequest | ComputeDeltaRequest)[] = [];
  /** The types as posted: a whole document travels as text ("compute-packed"). */
  readonly wire: string[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: ComputePackedRequest | ComputeDeltaRequest): void {
    this.wire.push(message.type);
    if (message.type === "compute-packed") {
      const { docText, ...rest } = message;
      this.posted.push({ ...rest, type: "compute", doc: unpackDocument(docText) });
    } else this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(response: WorkerMessage): void {
    this.onmessage?.({ data: response } as MessageEvent);
  }
  crash(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

const DOC = createDocument({
  id: mapId("m"),
  title: "Map",
  egoId: personId("ego"),
  egoName: "Hana",
  now: "2026-01-01T00:00:00.000Z",
});
const report = (tag: number): AnalysisReport => ({ graph_metrics: { n_nodes: tag } }) as unknown as AnalysisReport;

function setup() {
  const workers: FakeWorker[] = [];
  const statuses: [ChannelStatus, number, string?][] = [];
  const results: [number, AnalysisReport][] = [];
  const client = createMetricsClient({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    debounceMs: 150,
    onStatus: (s, revision, message) => statuses.push(message === undefined ? [s, revision] : [s, revision, message]),
    onResult: (revision, r) => results.push([revision, r]),
  });
  return { client, workers, statuses, results, worker: () => workers[workers.length - 1] as FakeWorker };
}

describe("createMetricsClient", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("returns one request to the worker for a burst of rapid edits (debounce)", () => {
    const { client, workers, worker, statuses } = setup();
    for (let revision = 1; revision <= 5; revision++) {
      client.request(revision, DOC);
      vi.advanceTimersByTime(50);
    }
    expect(workers).toHaveLength(0);
    vi.advanceTimersByTime(150);
    expect(worker().posted.map((m) => m.revision)).toEqual([5]);
    // The document itself is posted (the worker builds the graph), for the full analysis.
    expect(worker().posted[0]).toMatchObject({ type: "compute", doc: DOC, scope: "full", includePlanned: false });
    expect(worker().wire).toEqual(["compute-packed"]);
    expect(statuses.at(-1)).toEqual(["computing", 5]);
  });

  it("returns the result with status ready when it answers the newest revision", () => {
    const { client, worker, statuses, results } = setup();
    client.request(1, DOC);
    vi.advanceTimersByTime(150);
    worker().reply({ type: "result", revision: 1, report: report(1) });
    expect(results).toEqual([[1, report(1)]]);
    expect(statuses.at(-1)).toEqual(["ready", 1]);
  });

  it("drops a result older than the newest requested revision and sends the newest next", () => {
    const { client, worker, statuses, results } = setup();
    client.request(1, DOC);
    vi.advanceTimersByTime(150);
    client.request(2, DOC);
    vi.advanceTimersByTime(150);
    expect(worker().posted.map((m) => m.revision)).toEqual([1]);
    worker().reply({ type: "result", revision: 1, report: report(1) });
    expect(results).toEqual([]);
    expect(statuses.at(-1)).toEqual(["computing", 2]);
    expect(worker().posted.map((m) => m.revision)).toEqual([1, 2]);
    worker().reply({ type: "result", revision: 2, report: report(2) });
    expect(results).toEqual([[2, report(2)]]);
  });

  it("returns status error with the worker's message", () => {
    const { client, worker, statuses, results } = setup();
    client.request(3, DOC);
    vi.advanceTimersByTime(150);
    worker().reply({ type: "error", revision: 3, message: 'computeAll: the ego "zed" is not a node of the graph.' });
    expect(results).toEqual([]);
    expect(statuses.at(-1)).toEqual(["error", 3, 'computeAll: the ego "zed" is not a node of the graph.']);
  });

  it("returns status error when the worker crashes and starts a fresh worker for the next request", () => {
    const { client, workers, statuses } = setup();
    client.request(1, DOC);
    vi.advanceTimersByTime(150);
    workers[0]?.crash("boom");
    expect(statuses.at(-1)).toEqual(["error", 1, "boom"]);
    expect(workers[0]?.terminated).toBe(true);
    client.request(2, DOC);
    vi.advanceTimersByTime(150);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.posted.map((m) => m.revision)).toEqual([2]);
  });

  it("returns nothing after dispose", () => {
    const { client, workers, results } = setup();
    client.request(1, DOC);
    vi.advanceTimersByTime(150);
    client.dispose();
    expect(workers[0]?.terminated).toBe(true);
    workers[0]?.reply({ type: "result", revision: 1, report: report(1) });
    client.request(2, DOC);
    vi.advanceTimersByTime(150);
    expect(results).toEqual([]);
    expect(workers).toHaveLength(1);
  });

  it("delivers a packed (transferred) report rebuilt after the reply, unless a newer request came first", async () => {
    const big = { node_metrics: Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`p${i}`, { degree: i }])) };
    const packed = () =>
      packResponse({ type: "result", revision: 1, report: big as unknown as AnalysisReport }).message;
    const { client, worker, results, statuses } = setup();
    client.request(1, DOC);
    vi.advanceTimersByTime(150);
    worker().reply(packed());
    await vi.runAllTimersAsync();
    expect(results).toEqual([[1, big]]);
    expect(statuses.at(-1)).toEqual(["ready", 1]);

    client.request(2, DOC);
    vi.advanceTimersByTime(150);
    worker().reply({ ...packed(), revision: 2 });
    client.request(3, DOC);
    await vi.runAllTimersAsync();
    expect(results.map(([r]) => r)).toEqual([1]);
  });

  it("posts an edit as its change against the last document posted, and the whole document when the worker asks or restarted", () => {
    const { client, workers, worker, results } = setup();
    const next = addAlter(DOC, { id: personId("__proto__"), name: "Nao" });
    const third = addAlter(next, { id: personId("constructor"), name: "Ken" });
    client.request(1, DOC);
    vi.advanceTimersByTime(150);
    worker().reply({ type: "result", revision: 1, report: report(1) });
    client.request(2, next);
    vi.advanceTimersByTime(150);
    const [first, second] = worker().posted;
    expect(first).toMatchObject({ type: "compute", doc: DOC, docSeq: 1 });
    expect(second).toMatchObject({ type: "compute-delta", revision: 2, docSeq: 2, delta: { base: 1 } });
    expect(second).not.toHaveProperty("doc");
    // The worker does not hold document 1 (say it lost it): the same request goes again, whole.
    worker().reply({ type: "need-document", revision: 2 });
    expect(worker().posted[2]).toMatchObject({ type: "compute", revision: 2, doc: next, docSeq: 3 });
    worker().reply({ type: "result", revision: 2, report: report(2) });
    expect(results.map(([r]) => r)).toEqual([1, 2]);
    // A change again, against document 3; after a crash the fresh worker gets the whole document.
    client.request(3, third);
    vi.advanceTimersByTime(150);
    expect(worker().posted[3]).toMatchObject({ type: "compute-delta", delta: { base: 3 } });
    worker().crash("boom");
    client.request(4, third);
    vi.advanceTimersByTime(150);
    expect(workers).toHaveLength(2);
    expect(worker().posted).toEqual([expect.objectContaining({ type: "compute", revision: 4, doc: third })]);
    expect(worker().wire).toEqual(["compute-packed"]);
    expect(workers[0]?.wire).toEqual(["compute-packed", "compute-delta", "compute-packed", "compute-delta"]);
  });
});
