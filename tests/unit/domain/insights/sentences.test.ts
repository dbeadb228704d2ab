import { describe, expect, it } from "vitest";
import { alterPhrases, bridgingSentence, reachPoints, scoreLevel } from "../../../../src/domain/insights/sentences";
import { computeReport, egoAnalysisOf } from "../../../../src/domain/insights/report";
import type { AlterExplanation } from "../../../../src/domain/metrics/explain";
import { sampleDoc } from "./helpers";

const base: AlterExplanation = {
  alter: "ana",
  exclusiveGroup: "Startup Weekend",
  reachGroup: { name: "Startup Weekend", size: 1 },
  reachGroupIsComponent: false,
  mutualContacts: 0,
  band: "weak",
  strengthUnknown: false,
  terms: { nonredundancy: 1, exclusivity: 1, invertedU: 0.99 },
  score: 99,
  noCircle: false,
  pairDataCompleteness: 1,
};
const nameOf = (id: string) => `name:${id}`;

describe("alterPhrases", () => {
  it("says 'not in any of your circles' and 'as far as your map records' while their pairs are not on record", () => {
    const e: AlterExplanation = {
      ...base,
      exclusiveGroup: "component:ana",
      reachGroup: { name: "component:ana", size: 1 },
      reachGroupIsComponent: true,
      noCircle: true,
      pairDataCompleteness: 0.25,
    };
    expect(alterPhrases(e, nameOf).map((p) => p.key)).toEqual([
      "why.noCircleUnknown",
      "why.knowsNoneRecorded",
      "why.tieModeratelyWeak",
    ]);
    expect(alterPhrases({ ...e, pairDataCompleteness: 1 }, nameOf).map((p) => p.key)).toEqual([
      "why.outsideCircles",
      "why.knowsNone",
      "why.tieModeratelyWeak",
    ]);
  });

  it("says 'your only contact in …; knows none of your other contacts; a moderately weak tie'", () => {
    expect(alterPhrases(base, nameOf)).toEqual([
      { key: "why.onlyContactIn", params: { group: "Startup Weekend" } },
      { key: "why.knowsNone" },
      { key: "why.tieModeratelyWeak" },
    ]);
  });

  it("names the circle size when the contact shares the circle with others", () => {
    const e = {
      ...base,
      exclusiveGroup: null,
      reachGroup: { name: "Acme", size: 4 },
      mutualContacts: 3,
      band: "strong" as const,
      terms: { ...base.terms, invertedU: 0.5 },
    };
    expect(alterPhrases(e, nameOf)).toEqual([
      { key: "why.oneOfIn", params: { count: 4, group: "Acme" } },
      { key: "why.knowsSome", params: { count: 3 } },
      { key: "why.tieStrong" },
    ]);
  });

  it("describes an unlabelled contact by the cluster they belong to", () => {
    const e = {
      ...base,
      exclusiveGroup: "component:bo",
      reachGroup: { name: "component:bo", size: 3 },
      reachGroupIsComponent: true,
    };
    expect(alterPhrases(e, nameOf)[0]).toEqual({ key: "why.looseGroup", params: { count: 3, person: "name:bo" } });
  });

  it("flags a tie whose strength was never rated", () => {
    expect(alterPhrases({ ...base, band: "unknown", strengthUnknown: true }, nameOf)[2]).toEqual({
      key: "why.tieUnknown",
    });
  });

  it("builds, for the sample network's top contact, the sentence the spec describes", () => {
    const doc = sampleDoc();
    const ego = egoAnalysisOf(computeReport(doc), doc.egoId);
    const top = ego?.summary.top_alters[0] as string;
    const phrases = alterPhrases(ego?.explanations[top] as AlterExplanation, nameOf);
    // The sample records no census answers, so "knows none" is qualified (spec addition K1).
    expect(phrases.map((p) => p.key)).toEqual(["why.onlyContactIn", "why.knowsNoneRecorded", "why.tieModeratelyWeak"]);
  });
});

describe("score sentences", () => {
  it("picks the level from the rounded score", () => {
    expect([scoreLevel(88.1), scoreLevel(66.6), scoreLevel(33.4), scoreLevel(10)]).toEqual([
      "high",
      "high",
      "low",
      "low",
    ]);
  });

  it("returns the 'none' sentence when the bridging score is undefined (fewer than two contacts)", () => {
    expect(bridgingSentence({ bridging_score: null } as never).key).toBe("scores.bridging.none");
  });

  it("turns a marginal reach into percentage points with one decimal", () => {
    expect(reachPoints(0.04612)).toBe(4.6);
  });
});
