import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { computeDiffusion, liveProbability } from "../../../../src/domain/metrics/diffusion";

/** Ego with two labelled circles tied inside but not to each other, plus an unlabelled loner. */
function separatedCircles(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.addNode("ego", { role: "ego" });
  const circles: Record<string, string[]> = { Family: ["f1", "f2", "f3"], Climbing: ["c1", "c2"] };
  for (const [label, members] of Object.entries(circles)) {
    for (const id of members) g.addNode(id, { communities: [label] });
  }
  g.addNode("loner");
  const strengths: Record<string, number> = { f1: 0.9, f2: 0.6, f3: 0.2, c1: 0.3, c2: 0.05, loner: 0.5 };
  for (const [id, s] of Object.entries(strengths)) g.addEdge("ego", id, { weight: s });
  g.addEdge("f1", "f2", { weight: 0.8 });
  g.addEdge("f2", "f3", { weight: 0.4 });
  g.addEdge("c1", "c2", { weight: 0.7 });
  return g;
}

function exactHear(g: UndirectedGraph, members: string[]): number {
  return 1 - members.reduce((q, id) => q * (1 - liveProbability(g.getEdgeAttribute("ego", id, "weight") as number)), 1);
}

const SAMPLES = 40_000;

/** Within 4 standard errors of a Monte-Carlo proportion. */
function expectEstimate(actual: number | undefined, exact: number): void {
  const tolerance = 4 * Math.sqrt((exact * (1 - exact)) / SAMPLES) + 1e-12;
  expect(Math.abs((actual ?? Number.NaN) - exact)).toBeLessThanOrEqual(tolerance);
}

describe("computeDiffusion", () => {
  const g = separatedCircles();
  const result = computeDiffusion(g, { ego: "ego", samples: SAMPLES, seed: 3 });

  it("returns P_g = 1 − Π(1 − p_ej) when no tie joins different groups", () => {
    expectEstimate(result.p_hear_by_group.Family, exactHear(g, ["f1", "f2", "f3"]));
    expectEstimate(result.p_hear_by_group.Climbing, exactHear(g, ["c1", "c2"]));
    expectEstimate(result.p_hear_by_group["component:loner"], exactHear(g, ["loner"]));
  });

  it("returns reach as the mean over groups", () => {
    const values = Object.values(result.p_hear_by_group);
    expect(result.reach).toBeCloseTo(values.reduce((s, p) => s + p, 0) / values.length, 12);
  });

  it("returns the loner's marginal reach as its whole group's chance divided by the group count", () => {
    expect(result.marginal_reach.loner).toBeCloseTo((result.p_hear_by_group["component:loner"] ?? 0) / 3, 12);
  });

  it("returns the exact pivotal probability for a two-member circle", () => {
    // c1 is pivotal for Climbing iff its ego tie is live and c2's is not.
    const p1 = liveProbability(0.3);
    const p2 = liveProbability(0.05);
    expectEstimate(3 * (result.marginal_reach.c1 ?? 0), p1 * (1 - p2));
  });

  it("returns the exact values, whatever the seed, when no tie joins different groups", () => {
    // The ego ties are integrated out exactly; only ties across groups leave randomness.
    const other = computeDiffusion(g, { ego: "ego", samples: 2_000, seed: 10 });
    expect(other.p_hear_by_group.Family).toBeCloseTo(exactHear(g, ["f1", "f2", "f3"]), 12);
    expect(other.marginal_reach.c1).toBeCloseTo(result.marginal_reach.c1 ?? Number.NaN, 12);
  });

  it("returns identical estimates for the same seed and different ones for another seed", () => {
    const crossed = separatedCircles();
    crossed.addEdge("f3", "c1", { weight: 0.5 });
    expect(computeDiffusion(crossed, { ego: "ego", samples: 2_000, seed: 9 })).toEqual(
      computeDiffusion(crossed, { ego: "ego", samples: 2_000, seed: 9 }),
    );
    expect(computeDiffusion(crossed, { ego: "ego", samples: 2_000, seed: 10 }).reach).not.toBe(
      computeDiffusion(crossed, { ego: "ego", samples: 2_000, seed: 9 }).reach,
    );
  });

  it("stops early, within the stated standard error, and never draws more than asked", () => {
    const crossed = separatedCircles();
    crossed.addEdge("f3", "c1", { weight: 0.5 });
    const quick = computeDiffusion(crossed, { ego: "ego", samples: 200_000, seed: 4 });
    expect(quick.samples).toBeLessThan(200_000);
    const long = computeDiffusion(crossed, { ego: "ego", samples: 200_000, seed: 5 });
    for (const [group, p] of Object.entries(long.p_hear_by_group)) {
      expect(Math.abs((quick.p_hear_by_group[group] ?? 0) - p)).toBeLessThanOrEqual(8 * 0.0015);
    }
    for (const [id, d] of Object.entries(long.marginal_reach)) {
      expect(Math.abs((quick.marginal_reach[id] ?? 0) - d)).toBeLessThanOrEqual(8 * 0.0005);
    }
    expect(computeDiffusion(crossed, { ego: "ego", samples: 500, seed: 4 }).samples).toBe(500);
  });

  it("returns null reach and no groups for an ego without alters", () => {
    const lone = new UndirectedGraph();
    lone.addNode("me");
    expect(computeDiffusion(lone, { ego: "me", samples: 10 })).toEqual({
      samples: 10,
      p_hear_by_group: {},
      reach: null,
      marginal_reach: {},
    });
  });

  it("throws an error naming the function for bad input", () => {
    expect(() => computeDiffusion(g, { ego: "nobody" })).toThrow(/computeDiffusion: .*nobody/);
    expect(() => computeDiffusion(g, { ego: "ego", samples: 0 })).toThrow(/computeDiffusion: samples/);
  });
});
