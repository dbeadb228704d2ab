// Comparison sentences say what the insights panel says about how sure a bridging score is.
import { describe, expect, it } from "vitest";
import { compareMaps, liveSide } from "../../../../src/domain/growth/compare";
import { tieCompleteness } from "../../../../src/domain/growth/compareConfidence";
import { renderComparePhrase, type ComparePhrase } from "../../../../src/domain/growth/compareSentences";
import { snapshotScores } from "../../../../src/domain/growth/snapshot";
import { confidenceOf } from "../../../../src/domain/insights/confidence";
import { computeReport, egoAnalysisOf } from "../../../../src/domain/insights/report";
import type { EgoAnalysis } from "../../../../src/domain/metrics/egoAnalysis";
import { setTie, tieId, type MapDocument, type PersonId, type TieId } from "../../../../src/domain/model";
import { createI18n, type Language } from "../../../../src/i18n";
import { sampleNetwork } from "../../support/documents";
import { OFTEN, P, smallDoc } from "../insights/helpers";

const summaryOf = (doc: MapDocument) => (egoAnalysisOf(computeReport(doc), doc.egoId) as EgoAnalysis).summary;
const side = (doc: MapDocument, label: string) =>
  liveSide(doc, snapshotScores(doc, computeReport(doc)), label, label === "March" ? "2026-03-01" : "2026-06-01");

function sentences(older: MapDocument, newer: MapDocument, lang: Language): string[] {
  const i18n = createI18n(lang);
  const t = i18n.getFixedT(lang, "compare");
  const list = new Intl.ListFormat(lang);
  return compareMaps(side(older, "March"), side(newer, "June")).sentences.map((p: ComparePhrase) =>
    renderComparePhrase(
      p,
      (key, params) => t(key, params),
      (names) => list.format(names),
    ),
  );
}

/** All ties between the contacts of `doc` recorded, but for `missing` pairs (listed first). */
function recordAll(doc: MapDocument, missing = 0): MapDocument {
  const alters = Object.keys(doc.people).filter((id) => id !== doc.egoId) as PersonId[];
  let out = doc;
  let skipped = 0;
  const no: TieId[] = [];
  for (let i = 0; i < alters.length; i++)
    for (let j = i + 1; j < alters.length; j++) {
      const [a, b] = [alters[i]!, alters[j]!];
      if (out.ties[tieId(a, b)]) continue;
      if (skipped++ < missing) continue;
      no.push(tieId(a, b));
    }
  out = { ...out, censusNo: [...(out.censusNo ?? []), ...no] };
  return out;
}

describe("tieCompleteness", () => {
  it("counts the known pairs as the analysis does (ties plus census 'no' answers)", () => {
    const doc = sampleNetwork();
    expect(tieCompleteness(doc)).toBeCloseTo(summaryOf(doc).tie_data_completeness ?? -1, 10);
    const answered = recordAll(doc, 100);
    expect(tieCompleteness(answered)).toBeCloseTo(summaryOf(answered).tie_data_completeness ?? -1, 10);
    expect(tieCompleteness(answered)).toBeGreaterThan(0.5);
  });
});

describe("comparison sentences and the panel's confidence caveat", () => {
  // The sample records 8 % of its pairs (the panel: "at most"); later one more tie between contacts.
  const march = sampleNetwork();
  const knit = (doc: MapDocument) =>
    ["ono", "kimura", "shimizu", "matsumoto", "inoue", "hayashi", "ueda", "okada"].reduce(
      (d, other) => setTie(d, { a: P("sasaki"), b: P(other), answers: OFTEN }),
      doc,
    );
  const june = knit(march);

  it("says 'at most' with the bridging sentence when a moment records few pairs (en, ja)", () => {
    expect(confidenceOf(summaryOf(march))).toBe("low");
    const en = sentences(march, june, "en").find((s) => s.startsWith("Bridging"));
    expect(en).toMatch(
      /^Bridging fell from \d+ to \d+ because .+\. \(At most — pairs of contacts whose tie is not recorded count as strangers\.\)$/u,
    );
    const ja = sentences(march, june, "ja").find((s) => s.includes("橋渡しスコア"));
    expect(ja).toMatch(/（最大値：記録のない組は知り合いでないとみなしています）$/u);
    // Diversity does not rest on who knows whom: no caveat there.
    expect(sentences(march, june, "en").find((s) => s.startsWith("Diversity"))).not.toContain("At most");
  });

  it("says it once either side is sure of little, even when the other is well recorded", () => {
    const recorded = recordAll(june);
    expect(confidenceOf(summaryOf(recorded))).toBe("complete");
    expect(sentences(march, recorded, "en").find((s) => s.startsWith("Bridging"))).toContain("(At most");
  });

  it("gives the plain sentence when both moments record who knows whom", () => {
    const before = recordAll(march);
    const after = knit(before);
    expect(confidenceOf(summaryOf(before))).toBe("complete");
    const en = sentences(before, after, "en").find((s) => s.startsWith("Bridging"));
    expect(en).toMatch(/^Bridging (fell|rose) from \d+ to \d+/u);
    expect(en).not.toContain("(");
  });

  it("says there is not enough data when a moment records almost nothing (a contact list)", () => {
    const list = smallDoc([], { a: OFTEN, b: OFTEN, c: OFTEN, d: OFTEN });
    const later = setTie(list, { a: P("a"), b: P("b"), answers: OFTEN });
    expect(confidenceOf(summaryOf(list))).toBe("none");
    const en = sentences(list, later, "en").find((s) => s.startsWith("Bridging"));
    expect(en).toContain("(Not enough data — who knows whom is hardly recorded, so bridging can't be judged yet.)");
    const ja = sentences(list, later, "ja").find((s) => s.includes("橋渡しスコア"));
    expect(ja).toContain("（データ不足：");
  });
});
