// Sentence data for the insights (metrics-spec §N3, §S): each phrase is an i18n key under the
// "insights" namespace plus its parameters, so that English and Japanese read naturally and
// the logic stays testable without React. The three phrases about a contact follow the three
// terms of information potential: exclusivity (their circle), non-redundancy (whom else they
// know) and the inverted U in tie strength (how likely news passes over the tie).
import type { AlterExplanation } from "../metrics/explain";
import type { EgoSummary } from "../metrics/egoSummary";

/** Every key a phrase can have; the UI's typed `t()` checks each one exists in "insights". */
export type PhraseKey =
  | "why.noCircle"
  | "why.outsideCircles"
  | "why.looseGroup"
  | "why.onlyContactIn"
  | "why.oneOfIn"
  | "why.knowsNone"
  | "why.knowsNoneRecorded"
  | "why.noCircleUnknown"
  | "why.knowsSome"
  | "why.tieUnknown"
  | "why.tieVeryWeak"
  | "why.tieModeratelyWeak"
  | "why.tieStrongOpen"
  | "why.tieStrong"
  | "scores.bridging.none"
  | (typeof BRIDGING_KEY)[Level]
  | "scores.diversity.none"
  | (typeof DIVERSITY_KEY)[Level]
  | "companions.ei.none"
  | "companions.ei.apart"
  | "companions.ei.mixed"
  | "companions.ei.across"
  | "confidence.complete"
  | "confidence.share"
  | "confidence.warningLow"
  | "confidence.warningNone"
  | "confidence.bridgingNoData";

export interface Phrase {
  readonly key: PhraseKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const COMPONENT_PREFIX = "component:";

/** Readable name of a metrics group: a community label, or the people of an unlabelled cluster. */
export function groupLabel(group: string, nameOf: (id: string) => string): string {
  return group.startsWith(COMPONENT_PREFIX) ? nameOf(group.slice(COMPONENT_PREFIX.length)) : group;
}

/** Term 2 (exclusivity, X): is this contact your door to some circle? */
export function reachPhrase(e: AlterExplanation, nameOf: (id: string) => string): Phrase {
  const g = e.reachGroup;
  if (g === null) return { key: "why.noCircle" };
  // Spec addition K2: with its pairs not all on record, an unlabelled contact's circle is unknown.
  if (e.noCircle && e.pairDataCompleteness < 1) return { key: "why.noCircleUnknown" };
  if (e.reachGroupIsComponent) {
    return g.size === 1
      ? { key: "why.outsideCircles" }
      : { key: "why.looseGroup", params: { count: g.size, person: groupLabel(g.name, nameOf) } };
  }
  if (e.exclusiveGroup !== null) return { key: "why.onlyContactIn", params: { group: e.exclusiveGroup } };
  return { key: "why.oneOfIn", params: { count: g.size, group: g.name } };
}

/** Term 1 (non-redundancy, NR): how many of your other contacts they know. */
export function redundancyPhrase(e: AlterExplanation): Phrase {
  if (e.mutualContacts === 0 && e.pairDataCompleteness < 1) return { key: "why.knowsNoneRecorded" };
  return e.mutualContacts === 0
    ? { key: "why.knowsNone" }
    : { key: "why.knowsSome", params: { count: e.mutualContacts } };
}

/** Inverted U at or above which a strong tie still counts as carrying news (U(0.62) ≈ 0.9). */
export const OPEN_STRONG_TIE_U = 0.9;

/** Term 3 (inverted U in strength): how likely new information passes over the tie. */
export function tiePhrase(e: AlterExplanation): Phrase {
  if (e.strengthUnknown || e.band === "unknown") return { key: "why.tieUnknown" };
  if (e.band === "very_weak") return { key: "why.tieVeryWeak" };
  if (e.band === "weak") return { key: "why.tieModeratelyWeak" };
  return e.terms.invertedU >= OPEN_STRONG_TIE_U ? { key: "why.tieStrongOpen" } : { key: "why.tieStrong" };
}

/** The three phrases about one contact, in the order the UI joins them. */
export function alterPhrases(e: AlterExplanation, nameOf: (id: string) => string): Phrase[] {
  return [reachPhrase(e, nameOf), redundancyPhrase(e), tiePhrase(e)];
}

export type Level = "high" | "medium" | "low";

const BRIDGING_KEY = {
  high: "scores.bridging.high",
  medium: "scores.bridging.medium",
  low: "scores.bridging.low",
} as const satisfies Record<Level, string>;
const DIVERSITY_KEY = {
  high: "scores.diversity.high",
  medium: "scores.diversity.medium",
  low: "scores.diversity.low",
} as const satisfies Record<Level, string>;

/** 0–100 score → level used to pick the sentence (thirds of the scale, rounded to the shown value). */
export function scoreLevel(score: number): Level {
  const shown = Math.round(score);
  return shown >= 67 ? "high" : shown >= 34 ? "medium" : "low";
}

/** One sentence on what the bridging score means for the user (§S1), or why it is missing. */
export function bridgingSentence(summary: EgoSummary): Phrase {
  if (summary.bridging_score === null) return { key: "scores.bridging.none" };
  return {
    key: BRIDGING_KEY[scoreLevel(summary.bridging_score)],
    params: { value: Math.round(summary.bridging_score) },
  };
}

/** One sentence on what the diversity score means (§S2): the chance two contacts differ in circle. */
export function diversitySentence(summary: EgoSummary): Phrase {
  if (summary.diversity_score === null) return { key: "scores.diversity.none" };
  return {
    key: DIVERSITY_KEY[scoreLevel(summary.diversity_score)],
    params: { value: Math.round(summary.diversity_score), groups: summary.n_groups },
  };
}

/** Marginal reach as percentage points, one decimal (§N5: "4.6 points less"). */
export function reachPoints(marginal: number): number {
  return Math.round(marginal * 1000) / 10;
}

/** E–I of alter ties (§D3) in words: do your circles touch each other? */
export function eiPhrase(ei: number | null): Phrase {
  if (ei === null) return { key: "companions.ei.none" };
  if (ei <= -0.5) return { key: "companions.ei.apart", params: { value: ei.toFixed(2).replace("-", "−") } };
  if (ei < 0.5) return { key: "companions.ei.mixed", params: { value: ei.toFixed(2).replace("-", "−") } };
  return { key: "companions.ei.across", params: { value: ei.toFixed(2).replace("-", "−") } };
}
