// How sure the scores are (docs/metrics-spec-additions.md, K1): the share of pairs of contacts
// whose tie is on record, in words. Bridging counts every unknown pair as "not tied", so it is an
// upper bound; below LOW_COMPLETENESS the insights say so and point to the census, below
// NO_DATA_COMPLETENESS the bridging score is "not enough data" instead of a confident number.
import type { EgoSummary } from "../metrics/egoSummary";
import type { Phrase } from "./sentences";

/** Below this share the panel warns that the scores assume unrecorded contacts don't know each other. */
export const LOW_COMPLETENESS = 0.5;
/** Below this share the bridging score is not shown as a number (a fresh LinkedIn import: 0). */
export const NO_DATA_COMPLETENESS = 0.05;

export type Confidence = "complete" | "partial" | "low" | "none" | "notApplicable";

export function confidenceOf(summary: EgoSummary): Confidence {
  return confidenceOfShare(summary.tie_data_completeness);
}

/** The same levels for a share of known pairs (tie_data_completeness). */
export function confidenceOfShare(c: number | null): Confidence {
  if (c === null) return "notApplicable";
  if (c >= 1) return "complete";
  if (c >= LOW_COMPLETENESS) return "partial";
  return c >= NO_DATA_COMPLETENESS ? "low" : "none";
}

/** Whether the bridging score is shown as a number. */
export function isBridgingShown(summary: EgoSummary): boolean {
  return summary.bridging_score !== null && confidenceOf(summary) !== "none";
}

/** Percent shown for a share: never 100 unless complete, never 0 unless nothing is known. */
export function percentOf(share: number): number {
  const p = Math.round(share * 100);
  if (share < 1 && p === 100) return 99;
  return share > 0 && p === 0 ? 1 : p;
}

/** "Who knows whom is on record for 8% of pairs of your contacts (57 of 703)." */
export function completenessPhrase(summary: EgoSummary): Phrase | null {
  const c = summary.tie_data_completeness;
  if (c === null) return null;
  return {
    key: c >= 1 ? "confidence.complete" : "confidence.share",
    params: { percent: percentOf(c), known: summary.tie_pairs_known, total: summary.tie_pairs_total },
  };
}

/** The plain warning when the scores rest on little tie data, or null when they don't. */
export function lowDataWarning(summary: EgoSummary): Phrase | null {
  const level = confidenceOf(summary);
  if (level !== "low" && level !== "none") return null;
  return {
    key: level === "none" ? "confidence.warningNone" : "confidence.warningLow",
    params: { unknown: summary.tie_pairs_total - summary.tie_pairs_known },
  };
}

/** What the bridging card says instead of a number when there is not enough data. */
export function bridgingNoDataPhrase(summary: EgoSummary): Phrase {
  return {
    key: "confidence.bridgingNoData",
    params: { value: Math.round(summary.bridging_score ?? 0) },
  };
}
