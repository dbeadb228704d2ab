// Tie strength from Granovetter's four dimensions (metrics-spec §T2–T4; Granovetter 1973,
// p. 1361): time (contact frequency, log scale), emotional intensity, intimacy (confiding)
// and reciprocal services, each scored in [0,1] and averaged over the answered items.

export type FrequencyCategory = "often" | "occasionally" | "rarely";
export type Likert = 1 | 2 | 3 | 4 | 5;
export type TieBand = "strong" | "weak" | "very_weak" | "unknown";

/** Granovetter's inputs for one tie; every item is optional (skippable). */
export interface TieAnswers {
  /** Contacts per year (takes precedence over the category when both are given). */
  readonly frequencyPerYear?: number;
  readonly frequencyCategory?: FrequencyCategory;
  /** "How close do you feel?" */
  readonly emotional?: Likert;
  /** "How much do you confide in each other?" */
  readonly intimacy?: Likert;
  /** "How much do you help each other?" */
  readonly services?: Likert;
}

/** Representative contacts per year when only the category is known (§T2). */
export const CATEGORY_FREQUENCY: Readonly<Record<FrequencyCategory, number>> = {
  often: 208,
  occasionally: 12,
  rarely: 0.5,
};

export const STRONG_THRESHOLD = 0.5;
export const WEAK_THRESHOLD = 0.2;
/** Strength used by metrics when a tie has no answered dimension (§P5, §T3). */
export const UNKNOWN_STRENGTH = 0.5;

/** τ = ln(1 + min(f, 365)) / ln 366. */
export function timeScore(perYear: number): number {
  const f = Math.max(0, Math.min(perYear, 365));
  return Math.log(1 + f) / Math.log(366);
}

export function likertScore(x: number): number {
  return (x - 1) / 4;
}

/** Composite strength s in [0,1], or null when nothing was answered (§T3). */
export function tieStrength(answers: TieAnswers): number | null {
  // The mean of the answered dimensions, summed in this order from 0 (as a reduce would): no
  // array per call, since every tie of a 30,000-person map is rated on opening it.
  let sum = 0;
  let count = 0;
  if (answers.frequencyPerYear !== undefined && Number.isFinite(answers.frequencyPerYear)) {
    sum += timeScore(answers.frequencyPerYear);
    count++;
  } else if (answers.frequencyCategory !== undefined) {
    sum += timeScore(CATEGORY_FREQUENCY[answers.frequencyCategory]);
    count++;
  }
  if (answers.emotional !== undefined) {
    sum += likertScore(answers.emotional);
    count++;
  }
  if (answers.intimacy !== undefined) {
    sum += likertScore(answers.intimacy);
    count++;
  }
  if (answers.services !== undefined) {
    sum += likertScore(answers.services);
    count++;
  }
  return count === 0 ? null : sum / count;
}

/** strong ≥ 0.5 > weak ≥ 0.2 > very weak; unknown when s is null (§T4). */
export function tieBand(strength: number | null): TieBand {
  if (strength === null) return "unknown";
  if (strength >= STRONG_THRESHOLD) return "strong";
  if (strength >= WEAK_THRESHOLD) return "weak";
  return "very_weak";
}

export function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** Raw Granovetter inputs as they appear in graph files and the fixtures (`dimensions`). */
export interface TieDimensions {
  readonly frequency_per_year?: number;
  readonly frequency_category?: FrequencyCategory;
  readonly emotional?: number;
  readonly intimacy?: number;
  readonly services?: number;
}

export function dimensionsToAnswers(d: TieDimensions): TieAnswers {
  const out: { -readonly [K in keyof TieAnswers]: TieAnswers[K] } = {};
  if (typeof d.frequency_per_year === "number") out.frequencyPerYear = d.frequency_per_year;
  if (d.frequency_category !== undefined) out.frequencyCategory = d.frequency_category;
  if (typeof d.emotional === "number") out.emotional = d.emotional as Likert;
  if (typeof d.intimacy === "number") out.intimacy = d.intimacy as Likert;
  if (typeof d.services === "number") out.services = d.services as Likert;
  return out;
}

export function answersToDimensions(a: TieAnswers): TieDimensions {
  const out: { -readonly [K in keyof TieDimensions]: TieDimensions[K] } = {};
  if (a.frequencyPerYear !== undefined) out.frequency_per_year = a.frequencyPerYear;
  if (a.frequencyCategory !== undefined) out.frequency_category = a.frequencyCategory;
  if (a.emotional !== undefined) out.emotional = a.emotional;
  if (a.intimacy !== undefined) out.intimacy = a.intimacy;
  if (a.services !== undefined) out.services = a.services;
  return out;
}

/**
 * Strength of a graph edge (§T3 and fixtures README): an edge carrying a `dimensions` object
 * (even `{}`) takes s from it (null if nothing answered); otherwise s = clamp(weight, 0, 1);
 * no weight either → null (unknown).
 */
export function edgeStrength(attrs: { weight?: unknown; dimensions?: unknown }): number | null {
  if (attrs.dimensions !== undefined && attrs.dimensions !== null && typeof attrs.dimensions === "object") {
    return tieStrength(dimensionsToAnswers(attrs.dimensions as TieDimensions));
  }
  if (typeof attrs.weight === "number" && Number.isFinite(attrs.weight)) return clamp01(attrs.weight);
  return null;
}
