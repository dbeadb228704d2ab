import { describe, expect, it } from "vitest";
import { edgeStrength, tieBand, tieStrength, timeScore } from "../../../../src/domain/model";
import { fixtureFiles, loadFixture } from "../../support/fixtures";

describe("tieStrength", () => {
  it("returns null when no question was answered", () => {
    expect(tieStrength({})).toBeNull();
    expect(tieBand(tieStrength({}))).toBe("unknown");
  });

  it("maps Granovetter's frequency categories to the spec's time scores and bands", () => {
    expect(tieStrength({ frequencyCategory: "often" })).toBeCloseTo(0.905, 3);
    expect(tieStrength({ frequencyCategory: "occasionally" })).toBeCloseTo(0.435, 3);
    expect(tieStrength({ frequencyCategory: "rarely" })).toBeCloseTo(0.069, 3);
    expect(tieBand(tieStrength({ frequencyCategory: "often" }))).toBe("strong");
    expect(tieBand(tieStrength({ frequencyCategory: "occasionally" }))).toBe("weak");
    expect(tieBand(tieStrength({ frequencyCategory: "rarely" }))).toBe("very_weak");
  });

  it("caps contacts per year at daily and prefers a number over the category", () => {
    expect(timeScore(10_000)).toBe(1);
    expect(tieStrength({ frequencyPerYear: 1, frequencyCategory: "often" })).toBeCloseTo(timeScore(1), 12);
  });

  it("averages only the answered items", () => {
    expect(tieStrength({ emotional: 5, services: 1 })).toBe(0.5);
    expect(tieStrength({ emotional: 3 })).toBe(0.5);
  });

  it("returns every fixture edge's tie_strength and tie_band within tolerance", () => {
    let checked = 0;
    for (const file of fixtureFiles()) {
      const fx = loadFixture(file);
      for (const e of fx.edge_metrics) {
        if (!("tie_strength" in e)) continue;
        const edge = fx.edges.find(
          (x) => (x.source === e.source && x.target === e.target) || (x.source === e.target && x.target === e.source),
        );
        const s = edgeStrength(edge ?? {});
        if (e.tie_strength === null) expect(s).toBeNull();
        else expect(Math.abs((s ?? NaN) - (e.tie_strength as number))).toBeLessThanOrEqual(1e-9);
        expect(tieBand(s)).toBe(e.tie_band);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
