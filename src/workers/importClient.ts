// Client of the import worker: one request per file, answered by id. Small files parse on the
// main thread (a worker start costs more than they do) with the browser's own DOMParser.
import type { Result } from "../domain/result";
import {
  importFile,
  type ImportError,
  type ImportOptions,
  type ImportedMap,
  type XmlParserConstructor,
} from "../io/import";

export type WorkerImportOptions = Omit<ImportOptions, "domParser">;

export interface ImportRequest {
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly options: WorkerImportOptions;
}

export type ImportResponse =
  | { readonly id: number; readonly result: Result<ImportedMap, ImportError> }
  | { readonly id: number; readonly crash: string };

/** Files at least this large go to the worker. */
export const WORKER_THRESHOLD_BYTES = 512 * 1024;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (r: Result<ImportedMap, ImportError>) => void; reject: (e: Error) => void }
>();

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL("./importWorker.ts", import.meta.url), { type: "module" });
  w.onmessage = (event: MessageEvent<ImportResponse>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if ("result" in event.data) waiting.resolve(event.data.result);
    else waiting.reject(new Error(event.data.crash));
  };
  w.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(event.message || "import worker failed"));
    pending.clear();
    worker = null;
  };
  worker = w;
  return w;
}

/** Parses a file; large ones in the worker, small ones here with the given DOMParser. */
export function importInBackground(
  name: string,
  bytes: Uint8Array,
  options: WorkerImportOptions,
  domParser: XmlParserConstructor,
): Promise<Result<ImportedMap, ImportError>> {
  if (bytes.length < WORKER_THRESHOLD_BYTES || typeof Worker === "undefined") {
    return Promise.resolve(importFile(name, bytes, { ...options, domParser }));
  }
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, name, bytes, options } satisfies ImportRequest);
  });
}
