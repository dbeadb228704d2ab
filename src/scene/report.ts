// The one-page report a consultant prints or sends after a session: what it says, composed from
// the document and the ego analysis with the insights' own rules and sentences (domain/insights:
// ranked sources and their three phrases, score sentences, closed circles, suggestions). The
// texts come translated through `ReportText`; the map comes as an SVG string from `mapSvg`, so
// the report draws the same picture as the map export. `reportToSvg` (reportPage.ts) lays it out.
import { redundantCircles, type Circle } from "../domain/insights/circles";
import { topAlters } from "../domain/insights/report";
import { bridgingNoDataPhrase, confidenceOf, isBridgingShown } from "../domain/insights/confidence";
import { alterPhrases, bridgingSentence, diversitySentence, type Phrase } from "../domain/insights/sentences";
import { suggestionsFor, type Suggestion } from "../domain/insights/suggestions";
import type { EgoAnalysis } from "../domain/metrics/egoAnalysis";
import { getOwn, personId, type MapDocument } from "../domain/model";
import { buildReportPlan, type ReportPlan, type ReportPlanText } from "./reportPlan";
import type { ReportComparison } from "./reportComparison";
import type { SceneLegendItem } from "./types";

/** How many sources of new information the report names (the panel shows the same three). */
export const REPORT_SOURCES = 3;
/** At most this many suggestions and closed circles fit the page beside the map. */
export const REPORT_SUGGESTIONS = 3;
export const REPORT_CIRCLES = 3;

/** Every text of the report, already in the reader's language (the UI fills it from i18n). */
export interface ReportText {
  readonly lang: string;
  /** Small heading above the title ("Network report"). */
  readonly kicker: string;
  readonly title: string;
  /** The date, formatted for the language. */
  readonly date: string;
  readonly scoresHeading: string;
  readonly bridgingLabel: string;
  readonly diversityLabel: string;
  /** "out of 100" */
  readonly outOf: string;
  /** Shown instead of bridging when almost nothing is recorded about who knows whom (as the panel). */
  readonly notEnoughData: string;
  /** The caveat on bridging when most pairs are unrecorded ("at most — …"). */
  readonly atMost: string;
  readonly sourcesHeading: string;
  readonly sourcesIntro: string;
  readonly circlesHeading: string;
  readonly circlesNone: string;
  readonly suggestionsHeading: string;
  readonly suggestionsNone: string;
  readonly howToHeading: string;
  readonly howTo: readonly string[];
  readonly legendHeading: string;
  readonly footer: string;
  /** "Your plan" (reportPlan.ts); absent: no plan block. */
  readonly plan?: ReportPlanText;
  /** Joins the three phrases about a source ("; " / "、"). */
  readonly separator: string;
  phrase(p: Phrase): string;
  circle(c: Circle): string;
  suggestion(s: Suggestion): { readonly title: string; readonly reason: string };
  /** A score or information potential as the panel shows it ("62.3", "—"). */
  number(value: number | null): string;
}

export interface ReportScore {
  readonly id: "bridging" | "diversity";
  readonly label: string;
  readonly value: number | null;
  readonly shown: string;
  readonly outOf: string;
  readonly sentence: string;
}

export interface ReportSource {
  readonly id: string;
  readonly rank: number;
  readonly name: string;
  readonly score: string;
  readonly why: string;
}

export interface ReportModel {
  readonly lang: string;
  readonly kicker: string;
  readonly title: string;
  readonly date: string;
  /** The map as a standalone SVG document (title and legend left to the report). */
  readonly mapSvg: string;
  readonly legendHeading: string;
  readonly legend: readonly SceneLegendItem[];
  readonly scoresHeading: string;
  readonly scores: readonly ReportScore[];
  readonly sourcesHeading: string;
  readonly sourcesIntro: string;
  readonly sources: readonly ReportSource[];
  readonly circlesHeading: string;
  /** One sentence per closed circle; the "none" sentence when there is none. */
  readonly circles: readonly string[];
  readonly suggestionsHeading: string;
  readonly suggestions: readonly { readonly title: string; readonly reason: string }[];
  readonly howToHeading: string;
  readonly howTo: readonly string[];
  readonly footer: string;
  readonly plan?: ReportPlan;
  /** "Since <date>: …" when the map has a baseline snapshot (reportComparison.ts). */
  readonly comparison?: ReportComparison;
}

