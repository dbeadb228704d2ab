// Structured explanation of an alter's information potential (metrics-spec §N3): the three
// factors as data, phrased later by the UI in English or Japanese ("your only contact in
// Climbing club, knows none of your other contacts, moderately weak tie → 99.7").
import type { TieBand } from "../model/strength";
import type { EgoGroups } from "./groups";
import type { AlterInformation } from "./informationPotential";
import { dict } from "../model";

export interface AlterExplanation {
  readonly alter: string;
  /** A group in which this alter is the ego's only contact (n_g = 1), else null. */
  readonly exclusiveGroup: string | null;
  /** The alter's smallest group (the one that sets the exclusivity) and its size n_g. */
  readonly reachGroup: { readonly name: string; readonly size: number } | null;
  /** Whether the reach group is a label or an unlabelled component of the alter graph. */
  readonly reachGroupIsComponent: boolean;
  readonly mutualContacts: number;
  readonly band: TieBand;
  /** True when no dimension of the tie was answered (U used s = 0.5). */
  readonly strengthUnknown: boolean;
  readonly terms: {
    readonly nonredundancy: number;
    readonly exclusivity: number;
    readonly invertedU: number;
  };
  readonly score: number;
  /** No community label: "not in any of your circles". */
  readonly noCircle: boolean;
  /** Share of this contact's pairs with your other contacts that is on record (spec addition K1). */
  readonly pairDataCompleteness: number;
}

/** Explanation data for one alter, from its per-alter terms and the ego's groups. */
export function explainAlter(alter: string, info: AlterInformation, groups: EgoGroups): AlterExplanation {
  let reach: { name: string; size: number } | null = null;
  for (const g of info.groups) {
    const size = groups.sizes[g] ?? 1;
    if (reach === null || size < reach.size) reach = { name: g, size };
  }
  return {
    alter,
    exclusiveGroup: reach !== null && reach.size === 1 ? reach.name : null,
    reachGroup: reach,
    reachGroupIsComponent: reach !== null && reach.name.startsWith("component:"),
    mutualContacts: info.mutual_contacts,
    band: info.tie_band,
    strengthUnknown: info.tie_strength === null,
    terms: {
      nonredundancy: info.nonredundancy,
      exclusivity: info.exclusivity,
      invertedU: info.inverted_u,
    },
    score: info.information_potential,
    noCircle: info.no_circle,
    pairDataCompleteness: info.pair_data_completeness,
  };
}

/** Explanations for every alter, keyed by alter id. */
export function explainAlters(
  perAlter: Readonly<Record<string, AlterInformation>>,
  groups: EgoGroups,
): Record<string, AlterExplanation> {
  const out: Record<string, AlterExplanation> = dict();
  for (const [id, info] of Object.entries(perAlter)) out[id] = explainAlter(id, info, groups);
  return out;
}
