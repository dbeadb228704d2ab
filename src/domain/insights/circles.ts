// The user's circles as the insights see them: each community's contacts (alters only), how
// densely they know each other, and which circles touch. Pure; the basis of "redundant
// circles" (Burt 1992: redundant contacts bring the same information) and of "two circles
// linked only through you" (a structural hole the user spans; Burt 2004).
import { alters, tieId, type CommunityId, type MapDocument, type PersonId, type Sphere } from "../model";

export interface Circle {
  readonly id: CommunityId;
  readonly name: string;
  readonly sphere: Sphere;
  /** Contacts of the ego in this community (planned people excluded). */
  readonly members: readonly PersonId[];
  /** Ties among the members. */
  readonly internalTies: number;
  /** internalTies / pairs; null with fewer than two members. */
  readonly density: number | null;
}

const isReal = (x: { planned?: boolean } | undefined): boolean => x !== undefined && !x.planned;

/** Real contacts of the ego: people tied to the ego by a real tie, not planned themselves. */
export function realAlters(doc: MapDocument): PersonId[] {
  return alters(doc)
    .filter((p) => !p.planned && isReal(doc.ties[tieId(doc.egoId, p.id)]))
    .map((p) => p.id);
}

export function hasRealTie(doc: MapDocument, a: PersonId, b: PersonId): boolean {
  return isReal(doc.ties[tieId(a, b)]);
}

/** Every real community with at least one contact, members sorted by id. */
export function circlesOf(doc: MapDocument): Circle[] {
  const contacts = realAlters(doc);
  const out: Circle[] = [];
  for (const c of Object.values(doc.communities)) {
    if (c.planned) continue;
    const members = contacts.filter((id) => doc.people[id]?.communityIds.includes(c.id)).sort();
    if (members.length === 0) continue;
    let internalTies = 0;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        if (hasRealTie(doc, members[i] as PersonId, members[j] as PersonId)) internalTies++;
      }
    }
    const pairs = (members.length * (members.length - 1)) / 2;
    out.push({ id: c.id, name: c.name, sphere: c.sphere, members, internalTies, density: pairs > 0 ? internalTies / pairs : null });
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Density from which a circle counts as "everyone knows everyone" (a closed, redundant cluster). */
export const REDUNDANT_DENSITY = 0.8;
export const REDUNDANT_MIN_SIZE = 3;

/** Circles of three or more contacts who (nearly) all know each other, densest first. */
export function redundantCircles(doc: MapDocument): Circle[] {
  return circlesOf(doc)
    .filter((c) => c.members.length >= REDUNDANT_MIN_SIZE && (c.density ?? 0) >= REDUNDANT_DENSITY)
    .sort((x, y) => (y.density ?? 0) - (x.density ?? 0) || y.members.length - x.members.length);
}

/** Whether any member of `a` knows any member of `b` (or someone belongs to both). */
export function circlesTouch(doc: MapDocument, a: Circle, b: Circle): boolean {
  for (const x of a.members) {
    if (b.members.includes(x)) return true;
    for (const y of b.members) if (hasRealTie(doc, x, y)) return true;
  }
  return false;
}

export interface CirclePair {
  readonly a: Circle;
  readonly b: Circle;
}

/**
 * Pairs of circles that only the ego connects (no member of one knows a member of the other).
 * Family is left out: an introduction is offered between work and third-place circles.
 * Largest pairs first.
 */
export function circlesLinkedOnlyThroughYou(doc: MapDocument): CirclePair[] {
  const circles = circlesOf(doc).filter((c) => c.sphere !== "family");
  const pairs: CirclePair[] = [];
  for (let i = 0; i < circles.length; i++) {
    for (let j = i + 1; j < circles.length; j++) {
      const a = circles[i] as Circle;
      const b = circles[j] as Circle;
      if (!circlesTouch(doc, a, b)) pairs.push({ a, b });
    }
  }
  const weight = (p: CirclePair): number => p.a.members.length * p.b.members.length;
  return pairs.sort((x, y) => weight(y) - weight(x) || (x.a.id + x.b.id < y.a.id + y.b.id ? -1 : 1));
}