export interface ReportInput {
  readonly doc: MapDocument;
  readonly ego: EgoAnalysis;
  readonly text: ReportText;
  /** The map drawing (today the SVG export; the scene's sceneToSvg once merged). */
  readonly mapSvg: () => string;
  readonly legend: readonly SceneLegendItem[];
  readonly comparison?: ReportComparison;
}

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

export function buildReport({ doc, ego, text, mapSvg, legend, comparison }: ReportInput): ReportModel {
  const nameOf = (id: string): string => getOwn(doc.people, personId(id))?.name ?? id;
  const sources = topAlters(ego, REPORT_SOURCES).top.flatMap((id, i): ReportSource[] => {
    const e = getOwn(ego.explanations, id);
    const info = getOwn(ego.per_alter, id);
    if (!e || !info) return [];
    // The panel's phrases joined as there; a page line reads as a sentence, so it starts capitalised.
    const why = capitalise(alterPhrases(e, nameOf).map(text.phrase).join(text.separator));
    return [{ id, rank: i + 1, name: nameOf(id), score: text.number(info.information_potential), why }];
  });
  const summary = ego.summary;
  const score = (id: ReportScore["id"], label: string, value: number | null, sentence: Phrase): ReportScore => ({
    id,
    label,
    value,
    shown: text.number(value),
    outOf: text.outOf,
    sentence: text.phrase(sentence),
  });
  // The panel's confidence rules (domain/insights/confidence): a contact list gets no bridging
  // number, a sparsely recorded map gets it as an upper bound.
  const bridgingShown = isBridgingShown(summary) || summary.bridging_score === null;
  const bridging: ReportScore = bridgingShown
    ? score("bridging", text.bridgingLabel, summary.bridging_score, bridgingSentence(summary))
    : {
        id: "bridging",
        label: text.bridgingLabel,
        value: null,
        shown: text.notEnoughData,
        outOf: "",
        sentence: text.phrase(bridgingNoDataPhrase(summary)),
      };
  const bridgingScore =
    bridgingShown && confidenceOf(summary) === "low"
      ? { ...bridging, sentence: `${capitalise(text.atMost)}. ${bridging.sentence}` }
      : bridging;
  const closed = redundantCircles(doc).slice(0, REPORT_CIRCLES);
  const suggestions = suggestionsFor(doc, ego).slice(0, REPORT_SUGGESTIONS).map(text.suggestion);
  return {
    lang: text.lang,
    kicker: text.kicker,
    title: text.title,
    date: text.date,
    mapSvg: mapSvg(),
    legendHeading: text.legendHeading,
    legend,
    scoresHeading: text.scoresHeading,
    scores: [
      bridgingScore,
      score("diversity", text.diversityLabel, summary.diversity_score, diversitySentence(summary)),
    ],
    sourcesHeading: text.sourcesHeading,
    sourcesIntro: text.sourcesIntro,
    sources,
    circlesHeading: text.circlesHeading,
    circles: closed.length > 0 ? closed.map(text.circle) : [text.circlesNone],
    suggestionsHeading: text.suggestionsHeading,
    suggestions: suggestions.length > 0 ? suggestions : [{ title: text.suggestionsNone, reason: "" }],
    howToHeading: text.howToHeading,
    howTo: text.howTo,
    footer: text.footer,
    ...(text.plan ? { plan: buildReportPlan(doc, text.plan) } : {}),
    ...(comparison ? { comparison } : {}),
  };
}
