import { describe, expect, it } from "vitest";
import {
  completenessPhrase,
  confidenceOf,
  isBridgingShown,
  lowDataWarning,
  percentOf,
} from "../../../../src/domain/insights/confidence";
import { computeReport } from "../../../../src/domain/insights/report";
import { answerCensusNo } from "../../../../src/domain/model";
import { OCCASIONALLY, P, sampleDoc, smallDoc } from "./helpers";

const star = () => smallDoc([], { a: OCCASIONALLY, b: OCCASIONALLY, c: OCCASIONALLY });
const summaryOf = (doc: ReturnType<typeof star>) => {
  const s = computeReport(doc).ego_analysis?.[doc.egoId]?.summary;
  if (!s) throw new Error("no summary");
  return s;
};

describe("confidence of the scores", () => {
  it("hides a bridging score of 100 that only says no ties are recorded, and warns", () => {
    const s = summaryOf(star());
    expect(s.bridging_score).toBe(100);
    expect(confidenceOf(s)).toBe("none");
    expect(isBridgingShown(s)).toBe(false);
    expect(lowDataWarning(s)).toEqual({ key: "confidence.warningNone", params: { unknown: 3 } });
  });

  it("shows the same 100 without a warning once every pair is answered 'no'", () => {
    let doc = star();
    doc = answerCensusNo(doc, P("a"), P("b"));
    doc = answerCensusNo(doc, P("a"), P("c"));
    doc = answerCensusNo(doc, P("b"), P("c"));
    const s = summaryOf(doc);
    expect(confidenceOf(s)).toBe("complete");
    expect(isBridgingShown(s)).toBe(true);
    expect(lowDataWarning(s)).toBeNull();
    expect(completenessPhrase(s)).toEqual({ key: "confidence.complete", params: { percent: 100, known: 3, total: 3 } });
  });

  it("shows the sample's share with its counts and warns that unrecorded pairs count as strangers", () => {
    const s = summaryOf(sampleDoc());
    const phrase = completenessPhrase(s);
    expect(phrase?.params).toEqual({
      percent: Math.round((100 * s.tie_pairs_known) / s.tie_pairs_total),
      known: s.tie_pairs_known,
      total: s.tie_pairs_total,
    });
    expect(confidenceOf(s)).toBe("low");
    expect(lowDataWarning(s)?.key).toBe("confidence.warningLow");
    expect(isBridgingShown(s)).toBe(true);
  });

  it("never rounds a partial share to 100% or a non-zero share to 0%", () => {
    expect(percentOf(0.996)).toBe(99);
    expect(percentOf(0.004)).toBe(1);
    expect(percentOf(0)).toBe(0);
    expect(percentOf(1)).toBe(100);
  });
});
