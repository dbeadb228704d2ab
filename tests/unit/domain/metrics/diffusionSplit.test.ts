// The diffusion estimator leaves the alters without alter ties out of its draws (each is its own
// component in every draw): on ego maps with tied and untied alters, one or several circles
// each, or none, it gives the numbers of the estimator that draws them all — the same draws from
// the same seed, equal up to rounding, stopping at the same draw.
import fc from "fast-check";
import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { diffusionOfNetwork } from "../../../../src/domain/metrics/diffusion";
import { buildEgoNetwork } from "../../../../src/domain/metrics/egoNetwork";
import { groupsOfNetwork } from "../../../../src/domain/metrics/groups";
import { referenceDiffusion } from "../../../support/diffusionReference";
import { egoMap } from "../../../../src/cli/benchGraphs";

const CIRCLES = ["Family", "Work", "NPO", "Study"];

const egoMapArb = fc
  .record({
    alters: fc.array(
      fc.record({
        circles: fc.subarray(CIRCLES, { maxLength: 2 }),
        strength: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 25 },
    ),
    ties: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 30 }),
  })
  .map(({ alters, ties }) => {
    const g = new UndirectedGraph();
    g.addNode("ego", { role: "ego" });
    alters.forEach((a, i) => {
      g.addNode(`a${i}`, a.circles.length > 0 ? { communities: a.circles } : {});
      g.addEdge("ego", `a${i}`, a.strength === undefined ? {} : { weight: a.strength });
    });
    for (const [x, y, w] of ties) {
      const a = x % alters.length;
      const b = y % alters.length;
      if (a !== b) g.mergeEdge(`a${a}`, `a${b}`, { weight: w });
    }
    return g;
  });

function close(actual: number | null | undefined, expected: number | null | undefined): void {
  if (expected === null || expected === undefined) {
    expect(actual).toBe(expected);
    return;
  }
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(1e-12);
}

describe("diffusion with the untied alters out of the draws", () => {
  it("gives the numbers of the estimator that draws every alter", () => {
    fc.assert(
      fc.property(egoMapArb, fc.integer({ min: 1, max: 300 }), fc.nat(), (g, samples, seed) => {
        const net = buildEgoNetwork(g, "ego", "test");
        const groups = groupsOfNetwork(net);
        const ours = diffusionOfNetwork(net, groups, samples, seed);
        const theirs = referenceDiffusion(net, groups, samples, seed);
        expect(ours.samples).toBe(theirs.samples);
        close(ours.reach, theirs.reach);
        expect(Object.keys(ours.p_hear_by_group)).toEqual(Object.keys(theirs.p_hear_by_group));
        for (const [k, v] of Object.entries(theirs.p_hear_by_group)) close(ours.p_hear_by_group[k], v);
        expect(Object.keys(ours.marginal_reach)).toEqual(Object.keys(theirs.marginal_reach));
        for (const [k, v] of Object.entries(theirs.marginal_reach)) close(ours.marginal_reach[k], v);
      }),
      { numRuns: 200 },
    );
  });

  it("stops at the same draw as that estimator, with the same numbers, on a 150-alter map with 300 untied alters", () => {
    const g = egoMap(150, 1_000, 7);
    for (let i = 0; i < 300; i++) {
      g.addNode(`u${i}`, i % 3 === 0 ? {} : { communities: [`C${i % 8}`] });
      g.addEdge("ego", `u${i}`, { weight: (i % 10) / 10 });
    }
    const net = buildEgoNetwork(g, "ego", "test");
    const groups = groupsOfNetwork(net);
    const ours = diffusionOfNetwork(net, groups, 20_000, 1);
    const theirs = referenceDiffusion(net, groups, 20_000, 1);
    expect(ours.samples).toBe(theirs.samples);
    expect(ours.samples).toBeLessThan(20_000);
    close(ours.reach, theirs.reach);
    for (const [k, v] of Object.entries(theirs.marginal_reach)) close(ours.marginal_reach[k], v);
    for (const [k, v] of Object.entries(theirs.p_hear_by_group)) close(ours.p_hear_by_group[k], v);
  });
});
