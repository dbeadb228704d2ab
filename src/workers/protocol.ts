// Messages between the app and the metrics Web Worker (architecture.md, data flow). Every
// request carries the document revision it was computed from, and every reply echoes it, so
// the client can drop results that an edit has already made stale.
import type { SerializedGraph } from "graphology-types";
import type { AnalysisReport, ComputeAllOptions } from "../domain/metrics/computeAll";

/** computeAll options except the ego, which travels separately. */
export type ComputeOptions = Omit<ComputeAllOptions, "egoId">;

export interface ComputeRequest {
  readonly type: "compute";
  readonly revision: number;
  readonly graph: SerializedGraph;
  readonly egoId: string | null;
  readonly options: ComputeOptions;
}

export interface ComputeResult {
  readonly type: "result";
  readonly revision: number;
  readonly report: AnalysisReport;
}

export interface ComputeFailure {
  readonly type: "error";
  readonly revision: number;
  readonly message: string;
}

export type WorkerRequest = ComputeRequest;
export type WorkerResponse = ComputeResult | ComputeFailure;

export function isWorkerResponse(data: unknown): data is WorkerResponse {
  if (typeof data !== "object" || data === null) return false;
  const d = data as { type?: unknown; revision?: unknown };
  return (d.type === "result" || d.type === "error") && typeof d.revision === "number";
}

export function isComputeRequest(data: unknown): data is ComputeRequest {
  if (typeof data !== "object" || data === null) return false;
  const d = data as { type?: unknown; revision?: unknown; graph?: unknown };
  return d.type === "compute" && typeof d.revision === "number" && typeof d.graph === "object" && d.graph !== null;
}
