import { describe, expect, it } from "vitest";
import { computeReport } from "../../../../src/domain/insights/report";
import { C, OCCASIONALLY, P, sampleDoc, smallDoc } from "../insights/helpers";

// Work: a, b (tied); Club: c, d (not tied); Family: e. One tie crosses: b–c.
const doc = () =>
  smallDoc(
    [
      ["work", "work", ["a", "b"]],
      ["club", "third", ["c", "d"]],
      ["family", "family", ["e"]],
    ],
    { a: OCCASIONALLY, b: OCCASIONALLY, c: OCCASIONALLY, d: OCCASIONALLY, e: OCCASIONALLY },
    [
      ["a", "b"],
      ["b", "c"],
    ],
  );

describe("egoBrokerageOf", () => {
  it("returns the ego's roles with the same counts as the engine's Gould–Fernandez brokerage", () => {
    const report = computeReport(doc());
    const ego = report.ego_analysis?.me;
    expect(ego?.brokerage.roles).toEqual(report.attribute_metrics.per_node.me?.brokerage);
    // 10 pairs − 2 ties: c–d inside Club (itinerant), 7 across circles (liaison).
    expect(ego?.brokerage.roles).toEqual({ coordinator: 0, itinerant: 1, representative_gatekeeper: 0, liaison: 7 });
  });

  it("lists circle pairs the ego alone links, most open pairs first, with the ties that already cross", () => {
    const b = computeReport(doc()).ego_analysis?.me?.brokerage;
    expect(b?.between.map((p) => [p.a, p.b, p.open_pairs, p.ties])).toEqual([
      ["CLUB", "WORK", 3, 1],
      ["CLUB", "FAMILY", 2, 0],
      ["WORK", "FAMILY", 2, 0],
    ]);
    expect(b?.within).toEqual([{ group: "CLUB", pairs: 1, open_pairs: 1, role: "itinerant" }]);
  });

  it("makes the ego a representative between its own circle and another", () => {
    let d = doc();
    d = { ...d, people: { ...d.people, [P("me")]: { ...d.people[P("me")]!, communityIds: [C("work")] } } };
    const b = computeReport(d).ego_analysis?.me?.brokerage;
    expect(b?.ego_group).toBe("WORK");
    expect(b?.between.find((p) => p.b === "CLUB")).toMatchObject({ a: "WORK", role: "representative_gatekeeper" });
    expect(b?.roles.representative_gatekeeper).toBe(2 * 3 - 1);
  });

  it("finds, on the sample, circle pairs that only the ego links", () => {
    const b = computeReport(sampleDoc()).ego_analysis?.[sampleDoc().egoId]?.brokerage;
    expect(b?.between.some((p) => p.ties === 0 && p.pairs > 0)).toBe(true);
    const total = b ? Object.values(b.roles).reduce((x, y) => x + y, 0) : 0;
    const s = computeReport(sampleDoc()).ego_analysis?.[sampleDoc().egoId]?.summary;
    expect(total).toBe((s?.tie_pairs_total ?? 0) - (s?.n_alter_ties ?? 0));
  });
});
