import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { computeEgoAnalysis } from "../../../../src/domain/metrics/egoAnalysis";
import { computeGroups } from "../../../../src/domain/metrics/groups";
import {
  computeInformationPotential,
  invertedU,
  invertedUPeak,
} from "../../../../src/domain/metrics/informationPotential";
import { fixtureGraph, loadFixture } from "../../support/fixtures";

describe("invertedU", () => {
  it("returns the spec's reference values (§N2)", () => {
    expect(invertedUPeak()).toBeCloseTo(0.341, 3);
    expect(invertedU(invertedUPeak())).toBeCloseTo(1, 12);
    expect(invertedU(0)).toBeCloseTo(0.8, 2);
    expect(invertedU(0.5)).toBeCloseTo(0.957, 3);
    expect(invertedU(1)).toBeCloseTo(0.27, 2);
    expect(invertedU(null)).toBe(invertedU(0.5));
  });
});

describe("computeGroups", () => {
  const g = fixtureGraph(loadFixture("ego_pure.json"));
  const groups = computeGroups(g, { ego: "ego" });

  it("returns the component of an unlabelled alter named by its smallest id, sized by the whole component", () => {
    expect(groups.groupsOf.max).toEqual(["component:aunt"]);
    expect(groups.sizes["component:aunt"]).toBe(10);
    expect(groups.members["component:aunt"]).toEqual(["max"]);
  });

  it("returns split weights for a multi-labelled alter", () => {
    expect(groups.groupsOf.zoe).toEqual(["Initech", "Book club"]);
    expect(groups.weights["Book club"]).toBe(0.5);
  });

  it("throws an error naming the function for an unknown ego", () => {
    expect(() => computeGroups(g, { ego: "nobody" })).toThrow(/^computeGroups: the ego "nobody"/);
  });
});

describe("computeInformationPotential", () => {
  it("returns 100·U(s) for an ego with a single alter (§N4)", () => {
    const g = new UndirectedGraph();
    g.addNode("me");
    g.addNode("you");
    g.addEdge("me", "you", { dimensions: {} });
    const you = computeInformationPotential(g, { ego: "me" }).you;
    expect(you?.tie_band).toBe("unknown");
    expect(you?.information_potential).toBeCloseTo(100 * invertedU(0.5), 12);
  });

  it("throws an error naming the function for invalid design constants", () => {
    const g = new UndirectedGraph();
    g.addNode("me");
    expect(() => computeInformationPotential(g, { ego: "me", lambda: 2 })).toThrow(/^computeInformationPotential:/);
  });
});

describe("computeEgoAnalysis explanations", () => {
  const analysis = computeEgoAnalysis(fixtureGraph(loadFixture("ego_granovetter.json")), "ego", { diffusion: false });

  it("returns the group an alter is the only door to, with the terms and score", () => {
    expect(analysis.explanations.ana).toMatchObject({
      exclusiveGroup: "Climbing club",
      mutualContacts: 0,
      band: "weak",
      strengthUnknown: false,
      score: analysis.per_alter.ana?.information_potential,
    });
    expect(analysis.explanations.ana?.terms.invertedU).toBeCloseTo(0.9966, 4);
  });

  it("returns no exclusive group for an alter inside a circle", () => {
    expect(analysis.explanations.mom?.exclusiveGroup).toBeNull();
    expect(analysis.explanations.mom?.reachGroup).toEqual({ name: "Family", size: 5 });
  });

  it("omits diffusion when it is switched off and rejects an unknown ego", () => {
    expect(analysis.diffusion).toBeUndefined();
    expect(() => computeEgoAnalysis(new UndirectedGraph(), "x")).toThrow(/^computeEgoAnalysis:/);
  });
});
