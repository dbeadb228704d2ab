// What is known about the ties between the ego's contacts (metrics-spec addition "K", see
// docs/metrics-spec-additions.md). A tie in the graph is known to exist. An absent tie is known
// to be absent only when the record says so: a census "no" answer, or a caller that vouches
// for the whole structure (a bare graph handed to the engine, as in the NetworkX reference
// fixtures, or `npm run analyze -- --ties-complete`). A LinkedIn, vCard or name-list import
// records no pairs at all, so its absent ties are unknown, not "no".
import type { MapDocument } from "../model";
import type { EgoNetwork } from "./egoNetwork";

export interface TieKnowledge {
  /** Every absent tie is known to be absent (the graph is the full record). */
  readonly complete: boolean;
  /** Pairs recorded as "do not know each other", as tie ids ("a~b", ids in code-point order). */
  readonly nonTies: readonly string[];
}

/** A graph given without knowledge is taken as the full record (sociocentric data). */
export const COMPLETE_RECORD: TieKnowledge = { complete: true, nonTies: [] };

/** The pair key of two ids, the same as the model's tieId. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}

/**
 * The one accessor for census "no" answers. Today `censusNo` holds tie ids; if its shape
 * changes, only this function changes.
 */
export function censusNonTies(doc: MapDocument): readonly string[] {
  // Older documents (format 1) predate the field; the importer migrates them, callers may not.
  return (doc.censusNo as readonly string[] | undefined) ?? [];
}

/** Whether the map records that `a` and `b` do not know each other. */
export function knownNonTie(doc: MapDocument, a: string, b: string): boolean {
  return censusNonTies(doc).includes(pairKey(a, b));
}

/** What a map document knows about its pairs: its ties and its census "no" answers. */
export function tieKnowledgeOf(doc: MapDocument): TieKnowledge {
  return { complete: false, nonTies: censusNonTies(doc) };
}

/**
 * The recorded non-ties among `alters` as index pairs: a key may be split at any "~" (ids may
 * contain one), so every split whose two halves are both alters counts. Duplicates are dropped.
 */
export function alterNonTiePairs(knowledge: TieKnowledge, index: ReadonlyMap<string, number>): [number, number][] {
  const seen = new Set<string>();
  const out: [number, number][] = [];
  for (const key of knowledge.nonTies) {
    for (let cut = key.indexOf("~"); cut > 0; cut = key.indexOf("~", cut + 1)) {
      const i = index.get(key.slice(0, cut));
      const j = index.get(key.slice(cut + 1));
      if (i === undefined || j === undefined || i === j) continue;
      const k = i < j ? `${i},${j}` : `${j},${i}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(i < j ? [i, j] : [j, i]);
    }
  }
  return out;
}

/** How much of the alter–alter structure of one ego network is on record. */
export interface PairKnowledge {
  /** n(n−1)/2. */
  readonly totalPairs: number;
  /** Pairs tied, or recorded as not tied (all pairs when the record is complete). */
  readonly knownPairs: number;
  /** knownPairs / totalPairs; null when there are fewer than two alters. */
  readonly completeness: number | null;
  /** Per alter (network order): share of its n − 1 pairs that are known; 1 when n = 1. */
  readonly alterShare: readonly number[];
}

/** Counts the known pairs of an ego network: its ties plus the recorded non-ties. */
export function pairKnowledgeOf(net: EgoNetwork, knowledge: TieKnowledge): PairKnowledge {
  const n = net.alters.length;
  const totalPairs = (n * (n - 1)) / 2;
  if (knowledge.complete || n < 2) {
    return { totalPairs, knownPairs: totalPairs, completeness: n < 2 ? null : 1, alterShare: net.alters.map(() => 1) };
  }
  const known = net.adjacency.map((list) => list.length);
  let knownPairs = net.ties.length;
  for (const [i, j] of alterNonTiePairs(knowledge, net.index)) {
    if (net.adjacency[i]?.includes(j)) continue; // answered "no", tied since: the tie counts once
    knownPairs++;
    known[i] = (known[i] ?? 0) + 1;
    known[j] = (known[j] ?? 0) + 1;
  }
  return {
    totalPairs,
    knownPairs,
    completeness: knownPairs / totalPairs,
    alterShare: known.map((k) => k / (n - 1)),
  };
}
