// The ego's Gould–Fernandez brokerage roles (Gould & Fernandez 1989; metrics-spec §C8) in plain
// words: "you are the only link between Maruyama Seiki and the Freelance Association — a
// liaison", with the counts behind each sentence. Sentences qualify "only" when the map does
// not record every pair (docs/metrics-spec-additions.md, K1).
import type { EgoAnalysis } from "../metrics/egoAnalysis";

export type BrokerageKey =
  | "brokerage.onlyLink"
  | "brokerage.onlyLinkRecorded"
  | "brokerage.mostlyLink"
  | "brokerage.representative"
  | "brokerage.consultant"
  | "brokerage.coordinator"
  | "brokerage.roles"
  | "brokerage.none";

export interface BrokeragePhrase {
  readonly key: BrokerageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const BETWEEN_SHOWN = 2;
export const WITHIN_SHOWN = 1;

/** The sentences about the ego's strongest brokerage positions, most open pairs first. */
export function brokeragePhrases(ego: EgoAnalysis): BrokeragePhrase[] {
  const b = ego.brokerage;
  const complete = ego.summary.tie_data_completeness === 1;
  const out: BrokeragePhrase[] = [];
  // Circle pairs that only you link read first (the clearest case), then the most open pairs.
  const ordered = [...b.between.filter((p) => p.ties === 0), ...b.between.filter((p) => p.ties > 0)];
  for (const p of ordered.slice(0, BETWEEN_SHOWN)) {
    const params = { a: p.a, b: p.b, pairs: p.pairs, open: p.open_pairs, ties: p.ties };
    if (p.role === "representative_gatekeeper") out.push({ key: "brokerage.representative", params });
    else if (p.ties === 0) out.push({ key: complete ? "brokerage.onlyLink" : "brokerage.onlyLinkRecorded", params });
    else out.push({ key: "brokerage.mostlyLink", params });
  }
  for (const c of b.within.slice(0, WITHIN_SHOWN)) {
    const params = { group: c.group, pairs: c.pairs, open: c.open_pairs };
    out.push({ key: c.role === "coordinator" ? "brokerage.coordinator" : "brokerage.consultant", params });
  }
  return out.length > 0 ? out : [{ key: "brokerage.none" }];
}

/** The counts behind the sentences: open pairs the ego brokers, by role. */
export function brokerageRolesPhrase(ego: EgoAnalysis): BrokeragePhrase {
  const r = ego.brokerage.roles;
  return {
    key: "brokerage.roles",
    params: {
      liaison: r.liaison,
      itinerant: r.itinerant,
      rg: r.representative_gatekeeper,
      coordinator: r.coordinator,
    },
  };
}
