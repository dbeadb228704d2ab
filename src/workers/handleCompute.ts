// The worker's job as a pure function (testable in Node): build the graph from the posted map
// document (documentToGraph, here and not on the main thread), then run computeAll, or only the
// ego analysis for the "ego" scope, and answer with the request's revision. handleComputeWith
// is the same with the shortest-path sweep handed to a pool of threads (src/workers/pathsPool.ts).
import { documentToGraph } from "../domain/graph/toGraph";
import { mapInsightsOf, type MapInsights } from "../domain/insights/mapInsights";
import { egoAnalysisOf } from "../domain/insights/report";
import type { AnalysisReport } from "../domain/metrics/computeAll";
import { tieKnowledgeOf } from "../domain/metrics/tieKnowledge";
import { computeAll, computeAllWith, computeEgoReport, type LouvainOffload } from "../domain/metrics/computeAll";
import type { PathSweep } from "../domain/metrics/paths";
import { applyDocumentDelta } from "./documentDelta";
import { unpackDocument } from "./packedDocument";
import type { MapDocument } from "../domain/model";
import {
  isComputeDeltaRequest,
  isComputePackedRequest,
  isComputeRequest,
  type ComputeRequest,
  type NeedDocument,
  type WorkerResponse,
} from "./protocol";

function badRequest(data: unknown): WorkerResponse {
  const revision =
    typeof (data as { revision?: unknown } | null)?.revision === "number"
      ? (data as { revision: number }).revision
      : -1;
  return {
    type: "error",
    revision,
    message: 'metricsWorker: expected a {type: "compute", revision, doc, scope} message.',
  };
}

const failure = (data: ComputeRequest, e: unknown): WorkerResponse => ({
  type: "error",
  revision: data.revision,
  message: e instanceof Error ? e.message : String(e),
});

/** The closed circles and suggestions of a full report's ego, computed here, off the main thread. */
function insightsOf(doc: MapDocument, report: AnalysisReport, egoId: string): { insights?: MapInsights } {
  const ego = egoAnalysisOf(report, egoId);
  return ego === null ? {} : { insights: mapInsightsOf(doc, ego) };
}

export function handleCompute(data: unknown): WorkerResponse {
  if (!isComputeRequest(data)) return badRequest(data);
  try {
    const { graph, egoId } = documentToGraph(data.doc, { includePlanned: data.includePlanned });
    const options = { ...data.options, egoId, tieKnowledge: tieKnowledgeOf(data.doc) };
    if (data.scope === "ego")
      return { type: "result", revision: data.revision, report: computeEgoReport(graph, options) };
    const report = computeAll(graph, options);
    return { type: "result", revision: data.revision, report, ...insightsOf(data.doc, report, egoId) };
  } catch (e) {
    return failure(data, e);
  }
}

/**
 * handleCompute with the sweep of a "full" request on `sweep` and, given `louvain`, its two
 * Louvain partitions on the pool too (computeAllWith); the same report, number for number.
 */
export async function handleComputeWith(
  data: unknown,
  sweep: PathSweep,
  louvain?: LouvainOffload,
): Promise<WorkerResponse> {
  if (!isComputeRequest(data) || data.scope === "ego") return handleCompute(data);
  try {
    const { graph, egoId } = documentToGraph(data.doc, { includePlanned: data.includePlanned });
    const report = await computeAllWith(
      graph,
      { ...data.options, egoId, tieKnowledge: tieKnowledgeOf(data.doc) },
      sweep,
      louvain,
    );
    return { type: "result", revision: data.revision, report, ...insightsOf(data.doc, report, egoId) };
  } catch (e) {
    return failure(data, e);
  }
}

/**
 * The worker's memory of the last document it received: a "compute" request is kept as it is
 * (with its docSeq), a "compute-delta" one is written onto the kept document it names and
 * becomes a "compute" request; "need-document" when the kept one is not that document (the
 * client then sends it whole). Anything else passes through for handleCompute to refuse.
 */
export function createDocumentMemory(): (data: unknown) => unknown {
  let kept: { docSeq: number; doc: MapDocument } | null = null;
  return (data) => {
    if (isComputeDeltaRequest(data)) {
      const { delta, docSeq, ...rest } = data;
      if (kept === null || kept.docSeq !== delta.base) {
        kept = null;
        const need: NeedDocument = { type: "need-document", revision: data.revision };
        return need;
      }
      let doc: MapDocument;
      try {
        doc = applyDocumentDelta(kept.doc, delta);
      } catch {
        kept = null;
        return { type: "need-document", revision: data.revision } satisfies NeedDocument;
      }
      kept = { docSeq, doc };
      const request: ComputeRequest = { ...rest, type: "compute", doc, docSeq };
      return request;
    }
    if (isComputePackedRequest(data)) {
      const { docText, ...rest } = data;
      let doc: MapDocument;
      try {
        doc = unpackDocument(docText);
      } catch {
        kept = null;
        return { type: "need-document", revision: data.revision } satisfies NeedDocument;
      }
      const request: ComputeRequest = { ...rest, type: "compute", doc };
      kept = typeof data.docSeq === "number" ? { docSeq: data.docSeq, doc } : null;
      return request;
    }
    if (isComputeRequest(data)) kept = typeof data.docSeq === "number" ? { docSeq: data.docSeq, doc: data.doc } : null;
    return data;
  };
}

export function isNeedDocument(data: unknown): data is NeedDocument {
  return typeof data === "object" && data !== null && (data as { type?: unknown }).type === "need-document";
}
