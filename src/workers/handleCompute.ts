// The worker's job as a pure function (testable in Node): build the graph from the posted map
// document (documentToGraph, here and not on the main thread), then run computeAll, or only the
// ego analysis for the "ego" scope, and answer with the request's revision.
import { documentToGraph } from "../domain/graph/toGraph";
import { computeAll, computeEgoReport } from "../domain/metrics/computeAll";
import { tieKnowledgeOf } from "../domain/metrics/tieKnowledge";
import { isComputeRequest, type WorkerResponse } from "./protocol";

export function handleCompute(data: unknown): WorkerResponse {
  if (!isComputeRequest(data)) {
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
  try {
    const { graph, egoId } = documentToGraph(data.doc, { includePlanned: data.includePlanned });
    const options = { ...data.options, egoId, tieKnowledge: tieKnowledgeOf(data.doc) };
    const report = data.scope === "ego" ? computeEgoReport(graph, options) : computeAll(graph, options);
    return { type: "result", revision: data.revision, report };
  } catch (e) {
    return { type: "error", revision: data.revision, message: e instanceof Error ? e.message : String(e) };
  }
}
