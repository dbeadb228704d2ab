import { describe, expect, it } from "vitest";
import { computeReport, egoAnalysisOf } from "../../../../src/domain/insights/report";
import { scoreChanges } from "../../../../src/domain/insights/whatIf";
import { whatIfReadings } from "../../../../src/domain/insights/whatIfReading";
import type { EgoAnalysis } from "../../../../src/domain/metrics/egoAnalysis";
import { addCommunity, addPerson, setTie, type MapDocument } from "../../../../src/domain/model";
import { C, OCCASIONALLY, P, sampleDoc } from "./helpers";

const ego = (doc: MapDocument, planned: boolean) =>
  egoAnalysisOf(computeReport(doc, planned), doc.egoId) as EgoAnalysis;

describe("whatIfReadings", () => {
  it("reads a newcomer in a new circle as new sources (diversity ↑) with slightly lower bandwidth, not as a loss", () => {
    const doc = sampleDoc();
    let d = addCommunity(doc, { id: C("osaka"), name: "Startup Weekend Osaka", sphere: "third", planned: true });
    d = addPerson(d, { id: P("ana"), name: "Ana Planned", communityIds: [C("osaka")], planned: true });
    d = setTie(d, { a: d.egoId, b: P("ana"), answers: OCCASIONALLY, planned: true });
    const real = ego(d, false);
    const planned = ego(d, true);
    const changes = scoreChanges(real, planned);
    const reach = changes.find((c) => c.key === "reach")?.delta ?? 0;
    expect(reach).toBeLessThan(0); // the mean over circles falls: the new circle hangs on one weak tie
    const readings = whatIfReadings(real, planned, changes);
    expect(readings[0]).toEqual({
      key: "whatIf.reading.newCircleReachDown",
      params: {
        before: real.summary.n_groups,
        after: real.summary.n_groups + 1,
        delta: `−${Math.abs(reach).toFixed(1)}`,
      },
    });
    expect(readings.map((r) => r.key)).toContain("whatIf.reading.diversityUp");
  });

  it("reads an introduction between two circles as shared brokerage", () => {
    const doc = sampleDoc();
    const e = ego(doc, false);
    const pair = e.brokerage.between.find((p) => p.ties === 0)!;
    const byGroup = (g: string) => e.alters.find((id) => e.per_alter[id]?.groups[0] === g)!;
    const d = setTie(doc, { a: P(byGroup(pair.a)), b: P(byGroup(pair.b)), weight: 0.5, planned: true });
    const planned = ego(d, true);
    const readings = whatIfReadings(e, planned, scoreChanges(e, planned));
    expect(readings.map((r) => r.key)).toContain("whatIf.reading.bridgingDown");
    expect(readings.map((r) => r.key)).not.toContain("whatIf.reading.newCircle");
  });
});
