import fc from "fast-check";
import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { computeEgoAnalysis } from "../../../../src/domain/metrics/egoAnalysis";
import { computeEffectiveSize } from "../../../../src/domain/metrics/structuralHoles";

const LABELS = ["Family", "Acme", "Climbing", "Choir"] as const;
const EPS = 1e-9;

/** A random ego network: alters with 0–2 labels, some unknown strengths, random alter ties. */
const egoNetworkArb = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.record({
      alters: fc.array(
        fc.record({
          labels: fc.subarray([...LABELS], { maxLength: 2 }),
          strength: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
        }),
        { minLength: n, maxLength: n },
      ),
      ties: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.double({ min: 0.01, max: 1, noNaN: true })), {
        maxLength: 30,
      }),
      secondDegree: fc.array(fc.nat(n - 1), { maxLength: 3 }),
    }),
  )
  .map(({ alters, ties, secondDegree }) => {
    const g = new UndirectedGraph();
    g.addNode("ego", { role: "ego" });
    alters.forEach((a, i) => {
      g.addNode(`a${i}`, a.labels.length > 0 ? { communities: a.labels } : {});
      g.addEdge("ego", `a${i}`, a.strength === null ? { dimensions: {} } : { weight: Math.max(a.strength, 1e-3) });
    });
    for (const [x, y, w] of ties)
      if (x !== y && !g.hasEdge(`a${x}`, `a${y}`)) g.addEdge(`a${x}`, `a${y}`, { weight: w });
    secondDegree.forEach((x, k) => {
      g.addNode(`s${k}`);
      g.addEdge(`a${x}`, `s${k}`, { weight: 0.5 });
    });
    return g;
  });

const analyse = (g: UndirectedGraph) => computeEgoAnalysis(g, "ego", { diffusion: false });

describe("computeEgoAnalysis (properties)", () => {
  it("returns information potentials and both scores in [0, 100]", () => {
    fc.assert(
      fc.property(egoNetworkArb, (g) => {
        const { per_alter, summary } = analyse(g);
        for (const a of Object.values(per_alter)) {
          expect(a.information_potential).toBeGreaterThanOrEqual(0);
          expect(a.information_potential).toBeLessThanOrEqual(100 + EPS);
        }
        for (const score of [summary.bridging_score, summary.diversity_score]) {
          if (score === null) continue;
          expect(score).toBeGreaterThanOrEqual(-EPS);
          expect(score).toBeLessThanOrEqual(100 + EPS);
        }
      }),
    );
  });

  it("returns a Blau index in [0, 1 − 1/K] for K groups", () => {
    fc.assert(
      fc.property(egoNetworkArb, (g) => {
        const { summary } = analyse(g);
        expect(summary.blau).not.toBeNull();
        expect(summary.blau as number).toBeGreaterThanOrEqual(-EPS);
        expect(summary.blau as number).toBeLessThanOrEqual(1 - 1 / summary.n_groups + EPS);
      }),
    );
  });

  it("returns non-redundancy in [1/n, 1] for every alter", () => {
    fc.assert(
      fc.property(egoNetworkArb, (g) => {
        const { per_alter, summary } = analyse(g);
        for (const a of Object.values(per_alter)) {
          expect(a.nonredundancy).toBeGreaterThanOrEqual(1 / summary.n_alters - EPS);
          expect(a.nonredundancy).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("returns non-redundancies that sum to the ego's unweighted effective size", () => {
    fc.assert(
      fc.property(egoNetworkArb, (g) => {
        const { per_alter, summary } = analyse(g);
        const sum = Object.values(per_alter).reduce((s, a) => s + a.nonredundancy, 0);
        expect(sum).toBeCloseTo(computeEffectiveSize(g, { weighted: false }).ego as number, 9);
        expect(summary.effective_size).toBeCloseTo(sum, 9);
      }),
    );
  });

  it("returns group weights that sum to the number of alters", () => {
    fc.assert(
      fc.property(egoNetworkArb, (g) => {
        const { summary } = analyse(g);
        const total = Object.values(summary.group_weights).reduce((s, w) => s + w, 0);
        expect(total).toBeCloseTo(summary.n_alters, 9);
      }),
    );
  });
});
