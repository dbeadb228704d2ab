// The report's comparison block (issue 14): "Since <date>: …" with the comparison's sentences and
// the headline score deltas, when the map has a baseline snapshot (domain/growth/baseline). The
// texts come translated (the UI renders the phrases); the page flows it as one more section.
import type { MapComparison, ScoreDelta } from "../domain/growth/compare";
import type { ComparePhrase } from "../domain/growth/compareSentences";
import type { Block } from "./reportBlocks";

export interface ReportComparison {
  readonly heading: string;
  readonly sentences: readonly string[];
  /** "Bridging 42 → 61 (▲ 19)", one per headline score. */
  readonly deltas: readonly string[];
}

export interface ReportComparisonText {
  heading(since: string): string;
  phrase(p: ComparePhrase): string;
  delta(d: ScoreDelta): string;
}

/** Sentences on the page at most (the rest are in the app's Compare tab). */
export const REPORT_COMPARISON_SENTENCES = 5;
const HEADLINE = new Set(["bridging", "diversity", "effectiveSize", "thirdPlaces", "weakShare"]);

export function buildReportComparison(c: MapComparison, text: ReportComparisonText): ReportComparison {
  return {
    heading: text.heading(c.older.label),
    sentences: c.sentences.slice(0, REPORT_COMPARISON_SENTENCES).map(text.phrase),
    deltas: c.scores.filter((d) => HEADLINE.has(d.key)).map(text.delta),
  };
}

export function comparisonBlocks(c: ReportComparison): Block[] {
  return [
    { kind: "heading", text: c.heading },
    ...c.sentences.map((s) => ({ kind: "bullet" as const, title: s, text: "" })),
    { kind: "para", text: c.deltas.join(" · "), muted: true },
  ];
}
