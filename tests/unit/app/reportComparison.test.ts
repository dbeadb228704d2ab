// The report's "Since <date>" block on a name-hidden report: the progress without the names.
import { describe, expect, it } from "vitest";
import { reportComparisonFor } from "../../../src/app/reportExport";
import { addAction, setActionDone } from "../../../src/domain/growth/plan";
import { snapshotScores, takeSnapshot } from "../../../src/domain/growth/snapshot";
import { computeReport } from "../../../src/domain/insights/report";
import {
  actionId,
  addPerson,
  communityId,
  getOwn,
  personId,
  removePerson,
  setTie,
  snapshotId,
  type MapDocument,
} from "../../../src/domain/model";
import { createI18n } from "../../../src/i18n";
import { anonymiseDocument, type AnonymiseOptions } from "../../../src/io/export";
import { KIND_KEY } from "../../../src/ui/plan/planLabels";
import { reportComparisonText } from "../../../src/ui/report/reportComparisonText";
import { sampleNetwork } from "../support/documents";

const P = personId;
const ANON: AnonymiseOptions = { mode: "numbered", personLabel: (n) => `Person ${n}`, egoLabel: "You" };
const NOW = "2026-06-01T10:00:00.000Z";

/** The sample at a March session, then: two new people in a new third place, one gone, a tie stronger, an action done. */
function progressed(): { doc: MapDocument; before: MapDocument } {
  let doc = sampleNetwork();
  doc = addAction(doc, {
    id: actionId("a1"),
    kind: "reconnect",
    title: "Call Sasaki about the data study",
    personIds: [P("sasaki")],
    now: "2026-03-01T10:00:00.000Z",
  });
  doc = takeSnapshot(doc, {
    id: snapshotId("s1"),
    name: "March session with Takahashi",
    now: "2026-03-02T10:00:00.000Z",
    scores: snapshotScores(doc, computeReport(doc)),
  });
  const before = doc;
  doc = { ...doc, communities: { ...doc.communities } };
  doc = {
    ...doc,
    communities: {
      ...doc.communities,
      [communityId("pottery")]: { id: communityId("pottery"), name: "Pottery circle", sphere: "third" },
    },
  } as MapDocument;
  doc = addPerson(doc, {
    id: P("mori"),
    name: "森 健太",
    reading: "Mori Kenta",
    communityIds: [communityId("pottery")],
  });
  doc = addPerson(doc, { id: P("ota"), name: "Ota Rin", communityIds: [communityId("pottery")] });
  doc = setTie(doc, { a: doc.egoId, b: P("mori"), answers: { frequencyCategory: "rarely" } });
  doc = setTie(doc, { a: doc.egoId, b: P("ota"), answers: { frequencyCategory: "rarely" } });
  doc = removePerson(doc, P("nagai"));
  doc = setActionDone(doc, actionId("a1"), "2026-04-01T10:00:00.000Z");
  return { doc, before };
}

function comparisonText(lang: "en" | "ja") {
  const i18n = createI18n(lang);
  const tp = i18n.getFixedT(lang, "plan");
  return {
    ...reportComparisonText(lang, i18n.getFixedT(lang, "compare")),
    anonymousAction: (a: { kind: keyof typeof KIND_KEY }) => tp(KIND_KEY[a.kind]),
  };
}

const blockText = (c: { heading: string; sentences: readonly string[]; deltas: readonly string[] } | undefined) =>
  c ? [c.heading, ...c.sentences, ...c.deltas].join("\n") : "";

describe("reportComparisonFor on a name-hidden report", () => {
  const { doc, before } = progressed();
  const report = computeReport(doc);

  for (const lang of ["en", "ja"] as const) {
    it(`keeps the progress and the score deltas and names nobody (${lang})`, () => {
      const text = comparisonText(lang);
      const real = reportComparisonFor({ doc, comparison: text }, report, NOW).comparison;
      const hidden = reportComparisonFor({ doc, comparison: text, anonymise: ANON }, report, NOW).comparison;
      expect(real).toBeDefined();
      expect(hidden).toBeDefined();
      // The same deltas, the same number of sentences: only the names differ.
      expect(hidden?.deltas).toEqual(real?.deltas);
      expect(hidden?.deltas.length).toBe(5);
      expect(hidden?.sentences.length).toBe(real?.sentences.length);
      const all = blockText(hidden);
      const names = [...Object.values(before.people), ...Object.values(doc.people)].flatMap((p) =>
        [p.name, p.reading ?? ""].filter(Boolean),
      );
      for (const name of names) expect(all, name).not.toContain(name);
      // Surnames alone (as the action's title wrote one) are names too.
      for (const word of ["Sasaki", "Takahashi", "Nagai", "Mori", "Ota", "佐々木", "永井"])
        expect(all).not.toContain(word);
      // The real block did name them: the test looks where names would be.
      expect(blockText(real)).toContain(getOwn(doc.people, P("ota"))?.name);
    });
  }

  it("calls people what the name-hidden map calls them, and someone gone by a label of their own", () => {
    const text = comparisonText("en");
    const hidden = reportComparisonFor({ doc, comparison: text, anonymise: ANON }, report, NOW).comparison;
    const shown = anonymiseDocument(doc, ANON);
    const mori = getOwn(shown.people, P("mori"))?.name ?? "?";
    const ota = getOwn(shown.people, P("ota"))?.name ?? "?";
    const all = blockText(hidden);
    expect(all).toContain(`2 new people in your map: ${mori} and ${ota}.`);
    expect(all).toMatch(/1 person is no longer in your map: Person 4\d\./u);
    expect(all).not.toContain(`no longer in your map: ${mori}`);
    expect(all).toContain("Pottery circle");
  });

  it("names a done action by its kind, not by its title in the user's words", () => {
    let small = setActionDone(before, actionId("a1"), "2026-04-01T10:00:00.000Z");
    small = addPerson(small, { id: P("ota"), name: "Ota Rin", communityIds: [] });
    const text = comparisonText("ja");
    const real = blockText(reportComparisonFor({ doc: small, comparison: text }, computeReport(small), NOW).comparison);
    const hidden = blockText(
      reportComparisonFor({ doc: small, comparison: text, anonymise: ANON }, computeReport(small), NOW).comparison,
    );
    expect(real).toContain("Call Sasaki about the data study");
    expect(hidden).toContain("プランの行動を1件実行しました：再びつながる。");
    expect(hidden).not.toContain("Sasaki");
  });
});
