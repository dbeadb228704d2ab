// The ego analysis reuses computeAll's structural results (architecture.md, "compute once"): no
// ego subgraph and no extra Burt passes; its Burt companions are node_metrics[ego]'s ego-network
// values. The what-if report (computeEgoReport) computes only the ego analysis and gives the
// same numbers as the full computation, on the sample and on random maps with planned items.
import { afterEach, describe, expect, it, vi } from "vitest";
import { documentToGraph } from "../../../../src/domain/graph/toGraph";
import * as kernel from "../../../../src/domain/metrics/burtKernel";
import { computeAll, computeEgoReport } from "../../../../src/domain/metrics/computeAll";
import { computeEgoBetweenness } from "../../../../src/domain/metrics/egoBetweenness";
import * as egoGraph from "../../../../src/domain/metrics/egoGraph";
import * as paths from "../../../../src/domain/metrics/paths";
import * as preprocess from "../../../../src/domain/metrics/preprocess";
import { createRng } from "../../../../src/domain/metrics/rng";
import {
  computeConstraint,
  computeEffectiveSize,
  computeHierarchy,
} from "../../../../src/domain/metrics/structuralHoles";
import { addCommunity, addPerson, setTie, type MapDocument, type Sphere } from "../../../../src/domain/model";
import { C, P, sampleDoc, smallDoc } from "../insights/helpers";

const OPTIONS = { diffusionSamples: 2_000, seed: 9 };
const SPHERES: readonly Sphere[] = ["family", "work", "third"];

/** A seeded random map: circles, contacts, second-degree people, alter ties, planned items. */
function randomDoc(seed: number): MapDocument {
  const rng = createRng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  let doc = smallDoc([], {});
  const circles = 2 + Math.floor(rng() * 4);
  for (let c = 0; c < circles; c++) {
    doc = addCommunity(doc, { id: C(`c${c}`), name: `C${c}`, sphere: pick(SPHERES), planned: rng() < 0.2 });
  }
  const people: string[] = [];
  for (let i = 0; i < 8 + Math.floor(rng() * 20); i++) {
    const id = `p${i}`;
    people.push(id);
    const communityIds = rng() < 0.8 ? [C(`c${Math.floor(rng() * circles)}`)] : [];
    doc = addPerson(doc, { id: P(id), name: id, communityIds, planned: rng() < 0.15 });
    if (rng() < 0.75) doc = setTie(doc, { a: doc.egoId, b: P(id), weight: rng(), planned: rng() < 0.15 });
  }
  for (let k = 0; k < people.length * 2; k++) {
    const a = pick(people);
    const b = pick(people);
    if (a !== b) doc = setTie(doc, { a: P(a), b: P(b), weight: Math.round(rng() * 10) / 10, planned: rng() < 0.1 });
  }
  return doc;
}

afterEach(() => vi.restoreAllMocks());

describe("computeAll ego analysis", () => {
  const { graph, egoId } = documentToGraph(sampleDoc());

  it("builds no ego subgraph or copy and runs the Burt kernel only twice (unweighted, weighted)", () => {
    const sub = vi.spyOn(egoGraph, "egoGraph");
    const copy = vi.spyOn(preprocess, "preprocess");
    const burt = vi.spyOn(kernel, "burtKernel");
    computeAll(graph, { ...OPTIONS, egoId });
    expect(sub).not.toHaveBeenCalled();
    expect(copy).not.toHaveBeenCalled();
    expect(burt).toHaveBeenCalledTimes(2);
  });

  it("returns Burt's companions equal to node_metrics[ego]'s ego-network values", () => {
    const report = computeAll(graph, { ...OPTIONS, egoId });
    const node = report.node_metrics[egoId]!;
    const summary = report.ego_analysis![egoId]!.summary;
    expect(summary.constraint).toBe(node.constraint_ego);
    expect(summary.effective_size).toBe(node.effective_size);
    expect(summary.effective_size_weighted).toBe(node.effective_size_weighted_ego);
    expect(summary.constraint_weighted).toBe(node.constraint_weighted_ego);
    expect(summary.ego_betweenness).toBe(node.ego_betweenness);
  });
});

describe("computeEgoReport", () => {
  const docs = [
    { name: "sample", doc: sampleDoc() },
    ...[1, 2, 3, 4].map((s) => ({ name: `random ${s}`, doc: randomDoc(s) })),
  ];

  it.each(docs)("returns the full computation's ego analysis on the $name map with planned items", ({ doc }) => {
    const { graph, egoId } = documentToGraph(doc, { includePlanned: true });
    const full = computeAll(graph, { ...OPTIONS, egoId });
    const egoOnly = computeEgoReport(graph, { ...OPTIONS, egoId });
    expect(Object.keys(egoOnly)).toEqual(["ego_analysis"]);
    expect(egoOnly.ego_analysis).toEqual(full.ego_analysis);
  });

  it.each(docs)(
    "returns the Burt companions computed on the ego subgraph (the former way) on the $name map",
    ({ doc }) => {
      const { graph, egoId } = documentToGraph(doc, { includePlanned: true });
      const summary = computeEgoReport(graph, { ...OPTIONS, egoId }).ego_analysis![egoId]!.summary;
      const local = egoGraph.egoGraph(graph, egoId);
      const close = (got: number | null, want: number | null | undefined) =>
        want === null || want === undefined ? expect(got).toBeNull() : expect(got).toBeCloseTo(want, 12);
      close(summary.effective_size, computeEffectiveSize(local)[egoId]);
      close(summary.constraint, computeConstraint(local)[egoId]);
      close(summary.hierarchy, computeHierarchy(local)[egoId]);
      close(summary.effective_size_weighted, computeEffectiveSize(local, { weighted: true })[egoId]);
      close(summary.constraint_weighted, computeConstraint(local, { weighted: true })[egoId]);
      close(summary.ego_betweenness, computeEgoBetweenness(local)[egoId]);
    },
  );

  it("computes no all-pairs shortest paths", () => {
    const allPairs = vi.spyOn(paths, "pathCentralities");
    const { graph, egoId } = documentToGraph(randomDoc(5), { includePlanned: true });
    const report = computeEgoReport(graph, { ...OPTIONS, egoId });
    expect(report.ego_analysis?.[egoId]?.summary.n_alters).toBeGreaterThan(0);
    expect(allPairs).not.toHaveBeenCalled();
  });
});
