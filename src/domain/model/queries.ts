// Read-only helpers over a document: the ego's ties, alters, a tie's strength and band.
import { tieId, type PersonId } from "./ids";
import { clamp01, tieBand, tieStrength, type TieBand } from "./strength";
import type { MapDocument, Person, Tie } from "./types";
import { getOwn } from "./dict";

/** Strength of a tie: from the answers when any is given, else its 0..1 rating, else null. */
export function strengthOfTie(tie: Tie): number | null {
  const s = tieStrength(tie.answers);
  if (s !== null) return s;
  return tie.weight !== undefined ? clamp01(tie.weight) : null;
}

export function bandOfTie(tie: Tie): TieBand {
  return tieBand(strengthOfTie(tie));
}

export function egoTie(doc: MapDocument, personId: PersonId): Tie | undefined {
  return getOwn(doc.ties, tieId(doc.egoId, personId));
}

/** People tied to the ego. */
export function alters(doc: MapDocument): Person[] {
  return Object.values(doc.people).filter((p) => p.id !== doc.egoId && getOwn(doc.ties, tieId(doc.egoId, p.id)));
}

export function tiesOf(doc: MapDocument, personId: PersonId): Tie[] {
  return Object.values(doc.ties).filter((t) => t.a === personId || t.b === personId);
}

export function otherEnd(tie: Tie, personId: PersonId): PersonId {
  return tie.a === personId ? tie.b : tie.a;
}

export interface NetworkCounts {
  readonly alters: number;
  readonly communities: number;
  readonly bySphere: Readonly<Record<"family" | "work" | "third" | "none", number>>;
  readonly byBand: Readonly<Record<TieBand, number>>;
}

/** Contacts by the sphere of their first community and by the band of their tie to the ego. */
export function countNetwork(doc: MapDocument): NetworkCounts {
  const bySphere = { family: 0, work: 0, third: 0, none: 0 };
  const byBand: Record<TieBand, number> = { strong: 0, weak: 0, very_weak: 0, unknown: 0 };
  const list = alters(doc);
  for (const p of list) {
    const first = p.communityIds[0];
    bySphere[(first ? getOwn(doc.communities, first)?.sphere : undefined) ?? "none"] += 1;
    const tie = getOwn(doc.ties, tieId(doc.egoId, p.id));
    if (tie) byBand[bandOfTie(tie)] += 1;
  }
  return { alters: list.length, communities: Object.keys(doc.communities).length, bySphere, byBand };
}
