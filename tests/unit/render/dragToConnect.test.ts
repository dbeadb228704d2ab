// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type Sigma from "sigma";
import { personId, tieId } from "../../../src/domain/model";
import { buildRenderGraph, type RenderEdge, type RenderNode } from "../../../src/render/buildRenderGraph";
import { attachDragToConnect } from "../../../src/render/dragToConnect";
import { createMapStore } from "../../../src/store/mapStore";
import { AKI, BEN, smallMap } from "../ui/editor/harness";

type Handler = (payload: Record<string, unknown>) => void;

/** The few sigma calls dragToConnect makes, with viewport = graph coordinates. */
function fakeSigma() {
  const handlers = new Map<string, Handler>();
  const container = document.createElement("div");
  const sigma = {
    on: (name: string, h: Handler) => handlers.set(name, h),
    off: (name: string) => handlers.delete(name),
    getContainer: () => container,
    graphToViewport: (p: { x: number; y: number }) => ({ x: p.x, y: p.y }),
    viewportToGraph: (p: { x: number; y: number }) => ({ x: p.x, y: p.y }),
  };
  const mouse = (x: number, y: number, shiftKey = false) => ({
    x,
    y,
    original: { shiftKey, preventDefault: () => undefined, stopPropagation: () => undefined },
    preventSigmaDefault: () => undefined,
  });
  const emit = (name: string, payload: Record<string, unknown>) => handlers.get(name)?.(payload);
  return {
    sigma: sigma as unknown as Sigma<RenderNode, RenderEdge>,
    emit,
    mouse,
    container,
    handlers,
  };
}

describe("attachDragToConnect", () => {
  it("moves a person on plain drag and saves the position on drop", () => {
    const store = createMapStore(smallMap());
    const graph = buildRenderGraph(store.getState().doc);
    const { sigma, emit, mouse } = fakeSigma();
    attachDragToConnect(sigma, graph, store);
    emit("downNode", { node: AKI, event: mouse(0, 0) });
    emit("moveBody", { event: mouse(12, -7) });
    emit("upStage", {});
    expect(store.getState().doc.positions[AKI]).toEqual({ x: 12, y: -7 });
    expect(Object.keys(store.getState().doc.ties)).toHaveLength(3);
  });

  it("connects two people on Shift+drag and shows a rubber band meanwhile", () => {
    const store = createMapStore(smallMap());
    const graph = buildRenderGraph(store.getState().doc);
    const { sigma, emit, mouse, container } = fakeSigma();
    attachDragToConnect(sigma, graph, store);
    emit("downNode", { node: AKI, event: mouse(0, 0, true) });
    emit("moveBody", { event: mouse(5, 5) });
    const band = container.querySelector("svg.rubber-band") as SVGElement;
    expect(band.style.display).toBe("block");
    emit("upNode", { node: BEN });
    expect(band.style.display).toBe("none");
    expect(store.getState().doc.ties[tieId(AKI, BEN)]).toBeDefined();
    expect(store.getState().doc.positions[AKI]).toBeUndefined();
    expect(store.getState().canvasConnection).toEqual({ a: AKI, b: BEN });
  });

  it("connects without Shift while connect mode is on, and ignores a drop on the same person", () => {
    const store = createMapStore(smallMap());
    const graph = buildRenderGraph(store.getState().doc);
    const { sigma, emit, mouse, handlers } = fakeSigma();
    const detach = attachDragToConnect(sigma, graph, store);
    store.getState().setConnectMode(true);
    emit("downNode", { node: AKI, event: mouse(0, 0) });
    emit("moveBody", { event: mouse(3, 3) });
    emit("upNode", { node: AKI });
    expect(Object.keys(store.getState().doc.ties)).toHaveLength(3);
    emit("downNode", { node: AKI, event: mouse(0, 0) });
    emit("moveBody", { event: mouse(3, 3) });
    emit("upNode", { node: personId("chie") });
    expect(store.getState().doc.ties[tieId(AKI, personId("chie"))]).toBeDefined();
    detach();
    expect(handlers.size).toBe(0);
  });
});
