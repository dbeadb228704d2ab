// Typed maps from domain values to literal i18n keys: a key is never built from a template, so a new
// sphere, band, frequency or Likert level without a key fails `npm run typecheck`, and every key in
// src can be found by its literal (tests/unit/i18n/keys.test.ts checks each one exists).
import type { Namespace, ParseKeys } from "i18next";
import type { FrequencyCategory, Likert, Sphere, TieBand } from "../domain/model";
import type { Language } from ".";

/** A key of namespace `Ns`, as `t()` of `useTranslation(Ns)` takes it. */
export type Key<Ns extends Namespace = "common"> = ParseKeys<Ns>;

/** Namespace "common"; from another namespace pass `{ ns: "common" }`. */
export const SPHERE_KEY = {
  family: "sphere.family",
  work: "sphere.work",
  third: "sphere.third",
  none: "sphere.none",
} as const satisfies Record<Sphere | "none", Key>;

/** Namespace "common"; from another namespace pass `{ ns: "common" }`. */
export const BAND_KEY = {
  strong: "band.strong",
  weak: "band.weak",
  very_weak: "band.very_weak",
  unknown: "band.unknown",
} as const satisfies Record<TieBand, Key>;

/** Namespace "editor". */
export const FREQUENCY_KEY = {
  often: "frequency.often",
  occasionally: "frequency.occasionally",
  rarely: "frequency.rarely",
} as const satisfies Record<FrequencyCategory, Key<"editor">>;

/** Namespace "editor": the short label of the quick-entry grid. */
export const FREQUENCY_SHORT_KEY = {
  often: "frequency.short.often",
  occasionally: "frequency.short.occasionally",
  rarely: "frequency.short.rarely",
} as const satisfies Record<FrequencyCategory, Key<"editor">>;

/** Namespace "editor". */
export const LIKERT_KEY = {
  1: "likert.1",
  2: "likert.2",
  3: "likert.3",
  4: "likert.4",
  5: "likert.5",
} as const satisfies Record<Likert, Key<"editor">>;

/** Namespace "common": each language's own name, shown by the language switch. */
export const LANGUAGE_KEY = { en: "languages.en", ja: "languages.ja" } as const satisfies Record<Language, Key>;
