// Worker entry: computes a report (same engine and defaults as `npm run analyze`) off the main
// thread, with or without the planned (what-if) items.
import { computeReport } from "../../domain/insights/report";
import type { MapDocument } from "../../domain/model";

export interface ReportRequest {
  readonly id: number;
  readonly doc: MapDocument;
  readonly includePlanned: boolean;
}

self.onmessage = (event: MessageEvent<ReportRequest>) => {
  const { id, doc, includePlanned } = event.data;
  try {
    self.postMessage({ id, report: computeReport(doc, includePlanned) });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
