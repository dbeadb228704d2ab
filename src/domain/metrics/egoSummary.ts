// Ego-level summary (metrics-spec §S): bridging score = 100 · normalised ego betweenness
// (Freeman 1977; Everett & Borgatti 2005), diversity score = 100 · Blau over the alters' group
// distribution (Blau 1977; §D1–D2), with their companions: Burt's effective size, efficiency,
// constraint and hierarchy on the ego network (Burt 1992; §H6 product rule), local-bridge
// share, entropy/evenness, community-type IQV (K* = 3; Agresti & Agresti 1978) and the E–I
// index of alter–alter ties by first group (Krackhardt & Stern 1988; §D3).
import { blau, eiIndex, entropy, evenness, iqv } from "./diversity";
import type { EgoNetwork } from "./egoNetwork";
import type { EgoGroups } from "./groups";
import { topAlters, type AlterInformation } from "./informationPotential";
import { dict } from "../model";
import { COMPLETE_RECORD, pairKnowledgeOf, type PairKnowledge } from "./tieKnowledge";

/** Ego-network Burt measures and ego betweenness, supplied by the structural-holes engine. */
export interface BurtCompanions {
  readonly effective_size: number | null;
  readonly constraint: number | null;
  readonly hierarchy: number | null;
  readonly effective_size_weighted: number | null;
  readonly constraint_weighted: number | null;
  readonly ego_betweenness: number;
}

export interface EgoSummary extends BurtCompanions {
  readonly n_alters: number;
  readonly n_alter_ties: number;
  readonly n_strong: number;
  readonly n_weak: number;
  readonly n_very_weak: number;
  readonly n_unknown: number;
  readonly efficiency: number | null;
  readonly bridging_score: number | null;
  readonly local_bridge_share: number | null;
  readonly n_groups: number;
  readonly group_weights: Record<string, number>;
  readonly blau: number | null;
  readonly diversity_score: number | null;
  readonly entropy: number | null;
  readonly evenness: number | null;
  readonly community_type_counts: Record<string, number>;
  readonly community_type_iqv: number | null;
  readonly alter_ei_index: number | null;
  readonly top_alters: string[];
  /** Spec addition K1: share of alter pairs whose tie is known (tied or recorded "no"); null if n < 2. */
  readonly tie_data_completeness: number | null;
  readonly tie_pairs_known: number;
  readonly tie_pairs_total: number;
  /** Alters with no community label ("not in any of your circles"). */
  readonly n_no_circle: number;
}

/** Possible community types (closed taxonomy: family, workplace, third place). */
export const COMMUNITY_TYPE_CATEGORIES = 3;
export const TOP_ALTERS = 3;

function sortedRecord(entries: Iterable<[string, number]>): Record<string, number> {
  const out: Record<string, number> = dict();
  for (const [k, v] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[k] = v;
  return out;
}

/** Assembles §S from the ego network, its groups, the per-alter terms and the Burt companions. */
export function summarizeEgo(
  net: EgoNetwork,
  groups: EgoGroups,
  perAlter: Readonly<Record<string, AlterInformation>>,
  burt: BurtCompanions,
  pairs: PairKnowledge = pairKnowledgeOf(net, COMPLETE_RECORD),
): EgoSummary {
  const n = net.alters.length;
  const infos = net.alters.map((id) => perAlter[id] as AlterInformation);
  const bandCount = (band: AlterInformation["tie_band"]): number => infos.filter((a) => a.tie_band === band).length;

  const typeCounts = new Map<string, number>();
  for (const attrs of net.attributes) {
    const type = attrs.community_type;
    if (typeof type === "string" && type.length > 0) typeCounts.set(type, (typeCounts.get(type) ?? 0) + 1);
  }

  let external = 0;
  let internal = 0;
  for (const tie of net.ties) {
    const ga = groups.groupsOf[net.alters[tie.a] as string]?.[0];
    const gb = groups.groupsOf[net.alters[tie.b] as string]?.[0];
    if (ga === gb) internal++;
    else external++;
  }

  const weights = Object.values(groups.weights);
  const b = n > 0 ? blau(weights) : null;
  return {
    n_alters: n,
    n_alter_ties: net.ties.length,
    n_strong: bandCount("strong"),
    n_weak: bandCount("weak"),
    n_very_weak: bandCount("very_weak"),
    n_unknown: bandCount("unknown"),
    effective_size: burt.effective_size,
    efficiency: burt.effective_size === null || n === 0 ? null : burt.effective_size / n,
    constraint: burt.constraint,
    hierarchy: burt.hierarchy,
    effective_size_weighted: burt.effective_size_weighted,
    constraint_weighted: burt.constraint_weighted,
    ego_betweenness: burt.ego_betweenness,
    bridging_score: n < 2 ? null : (100 * burt.ego_betweenness) / pairs.totalPairs,
    local_bridge_share: n === 0 ? null : infos.filter((a) => a.is_local_bridge).length / n,
    n_groups: weights.length,
    group_weights: sortedRecord(Object.entries(groups.weights)),
    blau: b,
    diversity_score: b === null ? null : 100 * b,
    entropy: n > 0 ? entropy(weights) : null,
    evenness: n > 0 ? evenness(weights) : null,
    community_type_counts: sortedRecord(typeCounts),
    community_type_iqv: iqv([...typeCounts.values()], COMMUNITY_TYPE_CATEGORIES),
    alter_ei_index: eiIndex(external, internal),
    top_alters: topAlters(perAlter, TOP_ALTERS),
    tie_data_completeness: pairs.completeness,
    tie_pairs_known: pairs.knownPairs,
    tie_pairs_total: pairs.totalPairs,
    n_no_circle: infos.filter((a) => a.no_circle).length,
  };
}
