// The user's circles as the insights see them: each community's contacts (alters only), how
// densely they know each other, and which circles touch. Pure; the basis of "redundant
// circles" (Burt 1992: redundant contacts bring the same information) and of "two circles
// linked only through you" (a structural hole the user spans; Burt 2004).
import { getOwn, type CommunityId, type MapDocument, type PersonId, type Sphere, type Tie } from "../model";

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

/** Per document (documents are immutable: a new revision is a new object). */
const circlesCache = new WeakMap<MapDocument, readonly Circle[]>();
const linkedCache = new WeakMap<MapDocument, readonly CirclePair[]>();

/**
 * Every real community with at least one contact, members sorted by id. One pass over the
 * contacts and one over the ties (not every pair of members): a LinkedIn import makes
 * companies with thousands of members, where pairwise checks take minutes. Computed once per
 * document; the panel and every suggestion rule share the result.
 */
export function circlesOf(doc: MapDocument): readonly Circle[] {
  let circles = circlesCache.get(doc);
  if (circles === undefined) {
    circles = Object.freeze(computeCircles(doc));
    circlesCache.set(doc, circles);
  }
  return circles;
}

/**
 * The real contacts of the ego (real ties to real people), from one pass over the ties (the ego's real ties to real people), without
 * building the ego's tie id for every person: on a 30,000-person import that halves the cost.
 */
function realAlterSet(doc: MapDocument, ties: readonly Tie[]): Set<PersonId> {
  const ego = doc.egoId;
  const out = new Set<PersonId>();
  for (const t of ties) {
    if (t.planned) continue;
    const other = t.a === ego ? t.b : t.b === ego ? t.a : ego;
    if (other !== ego && isReal(getOwn(doc.people, other))) out.add(other);
  }
  return out;
}

function computeCircles(doc: MapDocument): Circle[] {
  const ties = Object.values(doc.ties);
  const isContact = realAlterSet(doc, ties);
  const membersOf = new Map<CommunityId, PersonId[]>();
  for (const id of isContact) {
    for (const c of getOwn(doc.people, id)?.communityIds ?? []) {
      const list = membersOf.get(c);
      if (list) list.push(id);
      else membersOf.set(c, [id]);
    }
  }
  const internal = new Map<CommunityId, number>();
  for (const t of ties) {
    if (t.planned || !isContact.has(t.a) || !isContact.has(t.b)) continue;
    const other = getOwn(doc.people, t.b)?.communityIds ?? [];
    for (const c of getOwn(doc.people, t.a)?.communityIds ?? []) {
      if (other.includes(c)) internal.set(c, (internal.get(c) ?? 0) + 1);
    }
  }
  const out: Circle[] = [];
  for (const c of Object.values(doc.communities)) {
    const members = membersOf.get(c.id);
    if (c.planned || !members) continue;
    members.sort();
    const internalTies = internal.get(c.id) ?? 0;
    const pairs = (members.length * (members.length - 1)) / 2;
    out.push({
      id: c.id,
      name: c.name,
      sphere: c.sphere,
      members,
      internalTies,
      density: pairs > 0 ? internalTies / pairs : null,
    });
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Density from which a circle counts as "everyone knows everyone" (a closed, redundant cluster). */
export const REDUNDANT_DENSITY = 0.8;
export const REDUNDANT_MIN_SIZE = 3;

/** Circles of three or more contacts who (nearly) all know each other, densest first. */
export function redundantCircles(doc: MapDocument): Circle[] {
  // circlesOf is memoised; this filter over the circles is cheap.
  return circlesOf(doc)
    .filter((c) => c.members.length >= REDUNDANT_MIN_SIZE && (c.density ?? 0) >= REDUNDANT_DENSITY)
    .sort((x, y) => (y.density ?? 0) - (x.density ?? 0) || y.members.length - x.members.length);
}

const pairKey = (x: CommunityId, y: CommunityId): string => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);

/** Keys of the circle pairs that touch: a shared member, or a real tie between members. */
function touchingPairs(doc: MapDocument, circles: readonly Circle[]): Set<string> {
  const circlesOfPerson = new Map<PersonId, CommunityId[]>();
  for (const c of circles) {
    for (const m of c.members) {
      const list = circlesOfPerson.get(m);
      if (list) list.push(c.id);
      else circlesOfPerson.set(m, [c.id]);
    }
  }
  const touching = new Set<string>();
  const mark = (xs: readonly CommunityId[], ys: readonly CommunityId[]): void => {
    for (const x of xs) for (const y of ys) if (x !== y) touching.add(pairKey(x, y));
  };
  for (const list of circlesOfPerson.values()) mark(list, list);
  for (const t of Object.values(doc.ties)) {
    if (t.planned) continue;
    const ca = circlesOfPerson.get(t.a);
    const cb = circlesOfPerson.get(t.b);
    if (ca && cb) mark(ca, cb);
  }
  return touching;
}

export interface CirclePair {
  readonly a: Circle;
  readonly b: Circle;
}

/** Only the largest circles are paired: introductions matter most there, and pairs grow as C². */
export const MAX_PAIRED_CIRCLES = 40;

/**
 * Pairs of circles that only the ego connects (no member of one knows a member of the other).
 * Family is left out: an introduction is offered between work and third-place circles.
 * Largest pairs first.
 */
export function circlesLinkedOnlyThroughYou(doc: MapDocument, maxCircles = MAX_PAIRED_CIRCLES): readonly CirclePair[] {
  if (maxCircles !== MAX_PAIRED_CIRCLES) return linkedPairs(doc, maxCircles);
  let pairs = linkedCache.get(doc);
  if (pairs === undefined) {
    pairs = Object.freeze(linkedPairs(doc, maxCircles));
    linkedCache.set(doc, pairs);
  }
  return pairs;
}

function linkedPairs(doc: MapDocument, maxCircles: number): CirclePair[] {
  const circles = circlesOf(doc)
    .filter((c) => c.sphere !== "family")
    .sort((x, y) => y.members.length - x.members.length || (x.id < y.id ? -1 : 1))
    .slice(0, maxCircles);
  const touching = touchingPairs(doc, circles);
  const pairs: CirclePair[] = [];
  for (let i = 0; i < circles.length; i++) {
    for (let j = i + 1; j < circles.length; j++) {
      const a = circles[i] as Circle;
      const b = circles[j] as Circle;
      if (!touching.has(pairKey(a.id, b.id))) pairs.push(a.id < b.id ? { a, b } : { a: b, b: a });
    }
  }
  const weight = (p: CirclePair): number => p.a.members.length * p.b.members.length;
  return pairs.sort((x, y) => weight(y) - weight(x) || (x.a.id + x.b.id < y.a.id + y.b.id ? -1 : 1));
}
