// Client of the import worker: one request per file, answered by id. Small files parse on the
// main thread (a worker start costs more than they do) with the browser's own DOMParser.
import type { Result } from "../domain/result";
import {
  importFile,
  isSpreadsheetName,
  readCsvSheet,
  type CsvSheet,
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

/** The import's result and, for a spreadsheet, what its column-mapping step shows. */
export interface ImportOutcome {
  readonly result: Result<ImportedMap, ImportError>;
  readonly sheet: CsvSheet | null;
}

export type ImportResponse =
  ({ readonly id: number } & ImportOutcome) | { readonly id: number; readonly crash: string };

/** Imports a file and, for a spreadsheet, reads its sheet in the same place (worker or here). */
export function importWithSheet(name: string, bytes: Uint8Array, options: ImportOptions): ImportOutcome {
  const result = importFile(name, bytes, options);
  const mappable = !result.ok || result.value.format === "csvPeople" || result.value.format === "csvTies";
  return { result, sheet: isSpreadsheetName(name) && mappable ? readCsvSheet(name, bytes) : null };
}

/** Files at least this large go to the worker. */
export const WORKER_THRESHOLD_BYTES = 512 * 1024;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: ImportOutcome) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL("./importWorker.ts", import.meta.url), { type: "module" });
  w.onmessage = (event: MessageEvent<ImportResponse>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if ("result" in event.data) waiting.resolve({ result: event.data.result, sheet: event.data.sheet });
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
): Promise<ImportOutcome> {
  if (bytes.length < WORKER_THRESHOLD_BYTES || typeof Worker === "undefined") {
    return Promise.resolve(importWithSheet(name, bytes, { ...options, domParser }));
  }
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, name, bytes, options } satisfies ImportRequest);
  });
}
