// A new map of thousands of people is drawn in slices (renderSync.ts): the page gets the main
// thread back between them, the graph ends as a synchronous build would make it, a newer
// revision drops a stale one, people named like Object.prototype members are drawn too, and the
// renderer's own processing of the new map runs in the slices before the map counts as drawn.
import { describe, expect, it } from "vitest";
import { computeReport } from "../../../src/domain/insights/report";
import {
  createDocument,
  dict,
  mapId,
  personId,
  tieId,
  updatePerson,
  type Community,
  type CommunityId,
  type Likert,
  type MapDocument,
  type Person,
  type PersonId,
  type Tie,
  type TieId,
} from "../../../src/domain/model";
import { buildRenderGraph, type RenderGraph } from "../../../src/render/buildRenderGraph";
import { patchRenderGraph, type SliceWriter } from "../../../src/render/renderPatch";
import { renderOptions, SLICE_PEOPLE, syncRenderGraph } from "../../../src/render/renderSync";
import { createMapStore } from "../../../src/store/mapStore";
import { sampleDoc } from "../domain/insights/helpers";

/** A LinkedIn-like map: `n` contacts in a few companies, some tied to each other. */
function bigDoc(n: number, prefix = "p", extra: readonly string[] = []): MapDocument {
  const base = createDocument({ id: mapId("big"), title: "Big", egoId: personId("me"), egoName: "Me", now: "" });
  const people = dict<PersonId, Person>();
  const ties = dict<TieId, Tie>();
  const communities = dict<CommunityId, Community>();
  for (let c = 0; c < 5; c++) {
    const id = `c${c}` as CommunityId;
    communities[id] = { id, name: `Company ${c}`, sphere: "work" };
  }
  people[base.egoId] = base.people[base.egoId] as Person;
  const ids = [...extra, ...Array.from({ length: n - extra.length }, (_, i) => `${prefix}${i}`)].map(personId);
  ids.forEach((id, i) => {
    people[id] = { id, name: `Person ${i % 97} ${id}`, communityIds: i % 3 === 0 ? [] : [`c${i % 5}` as CommunityId] };
    const egoTie = tieId(base.egoId, id);
    ties[egoTie] = { id: egoTie, a: base.egoId, b: id, answers: { emotional: (1 + (i % 5)) as Likert } };
    const prev = ids[i - 1];
    if (i % 4 === 1 && prev) {
      const t = tieId(prev, id);
      ties[t] = { id: t, a: prev, b: id, answers: {}, weight: 0.5 };
    }
  });
  return { ...base, people, ties, communities };
}

