// Client of the metrics worker (architecture.md, data flow): requests are debounced (~150 ms)
// and tagged with the document revision; at most one computation is in flight and only the
// newest waiting request is sent after it; a reply is delivered only if no newer request was
// made since, so results older than the newest requested revision are dropped. What is posted
// is the document itself: the worker builds the graph for the metrics (the main thread converts it
// once, for the render patch only). After the first, a document travels as its change against the
// last one posted (documentDelta.ts) when its records descend from it; the whole document again
// after a worker restart, when the worker asks for it, or when there is no such change.
import type { MapInsights } from "../domain/insights/mapInsights";
import type { MapDocument } from "../domain/model";
import { documentDelta } from "./documentDelta";
import { packDocument } from "./packedDocument";
import {
  isWorkerResponse,
  type ComputeDeltaRequest,
  type ComputeOptions,
  type ComputePackedRequest,
  type ComputeRequest,
  type ComputeScope,
  type ReportOf,
  type WorkerMessage,
  type WorkerResponse,
  unpackResponse,
} from "./protocol";
import { unpackReportSliced } from "./reportCodec";
import type { AnalysisReport, EgoReport } from "../domain/metrics/computeAll";

/** Lets the browser run other tasks (input, frames) between two slices of work. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Where the latest request of one client channel stands (the app's MetricsStatus is in the store). */
export type ChannelStatus = "computing" | "ready" | "error";

/** What the client needs of a Worker (a real Worker satisfies it; tests pass a fake). */
export interface MetricsWorkerLike {
  postMessage(message: ComputePackedRequest | ComputeDeltaRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface MetricsClientOptions<S extends ComputeScope = "full"> {
  readonly createWorker: () => MetricsWorkerLike;
  /** What the worker computes (default "full": computeAll). */
  readonly scope?: S;
  /** Analyse the map with its planned (what-if) items (default false). */
  readonly includePlanned?: boolean;
  readonly debounceMs?: number;
  readonly onStatus?: (status: ChannelStatus, revision: number, message?: string) => void;
  /** A revision's report, with its closed circles and suggestions when the worker made them. */
  readonly onResult?: (revision: number, report: ReportOf<S>, insights: MapInsights | null) => void;
  /** computeAll options sent with every request (diffusion samples, seed, ...). */
  readonly options?: ComputeOptions;
}

export interface MetricsClient {
  request(revision: number, doc: MapDocument, options?: ComputeOptions): void;
  dispose(): void;
}

export const DEFAULT_DEBOUNCE_MS = 150;

/** The production worker; the URL form lets Vite bundle metricsWorker.ts as a module worker. */
export function createMetricsWorker(): MetricsWorkerLike {
  return new Worker(new URL("./metricsWorker.ts", import.meta.url), { type: "module" });
}

export function createMetricsClient<S extends ComputeScope = "full">(config: MetricsClientOptions<S>): MetricsClient {
  const scope: ComputeScope = config.scope ?? "full";
  const includePlanned = config.includePlanned ?? false;
  const debounceMs = config.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let worker: MetricsWorkerLike | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let sequence = 0;
  let waiting: { seq: number; message: ComputeRequest } | null = null;
  let inFlight: { seq: number; message: ComputeRequest } | null = null;
  let disposed = false;
  /** The document the worker holds after the messages posted so far (it handles them in order). */
  let posted: { docSeq: number; doc: MapDocument } | null = null;
  let docSeq = 0;

  /** Posts `message`'s document whole, or as its change against the one posted last. */
  function post(w: MetricsWorkerLike, message: ComputeRequest, whole: boolean): void {
    docSeq++;
    const delta = !whole && posted !== null ? documentDelta(posted.doc, message.doc, posted.docSeq) : null;
    posted = { docSeq, doc: message.doc };
    const { doc, ...rest } = message;
    if (delta === null) {
      w.postMessage({ ...rest, type: "compute-packed", docSeq, docText: packDocument(doc) });
      return;
    }
    w.postMessage({ ...rest, type: "compute-delta", docSeq, delta });
  }

  const status = (s: ChannelStatus, revision: number, message?: string): void => {
    if (message === undefined) config.onStatus?.(s, revision);
    else config.onStatus?.(s, revision, message);
  };

  function deliver(response: WorkerResponse): void {
    if (response.type === "result") {
      // The worker answers a request of this client's scope with that scope's report.
      config.onResult?.(response.revision, response.report as ReportOf<S>, response.insights ?? null);
      status("ready", response.revision);
    } else {
      status("error", response.revision, response.message);
    }
  }

  function settle(message: WorkerMessage): void {
    if (message.type === "need-document") {
      // The worker does not hold the document the change was written against: send it whole.
      if (inFlight === null || worker === null || message.revision !== inFlight.message.revision) return;
      if (inFlight.seq === sequence) {
        post(worker, inFlight.message, true);
        return;
      }
      // Stale anyway: the newest request goes next, whole.
      inFlight = null;
      posted = null;
      sendWaiting();
      return;
    }
    const done = inFlight;
    inFlight = null;
    const current = done !== null && done.seq === sequence && message.revision === done.message.revision;
    // Only a reply that is delivered is unpacked (a stale one is dropped as it came).
    if (current && message.type === "packed-result") {
      // Rebuilt in slices between other tasks; still delivered only if nothing newer was asked.
      const { revision } = message;
      unpackReportSliced(message.packed, pause)
        .then((report) => {
          if (!disposed && done.seq === sequence)
            deliver({
              type: "result",
              revision,
              report: report as AnalysisReport | EgoReport,
              ...(message.insights ? { insights: message.insights } : {}),
            });
        })
        .catch((e: unknown) => {
          if (!disposed && done.seq === sequence) status("error", revision, String(e));
        });
    } else if (current) {
      deliver(unpackResponse(message));
    }
    sendWaiting();
  }

  function ensureWorker(): MetricsWorkerLike {
    if (worker !== null) return worker;
    const w = config.createWorker();
    w.onmessage = (event) => {
      if (!disposed && isWorkerResponse(event.data)) settle(event.data);
    };
    w.onerror = (event) => {
      // The worker script itself failed: report, discard it, and start a fresh one next time.
      const revision = inFlight?.message.revision ?? -1;
      inFlight = null;
      w.terminate();
      worker = null;
      posted = null;
      if (!disposed) status("error", revision, event.message || "The metrics worker stopped unexpectedly.");
      sendWaiting();
    };
    worker = w;
    return w;
  }

  function sendWaiting(): void {
    if (disposed || inFlight !== null || timer !== null || waiting === null) return;
    inFlight = waiting;
    waiting = null;
    post(ensureWorker(), inFlight.message, false);
  }

  return {
    request(revision, doc, options) {
      if (disposed) return;
      sequence++;
      waiting = {
        seq: sequence,
        message: { type: "compute", revision, doc, includePlanned, scope, options: options ?? config.options ?? {} },
      };
      status("computing", revision);
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        sendWaiting();
      }, debounceMs);
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      waiting = null;
      worker?.terminate();
      worker = null;
      posted = null;
    },
  };
}
