import { describe, expect, it } from "vitest";
import { brokeragePhrases, brokerageRolesPhrase } from "../../../../src/domain/insights/brokerage";
import { computeReport } from "../../../../src/domain/insights/report";
import { answerCensusNo, type MapDocument } from "../../../../src/domain/model";
import { OCCASIONALLY, P, smallDoc } from "./helpers";

// Work: a, b (tied); Freelance: c; Club: d, e (tied to each other and to b).
const doc = () =>
  smallDoc(
    [
      ["work", "work", ["a", "b"]],
      ["freelance", "third", ["c"]],
      ["club", "third", ["d", "e"]],
    ],
    { a: OCCASIONALLY, b: OCCASIONALLY, c: OCCASIONALLY, d: OCCASIONALLY, e: OCCASIONALLY },
    [
      ["a", "b"],
      ["d", "e"],
      ["b", "d"],
    ],
  );
const egoOf = (d: MapDocument) => computeReport(d).ego_analysis!.me!;

describe("brokeragePhrases", () => {
  it("says first that you are the only link between two circles, with the pairs behind it", () => {
    const [first, second] = brokeragePhrases(egoOf(doc()));
    expect(first).toEqual({
      key: "brokerage.onlyLinkRecorded",
      params: { a: "CLUB", b: "FREELANCE", pairs: 2, open: 2, ties: 0 },
    });
    expect(second?.key).toBe("brokerage.onlyLinkRecorded");
  });

  it("drops 'as far as your map records' once every pair is known", () => {
    let d = doc();
    for (const [x, y] of [
      ["a", "c"],
      ["a", "d"],
      ["a", "e"],
      ["b", "c"],
      ["b", "e"],
      ["c", "d"],
      ["c", "e"],
    ] as const) {
      d = answerCensusNo(d, P(x), P(y));
    }
    expect(egoOf(d).summary.tie_data_completeness).toBe(1);
    expect(brokeragePhrases(egoOf(d))[0]?.key).toBe("brokerage.onlyLink");
  });

  it("gives the role counts behind the sentences", () => {
    // 10 pairs − 3 ties = 7 open pairs, all across circles: liaison.
    expect(brokerageRolesPhrase(egoOf(doc())).params).toEqual({ liaison: 7, itinerant: 0, rg: 0, coordinator: 0 });
  });

  it("says there is nothing to broker when no contact has a circle", () => {
    const d = smallDoc([], { a: OCCASIONALLY, b: OCCASIONALLY });
    expect(brokeragePhrases(egoOf(d))).toEqual([{ key: "brokerage.none" }]);
  });
});