/** Nodes and edges with their attributes, order-independent. */
function content(graph: RenderGraph) {
  const nodes = graph.mapNodes((id, attrs) => [id, attrs] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  const edges = graph
    .mapEdges((id, attrs, s, t) => [id, [s, t].sort(), attrs] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return { nodes, edges };
}

/** A hand-run scheduler, a clock that moves 10 ms per reading and a writer that counts chunks. */
function harness() {
  const tasks: (() => void)[] = [];
  let t = 0;
  const chunks: { nodes: number; edges: number }[] = [];
  let done = 0;
  let ran = 0;
  const writer: SliceWriter = {
    write(nodes, edges, run) {
      chunks.push({ nodes: nodes.length, edges: edges.length });
      run();
    },
    done() {
      done++;
    },
  };
  return {
    tasks,
    chunks,
    done: () => done,
    hooks: { slices: writer, schedule: (task: () => void) => tasks.push(task), now: () => (t += 10) },
    /** How many tasks have been run so far. */
    taskCount: () => ran,
    /** Runs the next task; false when none is left. */
    step(): boolean {
      const task = tasks.shift();
      if (task) ran++;
      task?.();
      return task !== undefined;
    },
    runAll(): number {
      let n = 0;
      while (this.step()) n++;
      return n;
    },
  };
}

describe("a new map of thousands of people, drawn in slices", () => {
  it("ends with the graph a synchronous build gives, written over many tasks", () => {
    const store = createMapStore(sampleDoc());
    const graph = buildRenderGraph(store.getState().doc, renderOptions(store.getState()));
    const h = harness();
    const drawn: MapDocument[] = [];
    let documents = 0;
    const stop = syncRenderGraph(graph, store, {
      ...h.hooks,
      onDocument: () => documents++,
      onDrawn: (d) => drawn.push(d),
    });
    const big = bigDoc(SLICE_PEOPLE + 1000);
    store.getState().replaceDocument(big);
    // Nothing written in the store update itself: the old map is still drawn.
    expect(graph.hasNode(personId("p0"))).toBe(false);
    expect(drawn).toEqual([]);
    const tasks = h.runAll();
    expect(tasks).toBeGreaterThan(5);
    expect(h.chunks.length).toBeGreaterThan(1);
    expect(h.done()).toBe(1);
    expect(documents).toBe(1);
    expect(drawn).toEqual([big]);
    expect(content(graph)).toEqual(content(buildRenderGraph(big, renderOptions(store.getState()))));
    stop();
  });

  it("keeps small edits synchronous, also on a large map", () => {
    const big = bigDoc(SLICE_PEOPLE + 500);
    const store = createMapStore(big);
    const graph = buildRenderGraph(big, renderOptions(store.getState()));
    const h = harness();
    const stop = syncRenderGraph(graph, store, h.hooks);
    store.getState().apply((d) => updatePerson(d, { id: personId("p7"), name: "Renamed" }));
    expect(graph.getNodeAttribute("p7", "label")).toBe("Renamed");
    expect(h.tasks).toEqual([]);
    stop();
  });

  it("drops a stale revision: only the newest one is finished and drawn", () => {
    const store = createMapStore(sampleDoc());
    const graph = buildRenderGraph(store.getState().doc, renderOptions(store.getState()));
    const h = harness();
    const drawn: MapDocument[] = [];
    const stop = syncRenderGraph(graph, store, { ...h.hooks, onDrawn: (d) => drawn.push(d) });
    const first = bigDoc(SLICE_PEOPLE + 800, "a");
    const second = bigDoc(SLICE_PEOPLE + 600, "b");
    store.getState().replaceDocument(first);
    // Part of the first map is written before the second one arrives.
    while (h.chunks.length === 0) h.step();
    expect(h.done()).toBe(0);
    store.getState().replaceDocument(second);
    h.runAll();
    expect(drawn).toEqual([second]);
    expect(h.done()).toBe(1);
    expect(graph.hasNode(personId("a0"))).toBe(false);
    expect(content(graph)).toEqual(content(buildRenderGraph(second, renderOptions(store.getState()))));
    stop();
  });

  it("starts again when something else writes to the graph between two slices", () => {
    const store = createMapStore(sampleDoc());
    const graph = buildRenderGraph(store.getState().doc, renderOptions(store.getState()));
    const h = harness();
    const stop = syncRenderGraph(graph, store, h.hooks);
    const big = bigDoc(SLICE_PEOPLE + 300);
    store.getState().replaceDocument(big);
    for (let i = 0; i < 5; i++) h.step();
    expect(h.done()).toBe(0);
    // Another writer (a view restyle) patches the whole graph meanwhile.
    patchRenderGraph(graph, big, renderOptions(store.getState()));
    graph.setNodeAttribute("p1", "label", "Scribbled");
    h.runAll();
    expect(content(graph)).toEqual(content(buildRenderGraph(big, renderOptions(store.getState()))));
    stop();
  });

  it("restyles a large map with its analysis in slices", () => {
    const big = bigDoc(SLICE_PEOPLE + 200);
    const store = createMapStore(big);
    const graph = buildRenderGraph(big, renderOptions(store.getState()));
    const h = harness();
    let analyses = 0;
    const stop = syncRenderGraph(graph, store, { ...h.hooks, onAnalysis: () => analyses++ });
    const report = computeReport(big);
    store.setState((s) => ({ metrics: { ...s.metrics, status: "ready", report } }));
    expect(analyses).toBe(0);
    expect(h.runAll()).toBeGreaterThan(2);
    expect(analyses).toBe(1);
    expect(content(graph)).toEqual(content(buildRenderGraph(big, renderOptions(store.getState()))));
    stop();
  });

  it("draws people named like Object.prototype members", () => {
    const store = createMapStore(sampleDoc());
    const graph = buildRenderGraph(store.getState().doc, renderOptions(store.getState()));
    const h = harness();
    const stop = syncRenderGraph(graph, store, h.hooks);
    const big = bigDoc(SLICE_PEOPLE + 100, "p", ["__proto__", "constructor", "hasOwnProperty", "toString"]);
    store.getState().replaceDocument(big);
    h.runAll();
    for (const id of ["__proto__", "constructor", "hasOwnProperty", "toString"]) {
      expect(graph.hasNode(id)).toBe(true);
      const { x, y } = graph.getNodeAttributes(id);
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
    expect(graph.hasEdge(tieId(personId("me"), personId("__proto__")))).toBe(true);
    expect(content(graph)).toEqual(content(buildRenderGraph(big, renderOptions(store.getState()))));
    stop();
  });

  it("lets the renderer settle the new map in steps of its own, in later slices, before it is reported drawn", () => {
    const store = createMapStore(sampleDoc());
    const graph = buildRenderGraph(store.getState().doc, renderOptions(store.getState()));
    const h = harness();
    const events: string[] = [];
    const slices: SliceWriter = {
      ...h.hooks.slices,
      done: () => events.push("done"),
      *settle() {
        for (let i = 0; i < 6; i++) {
          events.push(`step ${i} in task ${h.taskCount()}`);
          yield;
        }
      },
    };
    const stop = syncRenderGraph(graph, store, {
      ...h.hooks,
      slices,
      onDrawn: () => events.push("drawn"),
    });
    store.getState().replaceDocument(bigDoc(SLICE_PEOPLE + 100));
    h.runAll();
    expect(events[0]).toBe("done");
    expect(events.at(-1)).toBe("drawn");
    const steps = events.slice(1, -1);
    expect(steps.map((e) => e.split(" in ")[0])).toEqual([0, 1, 2, 3, 4, 5].map((i) => `step ${i}`));
    // Not all in one task: the slices' clock (10 ms per reading, 30 ms per slice) cuts them.
    expect(new Set(steps.map((e) => e.split(" in ")[1])).size).toBeGreaterThan(1);
    stop();
  });

  it("writes nothing after it is stopped", () => {
    const store = createMapStore(sampleDoc());
    const graph = buildRenderGraph(store.getState().doc, renderOptions(store.getState()));
    const h = harness();
    const stop = syncRenderGraph(graph, store, h.hooks);
    store.getState().replaceDocument(bigDoc(SLICE_PEOPLE + 100));
    h.step();
    stop();
    const before = graph.order;
    h.runAll();
    expect(graph.order).toBe(before);
    expect(h.done()).toBe(0);
  });
});
