// Per-alter information potential — "where new information comes from" (metrics-spec §N2–N4):
// non-redundancy NR_j = 1 − m_j/n (Burt 1992 with Borgatti's 1997 unweighted reduction),
// exclusivity X_j = max_g 1/n_g over j's groups (§D1), and an inverted U in tie strength
// derived from the diversity–bandwidth trade-off (Aral & Van Alstyne 2011; Granovetter 1973;
// Rajkumar et al. 2022): U(s) = Bw(s)·V(s) / max, Bw = b0 + (1 − b0)s, V = 1 − λs.
// IP_j = 100 · sqrt(NR_j · X_j) · U(s_j), s unknown → 0.5. Computed on the ego network G_e.
import type Graph from "graphology-types";
import { tieBand, UNKNOWN_STRENGTH, type TieBand } from "../model/strength";
import { MetricsInputError } from "./errors";
import { buildEgoNetwork, byCodePoint, type EgoNetwork } from "./egoNetwork";
import { communityLabels, groupsOfNetwork, type EgoGroups } from "./groups";
import { dict } from "../model";

export interface AlterInformation {
  readonly tie_strength: number | null;
  readonly tie_band: TieBand;
  /** m_j: other alters tied to j (embeddedness of the ego–j tie). */
  readonly mutual_contacts: number;
  /** m_j / (n − 1); 0 when n = 1. */
  readonly overlap: number;
  readonly is_local_bridge: boolean;
  readonly groups: readonly string[];
  readonly nonredundancy: number;
  readonly exclusivity: number;
  readonly inverted_u: number;
  readonly information_potential: number;
  /** No community label: "not in any of your circles" (its group is an alter-graph component). */
  readonly no_circle: boolean;
  /** Share of j's pairs with the other alters whose tie is known (spec addition K). */
  readonly pair_data_completeness: number;
}

export interface InvertedUParameters {
  /** Bandwidth of the weakest tie relative to the strongest (b0). */
  readonly b0: number;
  /** Novelty lost per unit of strength (λ). */
  readonly lambda: number;
}

export interface InformationPotentialOptions extends Partial<InvertedUParameters> {
  readonly ego: string;
}

/** Design constants of §N2 (not estimates; changing them changes the fixtures). */
export const INVERTED_U_DEFAULTS: InvertedUParameters = { b0: 0.3, lambda: 0.9 };

function rawU(s: number, { b0, lambda }: InvertedUParameters): number {
  return (b0 + (1 - b0) * s) * (1 - lambda * s);
}

/** s* = ((1 − b0) − λ b0) / (2λ(1 − b0)), the strength with the most novel information. */
export function invertedUPeak(params: InvertedUParameters = INVERTED_U_DEFAULTS): number {
  const { b0, lambda } = params;
  return (1 - b0 - lambda * b0) / (2 * lambda * (1 - b0));
}

/** U(s) normalised to 1 at its peak; null strength counts as UNKNOWN_STRENGTH. */
export function invertedU(s: number | null, params: InvertedUParameters = INVERTED_U_DEFAULTS): number {
  const strength = s ?? UNKNOWN_STRENGTH;
  const peak = Math.min(1, Math.max(0, invertedUPeak(params)));
  return rawU(strength, params) / rawU(peak, params);
}

/** 100 · sqrt(NR · X) · U. */
export function informationPotentialScore(nonredundancy: number, exclusivity: number, u: number): number {
  return 100 * Math.sqrt(nonredundancy * exclusivity) * u;
}

/**
 * Exclusivity of every alter (§N2 term 2) with spec addition K2: an alter with no community
 * label has as its group its component in G_A, which is only evidence of a separate circle to
 * the extent that its pairs are on record. With a share c_j of its pairs known, its exclusivity
 * is c_j · X_component + (1 − c_j) · X̄, X̄ = mean exclusivity of the labelled alters (1/n when
 * nobody is labelled): an unknown group counts as an average circle, not as a door of its own.
 * With complete data (c_j = 1) this is §N2 exactly.
 */
function exclusivities(net: EgoNetwork, groups: EgoGroups, pairShare: readonly number[]): number[] {
  const n = net.alters.length;
  const raw = net.alters.map((id) => {
    const own = groups.groupsOf[id] ?? [];
    return own.length === 0 ? 1 : 1 / Math.min(...own.map((g) => groups.sizes[g] ?? 1));
  });
  const labelled = net.alters.flatMap((_id, i) => (isLabelled(net, i) ? [raw[i] as number] : []));
  const mean = labelled.length > 0 ? labelled.reduce((a, b) => a + b, 0) / labelled.length : 1 / n;
  return raw.map((x, i) => {
    const c = pairShare[i] ?? 1;
    return isLabelled(net, i) || c >= 1 ? x : c * x + (1 - c) * mean;
  });
}

function isLabelled(net: EgoNetwork, i: number): boolean {
  return communityLabels(net.attributes[i] ?? {}).length > 0;
}

/**
 * Per-alter terms for an already extracted ego network and its groups. `pairShare[i]`: share
 * of alter i's pairs on record (default: all, the graph is the full record).
 */
export function informationOfNetwork(
  net: EgoNetwork,
  groups: EgoGroups,
  params: InvertedUParameters = INVERTED_U_DEFAULTS,
  pairShare: readonly number[] = net.alters.map(() => 1),
): Record<string, AlterInformation> {
  const n = net.alters.length;
  const out: Record<string, AlterInformation> = dict();
  const exclusivity = exclusivities(net, groups, pairShare);
  net.alters.forEach((id, i) => {
    const m = net.adjacency[i]?.length ?? 0;
    const s = net.egoStrength[i] ?? null;
    const own = groups.groupsOf[id] ?? [];
    const nonredundancy = 1 - m / n;
    const x = exclusivity[i] as number;
    const u = invertedU(s, params);
    out[id] = {
      tie_strength: s,
      tie_band: tieBand(s),
      mutual_contacts: m,
      overlap: n > 1 ? m / (n - 1) : 0,
      is_local_bridge: m === 0,
      groups: own,
      nonredundancy,
      exclusivity: x,
      inverted_u: u,
      information_potential: informationPotentialScore(nonredundancy, x, u),
      no_circle: !isLabelled(net, i),
      pair_data_completeness: pairShare[i] ?? 1,
    };
  });
  return out;
}

/** Information potential of every alter of `options.ego` (§N2–N4), keyed by alter id. */
export function computeInformationPotential(
  graph: Graph,
  options: InformationPotentialOptions,
): Record<string, AlterInformation> {
  const fn = "computeInformationPotential";
  const params: InvertedUParameters = {
    b0: options?.b0 ?? INVERTED_U_DEFAULTS.b0,
    lambda: options?.lambda ?? INVERTED_U_DEFAULTS.lambda,
  };
  if (!(params.b0 >= 0 && params.b0 < 1) || !(params.lambda > 0 && params.lambda <= 1)) {
    throw new MetricsInputError(`${fn}: b0 must lie in [0, 1) and lambda in (0, 1].`);
  }
  const net = buildEgoNetwork(graph, options?.ego, fn);
  return informationOfNetwork(net, groupsOfNetwork(net), params);
}

/** The k alters with the highest information potential; ties broken by id (§N3). */
export function topAlters(perAlter: Readonly<Record<string, AlterInformation>>, k = 3): string[] {
  return Object.entries(perAlter)
    .sort(([a, x], [b, y]) => y.information_potential - x.information_potential || byCodePoint(a, b))
    .slice(0, k)
    .map(([id]) => id);
}
