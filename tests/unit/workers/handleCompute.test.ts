import { describe, expect, it } from "vitest";
import { documentToGraph } from "../../../src/domain/graph/toGraph";
import { computeAll, type LouvainOffload } from "../../../src/domain/metrics/computeAll";
import { louvainCommunities } from "../../../src/domain/metrics/louvain";
import { tieKnowledgeOf } from "../../../src/domain/metrics/tieKnowledge";
import { personId } from "../../../src/domain/model";
import { localSweep } from "../../../src/domain/metrics/paths";
import { handleCompute, handleComputeWith } from "../../../src/workers/handleCompute";
import { packResponse, unpackResponse, type ComputeRequest } from "../../../src/workers/protocol";
import { mapInsightsOf } from "../../../src/domain/insights/mapInsights";
import { egoAnalysisOf } from "../../../src/domain/insights/report";
import { sampleNetwork } from "../support/documents";

const doc = sampleNetwork();
const options = { diffusionSamples: 1_000, seed: 3 };

function request(patch: Partial<ComputeRequest>): ComputeRequest {
  return { type: "compute", revision: 7, doc, includePlanned: false, scope: "full", options, ...patch };
}

describe("handleCompute", () => {
  it("returns the report of the posted document, built into a graph in the worker, with the revision", () => {
    const response = handleCompute(request({}));
    const { graph, egoId } = documentToGraph(doc);
    const report = computeAll(graph, { ...options, egoId, tieKnowledge: tieKnowledgeOf(doc) });
    const ego = egoAnalysisOf(report, egoId);
    if (ego === null) throw new Error("expected an ego analysis");
    expect(response).toEqual({ type: "result", revision: 7, report, insights: mapInsightsOf(doc, ego) });
  });

  it("sends the closed circles and suggestions with a full report, so the main thread need not compute them", () => {
    const response = handleCompute(request({}));
    if (response.type !== "result" || response.insights === undefined) throw new Error("expected insights");
    expect(response.insights.suggestions.length).toBeGreaterThan(0);
    // They travel through the packed message too.
    const { message } = packResponse(response);
    expect(unpackResponse(message)).toEqual(response);
    expect(handleCompute(request({ scope: "ego" }))).not.toHaveProperty("insights");
  });

  it("returns only the ego analysis for the ego scope, equal to the full report's", () => {
    const response = handleCompute(request({ scope: "ego", includePlanned: true }));
    const full = handleCompute(request({ includePlanned: true }));
    if (response.type !== "result" || full.type !== "result") throw new Error("expected results");
    expect(Object.keys(response.report)).toEqual(["ego_analysis"]);
    expect(response.report.ego_analysis).toEqual(full.report.ego_analysis);
  });

  it("returns an error message naming the problem for an ego that is not in the map", () => {
    expect(handleCompute(request({ revision: 8, doc: { ...doc, egoId: personId("zed") } }))).toEqual({
      type: "error",
      revision: 8,
      message: 'computeAll: the ego "zed" is not a node of the graph.',
    });
  });

  it("returns an error for a message that is not a compute request", () => {
    expect(handleCompute({ type: "hello" })).toMatchObject({ type: "error", revision: -1 });
  });

  it("returns the same response when both Louvain partitions are handed to the pool as well", async () => {
    const partitioned: boolean[] = [];
    const louvain: LouvainOffload = (input) => {
      partitioned.push(input.weighted);
      return Promise.resolve(louvainCommunities(input));
    };
    expect(await handleComputeWith(request({}), localSweep, louvain)).toEqual(handleCompute(request({})));
    expect(partitioned).toEqual([false, true]);
  });

  it("returns the same response when the path sweep is handed to a sweep function (the pool)", async () => {
    for (const patch of [{}, { scope: "ego" as const }, { revision: 9, doc: null as never }]) {
      expect(await handleComputeWith(request(patch), localSweep)).toEqual(handleCompute(request(patch)));
    }
  });
});
