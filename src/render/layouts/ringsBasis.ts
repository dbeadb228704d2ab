// What the ego rings are computed from: the alters grouped by their first community (groups in
// sphere and name order, members in name order) and each alter's tie band. On a 30,000-person
// map building it is most of the layout's cost (30,000 sort keys and tie look-ups), so it is kept
// for the last document and patched for the next one: the people and ego ties an edit touched
// leave their group and are inserted again at their sorted place. Sort keys are unique (they end
// with the id), so the patched basis is the one a fresh build gives, member for member.
import {
  changedKeys,
  egoTie,
  bandOfTie,
  getOwn,
  tieId,
  type CommunityId,
  type MapDocument,
  type PersonId,
  type Sphere,
  type Tie,
  type TieBand,
} from "../../domain/model";

export interface Group {
  readonly key: string;
  readonly sphere: Sphere | "none";
  readonly name: string;
  readonly members: PersonId[];
}

export interface RingsBasis {
  readonly doc: MapDocument;
  readonly groups: readonly Group[];
  /** Each alter's ego-tie band. */
  readonly bands: ReadonlyMap<PersonId, TieBand>;
  /** Each alter's group key. */
  readonly groupOf: ReadonlyMap<PersonId, string>;
  /** Everyone else but the ego (second-degree people), by id. */
  readonly others: readonly PersonId[];
}

const SPHERE_ORDER: Readonly<Record<Sphere | "none", number>> = { family: 0, work: 1, third: 2, none: 3 };
/** Past this many touched people a fresh build is as cheap as the patch. */
const MAX_PATCH = 2000;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts by a string key computed once per item (a 30,000-person map sorts in milliseconds). */
function sortBy<T>(items: T[], key: (x: T) => string): T[] {
  const keyed = items.map((item) => ({ item, k: key(item) }));
  keyed.sort((a, b) => compare(a.k, b.k));
  keyed.forEach(({ item }, i) => (items[i] = item));
  return items;
}

/** A member's sort key: name, then id (unique). */
const personKey = (name: string, id: PersonId) => `${name}|${id}`;
const memberKey = (doc: MapDocument, id: PersonId) => personKey(getOwn(doc.people, id)?.name ?? "", id);
const groupSortKey = (g: Group) => `${SPHERE_ORDER[g.sphere]}|${g.name}|${g.key}`;

function bandOf(doc: MapDocument, id: PersonId): TieBand {
  const tie = egoTie(doc, id);
  return tie ? bandOfTie(tie) : "unknown";
}

/** The group of someone whose first community is `first` (a new, empty one). */
function groupOfFirst(doc: MapDocument, first: CommunityId | undefined): Group {
  const c = first ? getOwn(doc.communities, first) : undefined;
  return { key: c ? c.id : "~none", sphere: c?.sphere ?? "none", name: c?.name ?? "~", members: [] };
}

/** The group `id` belongs to (a new, empty one when it has no members yet). */
function groupFor(doc: MapDocument, id: PersonId): Group {
  return groupOfFirst(doc, getOwn(doc.people, id)?.communityIds[0]);
}

const isAlter = (doc: MapDocument, id: PersonId): boolean =>
  id !== doc.egoId && getOwn(doc.people, id) !== undefined && getOwn(doc.ties, tieId(doc.egoId, id)) !== undefined;

