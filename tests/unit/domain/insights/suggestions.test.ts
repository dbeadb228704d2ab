import { describe, expect, it } from "vitest";
import { computeReport, egoAnalysisOf } from "../../../../src/domain/insights/report";
import { isDormant, suggestionsFor } from "../../../../src/domain/insights/suggestions";
import type { EgoAnalysis } from "../../../../src/domain/metrics/egoAnalysis";
import type { MapDocument } from "../../../../src/domain/model";
import { OCCASIONALLY, OFTEN, P, RARELY, sampleDoc, smallDoc } from "./helpers";

const egoOf = (doc: MapDocument): EgoAnalysis => egoAnalysisOf(computeReport(doc), doc.egoId) as EgoAnalysis;

const closedLife = smallDoc(
  [
    ["family", "family", ["mum", "dad", "sis"]],
    ["work", "work", ["w1", "w2"]],
    ["sales", "work", ["s1"]],
  ],
  { mum: OFTEN, dad: OFTEN, sis: OFTEN, w1: OCCASIONALLY, w2: OCCASIONALLY, s1: RARELY },
  [
    ["mum", "dad"],
    ["mum", "sis"],
    ["dad", "sis"],
    ["w1", "w2"],
  ],
);

describe("suggestionsFor", () => {
  const kinds = (doc: MapDocument) => suggestionsFor(doc, egoOf(doc)).map((s) => s.id);

  it("suggests a third community when the map has none, then the dormant bridge, the introduction and the closed circle", () => {
    expect(kinds(closedLife)).toEqual(["exploreThird", "reconnect:s1", "introduce:sales:work", "redundant:family"]);
  });

  it("stops suggesting a third community once the user has one with a contact in it", () => {
    const withClub = smallDoc([["club", "third", ["c1"]]], { c1: OCCASIONALLY });
    expect(kinds(withClub)).not.toContain("exploreThird");
  });

  it("names the two people to introduce: the contact the user knows best in each circle", () => {
    const intro = suggestionsFor(closedLife, egoOf(closedLife)).find((s) => s.kind === "introduce");
    expect(intro?.params).toMatchObject({ groupA: "SALES", groupB: "WORK", personA: "s1" });
  });

  it("on the sample network, suggests reconnecting only rarely-seen contacts who bridge to other circles", () => {
    const doc = sampleDoc();
    const ego = egoOf(doc);
    const reconnect = suggestionsFor(doc, ego).filter((s) => s.kind === "reconnect");
    expect(reconnect.length).toBeGreaterThan(0);
    for (const s of reconnect) {
      const id = s.people[0] as string;
      expect(isDormant(doc, P(id))).toBe(true);
      const info = ego.per_alter[id];
      expect(Math.sqrt((info?.nonredundancy ?? 0) * (info?.exclusivity ?? 0))).toBeGreaterThanOrEqual(0.5);
    }
  });
});

describe("isDormant", () => {
  it("returns true for a contact seen once a year or less, false for a monthly one", () => {
    expect(isDormant(closedLife, P("s1"))).toBe(true);
    expect(isDormant(closedLife, P("w1"))).toBe(false);
  });
});

describe("reconnectSuggestions", () => {
  it("suggests at most one dormant contact per circle", () => {
    const doc = sampleDoc();
    const groups = suggestionsFor(doc, egoOf(doc))
      .filter((s) => s.kind === "reconnect")
      .map((s) => egoOf(doc).per_alter[s.people[0] as string]?.groups[0]);
    expect(new Set(groups).size).toBe(groups.length);
  });
});

describe("suggestionsFor memoisation", () => {
  it("returns the same list for the same document and analysis, a new one for a new analysis", () => {
    const ego = egoOf(closedLife);
    const list = suggestionsFor(closedLife, ego);
    expect(suggestionsFor(closedLife, ego)).toBe(list);
    const again = suggestionsFor(closedLife, { ...ego });
    expect(again).not.toBe(list);
    expect(again).toEqual(list);
  });
});
