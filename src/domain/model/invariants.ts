// Invariants of a map document, checked after parsing and in tests: every reference resolves,
// ties are canonical and not self-ties, the ego exists. References are own keys (see dict.ts).
import { hasOwn } from "./dict";
import { tieId, type PersonId } from "./ids";
import type { MapDocument } from "./types";

export function checkInvariants(doc: MapDocument): string[] {
  const problems: string[] = [];
  if (!hasOwn(doc.people, doc.egoId)) problems.push(`egoId: "${doc.egoId}" is not a person of the map`);
  for (const [key, p] of Object.entries(doc.people)) {
    if (p.id !== key) problems.push(`people.${key}: id "${p.id}" differs from its key`);
    if (p.name.trim() === "") problems.push(`people.${key}: empty name`);
    for (const c of p.communityIds) {
      if (!hasOwn(doc.communities, c)) problems.push(`people.${key}: unknown community "${c}"`);
    }
  }
  for (const [key, c] of Object.entries(doc.communities)) {
    if (c.id !== key) problems.push(`communities.${key}: id "${c.id}" differs from its key`);
  }
  for (const [key, t] of Object.entries(doc.ties)) {
    if (t.a === t.b) problems.push(`ties.${key}: tie to oneself`);
    if (!hasOwn(doc.people, t.a)) problems.push(`ties.${key}: unknown person "${t.a}"`);
    if (!hasOwn(doc.people, t.b)) problems.push(`ties.${key}: unknown person "${t.b}"`);
    if (tieId(t.a, t.b) !== key || t.a > t.b) problems.push(`ties.${key}: id is not the ordered pair`);
    if (t.weight !== undefined && !(t.weight >= 0 && t.weight <= 1)) problems.push(`ties.${key}: weight outside 0..1`);
  }
  for (const key of Object.keys(doc.positions)) {
    if (!hasOwn(doc.people, key as PersonId)) problems.push(`positions.${key}: unknown person`);
  }
  return problems;
}
