// Read-only helpers over a document: the ego's ties, alters, a tie's strength and band.
import { tieId, type PersonId } from "./ids";
import { clamp01, tieBand, tieStrength, type TieBand } from "./strength";
import type { MapDocument, Person, Tie } from "./types";

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
  return doc.ties[tieId(doc.egoId, personId)];
}

/** People tied to the ego. */
export function alters(doc: MapDocument): Person[] {
  return Object.values(doc.people).filter((p) => p.id !== doc.egoId && doc.ties[tieId(doc.egoId, p.id)]);
}

export function tiesOf(doc: MapDocument, personId: PersonId): Tie[] {
  return Object.values(doc.ties).filter((t) => t.a === personId || t.b === personId);
}

export function otherEnd(tie: Tie, personId: PersonId): PersonId {
  return tie.a === personId ? tie.b : tie.a;
}
