import { describe, expect, it } from "vitest";
import { handleCompute } from "../../../src/workers/handleCompute";
import { fixtureGraph, loadFixture } from "../support/fixtures";

describe("handleCompute", () => {
  const graph = fixtureGraph(loadFixture("ego_granovetter.json")).export();

  it("returns the report of a serialized graph with the request's revision", () => {
    const response = handleCompute({
      type: "compute",
      revision: 7,
      graph,
      egoId: "ego",
      options: { diffusionSamples: 1_000 },
    });
    expect(response.type).toBe("result");
    expect(response.revision).toBe(7);
    if (response.type === "result") {
      expect(response.report.ego_analysis?.ego?.summary.top_alters).toEqual(["ana", "ben", "brother"]);
      expect(response.report.graph_metrics.n_nodes).toBe(19);
    }
  });

  it("returns an error message naming the problem for an unknown ego", () => {
    expect(handleCompute({ type: "compute", revision: 8, graph, egoId: "zed", options: {} })).toEqual({
      type: "error",
      revision: 8,
      message: 'computeAll: the ego "zed" is not a node of the graph.',
    });
  });

  it("returns an error for a message that is not a compute request", () => {
    expect(handleCompute({ type: "hello" })).toMatchObject({ type: "error", revision: -1 });
  });
});
