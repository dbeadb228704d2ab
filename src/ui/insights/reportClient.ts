// Client of the insights worker: one request per (document, planned?) with a promise per id.
// Without Worker support (tests, very old browsers) the report is computed inline.
import { computeReport } from "../../domain/insights/report";
import type { AnalysisReport } from "../../domain/metrics/computeAll";
import type { MapDocument } from "../../domain/model";

type Reply = { id: number; report?: AnalysisReport; error?: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: AnalysisReport) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  if (worker) return worker;
  worker = new Worker(new URL("./insightsWorker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const { id, report, error } = event.data;
    const p = pending.get(id);
    pending.delete(id);
    if (!p) return;
    if (report) p.resolve(report);
    else p.reject(new Error(error ?? "unknown error"));
  };
  return worker;
}

export function requestReport(doc: MapDocument, includePlanned: boolean): Promise<AnalysisReport> {
  const w = getWorker();
  if (!w) {
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve(computeReport(doc, includePlanned));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }, 0);
    });
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, doc, includePlanned });
  });
}
