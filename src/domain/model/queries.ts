// Read-only helpers over a document: the ego's ties, alters, a tie's strength and band.
import { tieId, type CommunityId, type PersonId } from "./ids";
import { clamp01, tieBand, tieStrength, type TieBand } from "./strength";
import type { Community, MapDocument, Person, Tie } from "./types";
import { getOwn } from "./dict";
import { candidateChanges } from "./records";

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

/** A what-if item (drawn as planned, scored only in the what-if analysis). */
export function isPlanned(x: { readonly planned?: boolean | undefined }): boolean {
  return x.planned === true;
}

/**
 * The real people of the map (ego included), without planned (what-if) ones: what lists, counts,
 * search and name matching show, like the scores (documentToGraph leaves planned items out).
 */
export function realPeople(doc: MapDocument): Person[] {
  return Object.values(doc.people).filter((p) => !isPlanned(p));
}

/** The real communities of the map, without planned (what-if) ones. */
export function realCommunities(doc: MapDocument): Community[] {
  return Object.values(doc.communities).filter((c) => !isPlanned(c));
}

/** A person's communities that are real (memberships of planned communities left out). */
export function realCommunityIds(doc: MapDocument, person: Person): CommunityId[] {
  return person.communityIds.filter((c) => {
    const community = getOwn(doc.communities, c);
    return community !== undefined && !isPlanned(community);
  });
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

/** Real contacts: not planned and tied to the ego by a tie that is not planned either. */
export function realAlters(doc: MapDocument): Person[] {
  return Object.values(doc.people).filter((p) => {
    if (p.id === doc.egoId || isPlanned(p)) return false;
    const tie = getOwn(doc.ties, tieId(doc.egoId, p.id));
    return tie !== undefined && !isPlanned(tie);
  });
}

/**
 * The keys whose entry differs between two versions of a record of the immutable document
 * (people or ties): added, removed or replaced (!==). The same record object → none, unread.
 * The render base graph and the ego rings patch an edit from these instead of the whole map.
 * Records that records.ts wrote are compared at the keys their edits touched only (in the order
 * the edits touched them); any others entry by entry.
 */
export function changedKeys<K extends string, V>(prev: Readonly<Record<K, V>>, next: Readonly<Record<K, V>>): Set<K> {
  const out = new Set<K>();
  if (prev === next) return out;
  // Records written by records.ts know what their edits touched: only those keys are compared.
  const candidates = candidateChanges(prev, next) as K[] | null;
  if (candidates !== null) {
    for (const id of candidates) if (getOwn(next, id) !== getOwn(prev, id)) out.add(id);
    return out;
  }
  for (const id of Object.keys(next) as K[]) if (getOwn(next, id) !== getOwn(prev, id)) out.add(id);
  for (const id of Object.keys(prev) as K[]) if (getOwn(next, id) === undefined) out.add(id);
  return out;
}
