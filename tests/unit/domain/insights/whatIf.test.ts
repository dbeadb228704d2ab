import { describe, expect, it } from "vitest";
import { computeReport, egoAnalysisOf } from "../../../../src/domain/insights/report";
import {
  clearPlanned,
  hasPlanned,
  makePlannedReal,
  plannedCounts,
  scoreChanges,
} from "../../../../src/domain/insights/whatIf";
import type { EgoAnalysis } from "../../../../src/domain/metrics/egoAnalysis";
import { addCommunity, addPerson, setTie, type MapDocument } from "../../../../src/domain/model";
import { C, OCCASIONALLY, P, sampleDoc } from "./helpers";

function withPlannedNewcomer(doc: MapDocument): MapDocument {
  let d = addCommunity(doc, { id: C("newclub"), name: "New club", sphere: "third", planned: true });
  d = addPerson(d, { id: P("newbie"), name: "Newbie", communityIds: [C("newclub")], planned: true });
  return setTie(d, { a: d.egoId, b: P("newbie"), answers: OCCASIONALLY, planned: true });
}

const ego = (doc: MapDocument, planned: boolean) =>
  egoAnalysisOf(computeReport(doc, planned), doc.egoId) as EgoAnalysis;

describe("what-if", () => {
  const doc = sampleDoc();
  const planned = withPlannedNewcomer(doc);

  it("counts planned items", () => {
    expect(plannedCounts(planned)).toEqual({ people: 1, communities: 1, ties: 1 });
    expect(hasPlanned(doc)).toBe(false);
  });

  it("leaves the real scores alone and raises diversity when a planned new circle is included", () => {
    expect(ego(planned, false).summary.diversity_score).toBe(ego(doc, false).summary.diversity_score);
    const changes = scoreChanges(ego(planned, false), ego(planned, true));
    const diversity = changes.find((c) => c.key === "diversity_score");
    expect(diversity?.delta).toBeGreaterThan(0);
    expect(changes.find((c) => c.key === "n_alters")?.delta).toBe(1);
  });

  it("clears every planned item at once and restores the original document's content", () => {
    const cleared = clearPlanned(planned);
    expect(cleared.people).toEqual(doc.people);
    expect(cleared.communities).toEqual(doc.communities);
    expect(cleared.ties).toEqual(doc.ties);
  });

  it("makes planned items real: the newcomer becomes a scored contact", () => {
    const real = makePlannedReal(planned);
    expect(hasPlanned(real)).toBe(false);
    expect(ego(real, false).alters).toContain("newbie");
  });
});
