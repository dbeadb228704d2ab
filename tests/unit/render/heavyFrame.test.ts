// The outline and label layers of a large map draw after sigma's frame, in tasks of their own,
// whenever the map changed (an edit, an analysis), so that one frame never carries all three; a
// camera move on it, and any change to a small map, still draws them within the frame.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { RenderEdge, RenderGraph, RenderNode } from "../../../src/render/buildRenderGraph";
import { deferOnHeavy, markHeavy } from "../../../src/render/heavyFrame";
import { SLICE_PEOPLE } from "../../../src/render/renderSync";

function graphOf(n: number): RenderGraph {
  const g: RenderGraph = new Graph<RenderNode, RenderEdge>({ type: "undirected" });
  for (let i = 0; i < n; i++) g.addNode(`p${i}`, { x: i, y: 0, size: 3, color: "#000", label: `P${i}` } as RenderNode);
  return g;
}

const nextTasks = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

/** Runs one frame of a layer and says how it drew: in the frame, later, or not at all. */
function frameOf(layer: ReturnType<typeof deferOnHeavy>, log: string[]) {
  layer(
    () => log.push("now"),
    (finish) => {
      log.push("later");
      finish();
    },
  );
}

describe("deferOnHeavy", () => {
  it("defers a large map's layers after each change, draws camera moves in the frame", async () => {
    const g = graphOf(SLICE_PEOPLE + 1);
    const layer = deferOnHeavy(g);
    const log: string[] = [];
    frameOf(layer, log);
    expect(log).toEqual(["now"]);
    g.setNodeAttribute("p1", "x", 5); // an edit
    frameOf(layer, log);
    expect(log).toEqual(["now"]);
    await nextTasks();
    expect(log).toEqual(["now", "later"]);
    frameOf(layer, log); // the camera moved: same graph
    expect(log).toEqual(["now", "later", "now"]);
  });

  it("draws a small map's layers in the frame after a change", () => {
    const g = graphOf(10);
    const layer = deferOnHeavy(g);
    const log: string[] = [];
    frameOf(layer, log);
    g.setNodeAttribute("p1", "x", 5);
    frameOf(layer, log);
    expect(log).toEqual(["now", "now"]);
  });

  it("defers the first frame after a sliced patch, whatever the size, once", async () => {
    const g = graphOf(10);
    const layer = deferOnHeavy(g);
    const log: string[] = [];
    markHeavy(g);
    frameOf(layer, log);
    await nextTasks();
    frameOf(layer, log);
    expect(log).toEqual(["later", "now"]);
  });

  it("leaves the frames drawn while a deferred drawing runs to it", async () => {
    const g = graphOf(SLICE_PEOPLE + 1);
    const layer = deferOnHeavy(g);
    const log: string[] = [];
    let done = () => {};
    const frame = () =>
      layer(
        () => log.push("now"),
        (finish) => {
          log.push("later");
          done = finish;
        },
      );
    frame();
    g.setNodeAttribute("p1", "x", 5);
    frame();
    await nextTasks();
    frame();
    frame();
    expect(log).toEqual(["now", "later"]);
    done();
    frame();
    expect(log).toEqual(["now", "later", "now"]);
  });
});
