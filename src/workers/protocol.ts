// Messages between the app and the metrics Web Worker (architecture.md, data flow). A request
// carries the map document itself (plain, structured-clonable data): the worker builds the graph,
// so the main thread never does. Every request carries the document revision it was computed
// from, and every reply echoes it, so the client can drop results that an edit has made stale.
import type { AnalysisReport, ComputeAllOptions, EgoReport } from "../domain/metrics/computeAll";
import type { MapInsights } from "../domain/insights/mapInsights";
import type { MapDocument } from "../domain/model";
import type { DocumentDelta } from "./documentDelta";
import { packReport, unpackReport, type PackedReport } from "./reportCodec";

/** computeAll options except the ego, which is the document's own. */
export type ComputeOptions = Omit<ComputeAllOptions, "egoId">;

/** "full": every metric (computeAll); "ego": only the ego analysis (what-if compares just that). */
export type ComputeScope = "full" | "ego";

export type ReportOf<S extends ComputeScope> = S extends "ego" ? EgoReport : AnalysisReport;

export interface ComputeRequest {
  readonly type: "compute";
  readonly revision: number;
  readonly doc: MapDocument;
  /** Names this document for the deltas that follow it (documentDelta.ts); absent: none follow. */
  readonly docSeq?: number;
  /** Include the planned (what-if) people, communities and ties. */
  readonly includePlanned: boolean;
  readonly scope: ComputeScope;
  readonly options: ComputeOptions;
}

/**
 * A request whose document is sent as its change against the document of the request numbered
 * `delta.base` (the worker's last one): on a 30,000-person map an edit posts a few entries
 * instead of cloning the whole map. A worker that does not hold that document answers
 * "need-document" and the client sends the whole document.
 */
export interface ComputeDeltaRequest {
  readonly type: "compute-delta";
  readonly revision: number;
  readonly docSeq: number;
  readonly delta: DocumentDelta;
  readonly includePlanned: boolean;
  readonly scope: ComputeScope;
  readonly options: ComputeOptions;
}

/**
 * A "compute" request whose document travels as JSON text (packedDocument.ts): what a whole
 * document is posted as; the worker parses it and handles the request as "compute".
 */
export interface ComputePackedRequest extends Omit<ComputeRequest, "type" | "doc"> {
  readonly type: "compute-packed";
  readonly docText: string;
}

export interface NeedDocument {
  readonly type: "need-document";
  readonly revision: number;
}

export interface ComputeResult {
  readonly type: "result";
  readonly revision: number;
  readonly report: AnalysisReport | EgoReport;
  /** The closed circles and suggestions of a "full" report with an ego (mapInsights.ts). */
  readonly insights?: MapInsights;
}

/** A result whose report travels as transferable tables (reportCodec.ts); the worker sends these. */
export interface PackedComputeResult {
  readonly type: "packed-result";
  readonly revision: number;
  readonly packed: PackedReport;
  readonly insights?: MapInsights;
}

export interface ComputeFailure {
  readonly type: "error";
  readonly revision: number;
  readonly message: string;
}

export type WorkerRequest = ComputeRequest | ComputeDeltaRequest;
export type WorkerResponse = ComputeResult | ComputeFailure;
/** What crosses the worker boundary: a result is packed on the way out. */
export type WorkerMessage = WorkerResponse | PackedComputeResult | NeedDocument;

export function isWorkerResponse(data: unknown): data is WorkerMessage {
  if (typeof data !== "object" || data === null) return false;
  const d = data as { type?: unknown; revision?: unknown };
  return (
    (d.type === "result" || d.type === "error" || d.type === "packed-result" || d.type === "need-document") &&
    typeof d.revision === "number"
  );
}

/** The message to post for `response` and the buffers to transfer with it. */
export function packResponse(response: WorkerResponse): {
  message: WorkerResponse | PackedComputeResult;
  transfer: ArrayBuffer[];
} {
  if (response.type !== "result") return { message: response, transfer: [] };
  const { packed, transfer } = packReport(response.report);
  const insights = response.insights ? { insights: response.insights } : {};
  return { message: { type: "packed-result", revision: response.revision, packed, ...insights }, transfer };
}

/** The response a (possibly packed) message stands for. */
export function unpackResponse(message: WorkerResponse | PackedComputeResult): WorkerResponse {
  if (message.type !== "packed-result") return message;
  return {
    type: "result",
    revision: message.revision,
    report: unpackReport(message.packed) as AnalysisReport | EgoReport,
    ...(message.insights ? { insights: message.insights } : {}),
  };
}

export function isComputeRequest(data: unknown): data is ComputeRequest {
  if (typeof data !== "object" || data === null) return false;
  const d = data as { type?: unknown; revision?: unknown; doc?: unknown; scope?: unknown };
  return (
    d.type === "compute" &&
    typeof d.revision === "number" &&
    typeof d.doc === "object" &&
    d.doc !== null &&
    (d.scope === "full" || d.scope === "ego")
  );
}

export function isComputePackedRequest(data: unknown): data is ComputePackedRequest {
  if (typeof data !== "object" || data === null) return false;
  const d = data as { type?: unknown; revision?: unknown; docText?: unknown; scope?: unknown };
  return (
    d.type === "compute-packed" &&
    typeof d.revision === "number" &&
    typeof d.docText === "string" &&
    (d.scope === "full" || d.scope === "ego")
  );
}

export function isComputeDeltaRequest(data: unknown): data is ComputeDeltaRequest {
  if (typeof data !== "object" || data === null) return false;
  const d = data as { type?: unknown; revision?: unknown; docSeq?: unknown; delta?: unknown; scope?: unknown };
  return (
    d.type === "compute-delta" &&
    typeof d.revision === "number" &&
    typeof d.docSeq === "number" &&
    typeof d.delta === "object" &&
    d.delta !== null &&
    (d.scope === "full" || d.scope === "ego")
  );
}
