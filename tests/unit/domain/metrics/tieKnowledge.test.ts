import { describe, expect, it } from "vitest";
import { documentToGraph } from "../../../../src/domain/graph/toGraph";
import { computeReport } from "../../../../src/domain/insights/report";
import { computeAll } from "../../../../src/domain/metrics/computeAll";
import { knownNonTie, tieKnowledgeOf } from "../../../../src/domain/metrics/tieKnowledge";
import { answerCensusNo, type MapDocument } from "../../../../src/domain/model";
import { OCCASIONALLY, P, smallDoc } from "../insights/helpers";

function ego(doc: MapDocument) {
  const e = computeReport(doc).ego_analysis?.me;
  if (!e) throw new Error("no ego analysis");
  return e;
}

// Four contacts in two circles, one tie (a–b): 6 pairs, 1 known.
const base = () =>
  smallDoc(
    [
      ["work", "work", ["a", "b"]],
      ["club", "third", ["c"]],
    ],
    { a: OCCASIONALLY, b: OCCASIONALLY, c: OCCASIONALLY, d: OCCASIONALLY },
    [["a", "b"]],
  );

describe("tie_data_completeness", () => {
  it("counts only ties as known when no census answer is recorded", () => {
    const s = ego(base()).summary;
    expect([s.tie_pairs_known, s.tie_pairs_total]).toEqual([1, 6]);
    expect(s.tie_data_completeness).toBeCloseTo(1 / 6, 12);
  });

  it("adds each census 'no' once, in either order, and not for a pair tied since", () => {
    let doc = answerCensusNo(base(), P("a"), P("c"));
    doc = answerCensusNo(doc, P("d"), P("c"));
    doc = { ...doc, censusNo: [...doc.censusNo, "a~b" as never] }; // answered no, then tied
    expect(knownNonTie(doc, "c", "a")).toBe(true);
    const s = ego(doc).summary;
    expect(s.tie_pairs_known).toBe(3);
    expect(s.tie_data_completeness).toBe(0.5);
  });

  it("reaches 1 when every pair is tied or answered", () => {
    let doc = base();
    for (const [x, y] of [
      ["a", "c"],
      ["a", "d"],
      ["b", "c"],
      ["b", "d"],
      ["c", "d"],
    ] as const) {
      doc = answerCensusNo(doc, P(x), P(y));
    }
    expect(ego(doc).summary.tie_data_completeness).toBe(1);
  });

  it("takes a bare graph as the full record (the reference fixtures' case)", () => {
    const { graph } = documentToGraph(base());
    expect(computeAll(graph, { egoId: "me", diffusion: false }).ego_analysis?.me?.summary.tie_data_completeness).toBe(
      1,
    );
    const partial = computeAll(graph, { egoId: "me", diffusion: false, tieKnowledge: tieKnowledgeOf(base()) });
    expect(partial.ego_analysis?.me?.summary.tie_data_completeness).toBeCloseTo(1 / 6, 12);
  });

  it("resolves a census pair whose ids contain '~'", () => {
    let doc = smallDoc([], { "x~1": OCCASIONALLY, y: OCCASIONALLY });
    doc = answerCensusNo(doc, P("x~1"), P("y"));
    expect(ego(doc).summary.tie_data_completeness).toBe(1);
  });
});

describe("no circle (spec addition K2)", () => {
  it("does not rank a contact above others merely because their circle is unknown", () => {
    const e = ego(base());
    // d has no community and no recorded pairs; c is the only contact in Club.
    expect(e.per_alter.d?.no_circle).toBe(true);
    expect(e.per_alter.d?.pair_data_completeness).toBe(0);
    expect(e.per_alter.d?.information_potential).toBeLessThan(e.per_alter.c?.information_potential ?? 0);
    expect(e.summary.top_alters[0]).toBe("c");
    expect(e.summary.n_no_circle).toBe(1);
  });

  it("counts an unlabelled contact as a circle of their own once all their pairs are answered", () => {
    let doc = base();
    for (const x of ["a", "b", "c"]) doc = answerCensusNo(doc, P(x), P("d"));
    const e = ego(doc);
    expect(e.per_alter.d?.pair_data_completeness).toBe(1);
    expect(e.per_alter.d?.exclusivity).toBe(1);
    expect(e.per_alter.d?.information_potential).toBeCloseTo(e.per_alter.c?.information_potential ?? 0, 12);
  });
});
