// The jargon the insights use, each with a plain-words explanation in locales/*/help.json. The
// help page lists them all; <Term> shows one where it is used. Keys are literal (typed i18n).
export const TERMS = [
  "bridging",
  "diversity",
  "informationPotential",
  "effectiveSize",
  "efficiency",
  "constraint",
  "ei",
  "localBridge",
] as const;
export type TermId = (typeof TERMS)[number];

export const TERM_KEYS = {
  bridging: { label: "terms.bridging.label", text: "terms.bridging.text" },
  diversity: { label: "terms.diversity.label", text: "terms.diversity.text" },
  informationPotential: { label: "terms.informationPotential.label", text: "terms.informationPotential.text" },
  effectiveSize: { label: "terms.effectiveSize.label", text: "terms.effectiveSize.text" },
  efficiency: { label: "terms.efficiency.label", text: "terms.efficiency.text" },
  constraint: { label: "terms.constraint.label", text: "terms.constraint.text" },
  ei: { label: "terms.ei.label", text: "terms.ei.text" },
  localBridge: { label: "terms.localBridge.label", text: "terms.localBridge.text" },
} as const satisfies Record<TermId, { label: string; text: string }>;

/** The five criteria of a good third community (first source article), in order. */
export const CRITERIA_KEYS = [
  "sections.third.criteria.c1",
  "sections.third.criteria.c2",
  "sections.third.criteria.c3",
  "sections.third.criteria.c4",
  "sections.third.criteria.c5",
] as const;
