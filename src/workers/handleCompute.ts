// The worker's job as a pure function (testable in Node): deserialize the graph with
// graphology's import, run computeAll, and answer with the request's revision.
import Graph from "../domain/graph/graphology";
import { computeAll } from "../domain/metrics/computeAll";
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
      message: 'metricsWorker: expected a {type: "compute", revision, graph} message.',
    };
  }
  try {
    // A mixed multigraph accepts any serialised graph; computeAll preprocesses it (§P).
    const graph = new Graph({ type: "mixed", multi: true, allowSelfLoops: true });
    graph.import(data.graph);
    const report = computeAll(graph, { ...data.options, egoId: data.egoId });
    return { type: "result", revision: data.revision, report };
  } catch (e) {
    return { type: "error", revision: data.revision, message: e instanceof Error ? e.message : String(e) };
  }
}