/** Where `id` is or would go in the sorted `list`. */
function sortedIndex<T>(list: readonly T[], key: string, keyOf: (x: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(keyOf(list[mid] as T), key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Each alter's ego tie: one pass over the ties (not a tie id built and looked up per person). */
function egoTies(doc: MapDocument): Map<PersonId, Tie> {
  const out = new Map<PersonId, Tie>();
  const ego = doc.egoId;
  for (const t of Object.values(doc.ties)) {
    if (t.a === ego) out.set(t.b, t);
    else if (t.b === ego) out.set(t.a, t);
  }
  return out;
}

/** People (or sorted members) per step of a stepped build: a few milliseconds each. */
const STEP = 5000;

/**
 * The basis of `doc` built afresh, in steps that a sliced patch (renderSync.ts) runs in tasks of
 * their own: a 30,000-person map takes ~50–100 ms, one task too long for a page that must not freeze.
 */
export function* buildRingsBasisSteps(doc: MapDocument): Generator<void, RingsBasis, void> {
  const groups = new Map<string, Group & { keys: string[] }>();
  const bands = new Map<PersonId, TieBand>();
  const groupOf = new Map<PersonId, string>();
  const others: PersonId[] = [];
  const ties = egoTies(doc);
  yield;
  // One pass over the people, each read once: its group, its band, its sort key.
  let done = 0;
  for (const p of Object.values(doc.people)) {
    if (++done % STEP === 0) yield;
    if (p.id === doc.egoId) continue;
    const tie = ties.get(p.id);
    if (tie === undefined) {
      others.push(p.id);
      continue;
    }
    // The group's key first (groupOfFirst's), so that only a new group makes an object.
    const first = p.communityIds[0];
    const c = first ? getOwn(doc.communities, first) : undefined;
    const key = c ? c.id : "~none";
    let g = groups.get(key);
    if (g === undefined) {
      g = { ...groupOfFirst(doc, first), keys: [] };
      groups.set(key, g);
    }
    g.members.push(p.id);
    g.keys.push(personKey(p.name, p.id));
    groupOf.set(p.id, g.key);
    bands.set(p.id, bandOfTie(tie));
  }
  const list: Group[] = [];
  let sorted = 0;
  for (const { keys, ...g } of sortBy([...groups.values()], groupSortKey)) {
    // Members in the order of their keys (memberKey's), sorted with them.
    const order = keys.map((_, i) => i).sort((x, y) => compare(keys[x]!, keys[y]!));
    list.push({ ...g, members: order.map((i) => g.members[i]!) });
    sorted += keys.length;
    if (sorted >= STEP) {
      sorted = 0;
      yield;
    }
  }
  return { doc, groups: list, bands, groupOf, others: sortBy(others, (id) => id) };
}

/** Runs steps to the end. */
function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export function buildRingsBasis(doc: MapDocument): RingsBasis {
  return finish(buildRingsBasisSteps(doc));
}

/** The people whose group, place or band may differ between `prev` and `doc`; null: too many. */
function touched(prev: MapDocument, doc: MapDocument): Set<PersonId> | null {
  const out = changedKeys(prev.people, doc.people);
  for (const id of changedKeys(prev.ties, doc.ties)) {
    const t = getOwn(doc.ties, id) ?? getOwn(prev.ties, id);
    if (t?.a === doc.egoId) out.add(t.b);
    if (t?.b === doc.egoId) out.add(t.a);
  }
  return out.size > MAX_PATCH ? null : out;
}

/**
 * `prev`'s basis brought to `doc`; null when a fresh build is needed (or cheaper). The patched
 * basis takes over `prev`'s maps of bands and groups, so `prev` must not be used afterwards
 * (its groups and member lists are not changed: touched ones are copied).
 */
export function patchRingsBasis(prev: RingsBasis, doc: MapDocument): RingsBasis | null {
  if (doc.egoId !== prev.doc.egoId || doc.communities !== prev.doc.communities) return null;
  const ids = touched(prev.doc, doc);
  if (ids === null) return null;
  const groups = new Map<string, Group>(prev.groups.map((g) => [g.key, g]));
  const copied = new Set<string>();
  const writable = (key: string, make: () => Group): Group => {
    const g = groups.get(key);
    if (g && copied.has(key)) return g;
    const copy = g ? { ...g, members: g.members.slice() } : make();
    copied.add(key);
    groups.set(key, copy);
    return copy;
  };
  // Taken over, not copied (30,000 entries each): `prev` is spent once patched.
  const bands = prev.bands as Map<PersonId, TieBand>;
  const groupOf = prev.groupOf as Map<PersonId, string>;
  let others = prev.others;
  const writableOthers = (): PersonId[] => {
    if (others === prev.others) others = prev.others.slice();
    return others as PersonId[];
  };
  const self = (id: PersonId) => id;
  // Every touched person leaves first, so that the lists searched below are sorted by `doc`'s names.
  for (const id of ids) {
    const old = groupOf.get(id);
    if (old === undefined) {
      const at = sortedIndex(others, id, self);
      if (others[at] === id) writableOthers().splice(at, 1);
      continue;
    }
    const g = writable(old, () => groupFor(doc, id));
    const at = g.members.indexOf(id);
    if (at >= 0) g.members.splice(at, 1);
    if (g.members.length === 0) groups.delete(old);
    groupOf.delete(id);
    bands.delete(id);
  }
  for (const id of ids) {
    if (!isAlter(doc, id)) {
      if (id !== doc.egoId && getOwn(doc.people, id) !== undefined)
        writableOthers().splice(sortedIndex(others, id, self), 0, id);
      continue;
    }
    const fresh = groupFor(doc, id);
    const g = writable(fresh.key, () => fresh);
    g.members.splice(
      sortedIndex(g.members, memberKey(doc, id), (m) => memberKey(doc, m)),
      0,
      id,
    );
    groupOf.set(id, g.key);
    bands.set(id, bandOf(doc, id));
  }
  return { doc, groups: sortBy([...groups.values()], groupSortKey), bands, groupOf, others };
}

let last: RingsBasis | null = null;

/** ringsBasis in steps: patched from the last one at once when it can be, else built in steps. */
export function* ringsBasisSteps(doc: MapDocument): Generator<void, RingsBasis, void> {
  if (last?.doc === doc) return last;
  const patched = last && patchRingsBasis(last, doc);
  const basis = patched ?? (yield* buildRingsBasisSteps(doc));
  last = basis;
  return basis;
}

/** The basis of `doc`, patched from the last one computed when that is possible. */
export function ringsBasis(doc: MapDocument): RingsBasis {
  return finish(ringsBasisSteps(doc));
}
