// The ego's Gould–Fernandez brokerage roles between its circles (metrics-spec §C8; Gould &
// Fernandez 1989), with the circle pairs behind them. Broker = the ego; an open pair {a, c} is
// two alters with no a–c tie. Circles are each alter's primary (first) group of §D1, the ego's
// own circle its first community label (usually none). Roles: coordinator (a, c and the ego in
// one circle), itinerant or "consultant" (a, c in one circle, the ego outside it),
// representative/gatekeeper (the ego shares a circle with exactly one of a, c), liaison (all
// different). Open pairs per circle pair = n_g · n_h − ties between g and h: O(G + m) for the
// totals; the named pairs are taken among the largest MAX_CIRCLES labelled circles.
import type { EgoGroups } from "./groups";
import { COMPONENT_PREFIX, communityLabels } from "./groups";
import type { EgoNetwork } from "./egoNetwork";
import type { BrokerageCounts } from "./types";

/** Two labelled circles and what the ego brokers between them. */
export interface CirclePairBrokerage {
  readonly a: string;
  readonly b: string;
  /** n_a · n_b pairs of one contact in each. */
  readonly pairs: number;
  /** Ties already crossing between the two circles. */
  readonly ties: number;
  /** pairs − ties: pairs that reach each other only through the ego (as far as recorded). */
  readonly open_pairs: number;
  readonly role: "liaison" | "representative_gatekeeper";
}

/** One labelled circle whose members the ego links to each other. */
export interface CircleBrokerage {
  readonly group: string;
  readonly pairs: number;
  readonly open_pairs: number;
  readonly role: "itinerant" | "coordinator";
}

export interface EgoBrokerage {
  /** The ego's own circle (first community label), or null. */
  readonly ego_group: string | null;
  /** Open pairs of alters by role (all alters, unlabelled ones by their component group). */
  readonly roles: BrokerageCounts;
  /** Labelled circle pairs, most open pairs first. */
  readonly between: CirclePairBrokerage[];
  /** Labelled circles with open pairs inside, most first. */
  readonly within: CircleBrokerage[];
}

export const MAX_CIRCLES = 30;

const choose2 = (k: number): number => (k < 2 ? 0 : (k * (k - 1)) / 2);

export function egoBrokerageOf(
  net: EgoNetwork,
  groups: EgoGroups,
  egoAttributes: Readonly<Record<string, unknown>>,
): EgoBrokerage {
  const egoGroup = communityLabels(egoAttributes)[0] ?? null;
  const primary = net.alters.map((id) => groups.groupsOf[id]?.[0] ?? COMPONENT_PREFIX + id);
  const size = new Map<string, number>();
  for (const g of primary) size.set(g, (size.get(g) ?? 0) + 1);
  const tiesWithin = new Map<string, number>();
  const tiesBetween = new Map<string, number>();
  const key = (g: string, h: string): string => (g < h ? `${g}\u0000${h}` : `${h}\u0000${g}`);
  for (const t of net.ties) {
    const g = primary[t.a] as string;
    const h = primary[t.b] as string;
    if (g === h) tiesWithin.set(g, (tiesWithin.get(g) ?? 0) + 1);
    else tiesBetween.set(key(g, h), (tiesBetween.get(key(g, h)) ?? 0) + 1);
  }
  const n = net.alters.length;
  const inEgo = egoGroup === null ? 0 : (size.get(egoGroup) ?? 0);
  let samePairs = 0;
  let outsideSquares = 0;
  for (const [g, k] of size) {
    samePairs += choose2(k);
    if (g !== egoGroup) outsideSquares += k * k;
  }
  const outside = n - inEgo;
  let tiedSame = 0;
  for (const v of tiesWithin.values()) tiedSame += v;
  const tiedEgoWithin = egoGroup === null ? 0 : (tiesWithin.get(egoGroup) ?? 0);
  let tiedWithEgoGroup = 0;
  let tiedBetween = 0;
  for (const [k, v] of tiesBetween) {
    const [g, h] = k.split("\u0000");
    if (g === egoGroup || h === egoGroup) tiedWithEgoGroup += v;
    else tiedBetween += v;
  }
  const roles: BrokerageCounts = {
    coordinator: choose2(inEgo) - tiedEgoWithin,
    itinerant: samePairs - choose2(inEgo) - (tiedSame - tiedEgoWithin),
    representative_gatekeeper: inEgo * outside - tiedWithEgoGroup,
    liaison: (outside * outside - outsideSquares) / 2 - tiedBetween,
  };

  const labelled = [...size.entries()]
    .filter(([g]) => !g.startsWith(COMPONENT_PREFIX))
    .sort(([g, x], [h, y]) => y - x || (g < h ? -1 : g > h ? 1 : 0))
    .slice(0, MAX_CIRCLES);
  const between: CirclePairBrokerage[] = [];
  for (let i = 0; i < labelled.length; i++) {
    for (let j = i + 1; j < labelled.length; j++) {
      const [g, x] = labelled[i] as [string, number];
      const [h, y] = labelled[j] as [string, number];
      const ties = tiesBetween.get(key(g, h)) ?? 0;
      const role = g === egoGroup || h === egoGroup ? "representative_gatekeeper" : "liaison";
      const [a, b] = h === egoGroup ? [h, g] : [g, h];
      between.push({ a, b, pairs: x * y, ties, open_pairs: x * y - ties, role });
    }
  }
  between.sort((p, q) => q.open_pairs - p.open_pairs || p.ties - q.ties || (p.a + p.b < q.a + q.b ? -1 : 1));
  const within: CircleBrokerage[] = labelled
    .map(([g, k]) => ({
      group: g,
      pairs: choose2(k),
      open_pairs: choose2(k) - (tiesWithin.get(g) ?? 0),
      role: g === egoGroup ? ("coordinator" as const) : ("itinerant" as const),
    }))
    .filter((c) => c.open_pairs > 0)
    .sort((p, q) => q.open_pairs - p.open_pairs || (p.group < q.group ? -1 : 1));
  return { ego_group: egoGroup, roles, between: between.filter((p) => p.open_pairs > 0), within };
}
