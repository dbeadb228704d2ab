// Every fixture with `ego_analysis` is checked field by field (a new fixture file is picked up
// without code changes): per_alter, summary and alters within 1e-9 relative, diffusion within
// the fixture's own tolerance_abs.
import { DIFFUSION_MIN_DRAWS } from "../../../../src/domain/metrics/diffusion";
import { describe, expect, it } from "vitest";
import { computeEgoAnalysis, type EgoAnalysis } from "../../../../src/domain/metrics/egoAnalysis";
import { expectClose, fixtureFiles, fixtureGraph, loadFixture } from "../../support/fixtures";

const SAMPLES = 50_000;

interface ExpectedDiffusion {
  p_hear_by_group: Record<string, number>;
  reach: number;
  marginal_reach: Record<string, number>;
  tolerance_abs: { p_hear_by_group: number; reach: number; marginal_reach: number };
}

const cases = fixtureFiles().flatMap((file) => {
  const fx = loadFixture(file);
  return Object.entries(fx.ego_analysis ?? {}).map(([ego, expected]) => ({ file, ego, fx, expected }));
});

/**
 * Fields the product adds on top of the reference (docs/metrics-spec-additions.md, K): what is
 * on record about pairs of contacts. Everything else must match the fixture's keys exactly.
 */
const PRODUCT_FIELDS = new Set([
  "no_circle",
  "pair_data_completeness",
  "tie_data_completeness",
  "tie_pairs_known",
  "tie_pairs_total",
  "n_no_circle",
]);
const referenceKeys = (record: object): string[] => Object.keys(record).filter((k) => !PRODUCT_FIELDS.has(k));

function expectRecordClose(actual: unknown, expected: unknown, where: string): void {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    expect(actual, where).toBeTypeOf("object");
    const got = actual as Record<string, unknown>;
    expect(referenceKeys(got).sort(), `${where} keys`).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) expectRecordClose(got[k], v, `${where}.${k}`);
    return;
  }
  expectClose(actual, expected, where);
}

function expectWithin(actual: number | null | undefined, expected: number, tol: number, where: string): void {
  expect(actual, where).toBeTypeOf("number");
  expect(Math.abs((actual as number) - expected), `${where}: ${String(actual)} vs ${expected}`).toBeLessThanOrEqual(
    tol,
  );
}

describe("computeEgoAnalysis", () => {
  it("finds at least one fixture with ego_analysis", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  describe.each(cases)("$file ego $ego", ({ fx, ego, expected }) => {
    let analysis: EgoAnalysis | undefined;
    const result = (): EgoAnalysis =>
      (analysis ??= computeEgoAnalysis(fixtureGraph(fx), ego, { diffusionSamples: SAMPLES, seed: 20260101 }));

    it("returns the fixture's ego and alters", () => {
      expect(result().ego).toBe(expected.ego);
      expect(result().alters).toEqual(expected.alters);
    });

    it("returns every per_alter field within tolerance", () => {
      expectRecordClose(result().per_alter, expected.per_alter, "per_alter");
    });

    it("returns every summary field within tolerance", () => {
      const summary = expected.summary as Record<string, unknown>;
      for (const [field, value] of Object.entries(summary)) {
        expectRecordClose((result().summary as unknown as Record<string, unknown>)[field], value, `summary.${field}`);
      }
      expect(referenceKeys(result().summary).sort()).toEqual(Object.keys(summary).sort());
    });

    it("returns complete tie data for a graph given as the full record", () => {
      const s = result().summary;
      expect(s.tie_pairs_known).toBe(s.tie_pairs_total);
      expect(s.tie_data_completeness).toBe(s.n_alters < 2 ? null : 1);
    });

    it("returns diffusion estimates within the fixture's tolerance_abs", () => {
      const want = expected.diffusion as ExpectedDiffusion | undefined;
      if (want === undefined) return;
      const got = result().diffusion;
      // At most SAMPLES draws: the run stops early once every standard error is within the bound.
      expect(got?.samples).toBeLessThanOrEqual(SAMPLES);
      expect(got?.samples).toBeGreaterThanOrEqual(DIFFUSION_MIN_DRAWS);
      expect(Object.keys(got?.p_hear_by_group ?? {}).sort()).toEqual(Object.keys(want.p_hear_by_group).sort());
      for (const [g, p] of Object.entries(want.p_hear_by_group)) {
        expectWithin(got?.p_hear_by_group[g], p, want.tolerance_abs.p_hear_by_group, `p_hear_by_group.${g}`);
      }
      expectWithin(got?.reach, want.reach, want.tolerance_abs.reach, "reach");
      for (const [j, d] of Object.entries(want.marginal_reach)) {
        expectWithin(got?.marginal_reach[j], d, want.tolerance_abs.marginal_reach, `marginal_reach.${j}`);
      }
    });
  });
});
