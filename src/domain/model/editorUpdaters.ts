// Editing helpers for the map editor and the guided interview: adding an alter (person + tie
// to the ego), merging Granovetter answers (metrics-spec §T2), restoring a deleted person
// (undo), finding people by name (names.ts), and the cross-community dyad census (pairs of alters who
// share no community and whose tie is not known yet; the "no" answers are kept in the document).
import { ModelError } from "./errors";
import { addPerson, setTie } from "./updaters";
import { tieId, type CommunityId, type PersonId, type TieId } from "./ids";
import { withEntries, withEntry } from "./records";
import { UNKNOWN_STRENGTH, type TieAnswers } from "./strength";
import { changedKeys, isPlanned, strengthOfTie } from "./queries";
import type { MapDocument, Person, Position, Tie } from "./types";
import { hasOwn, getOwn } from "./dict";
import { compareByReading, normaliseName, readingKey } from "./names";

export interface AlterInput {
  id: PersonId;
  name: string;
  communityIds?: readonly CommunityId[];
  answers?: TieAnswers;
}

/** Adds a person and their tie to the ego (answers empty unless given). */
export function addAlter(doc: MapDocument, input: AlterInput): MapDocument {
  const withPerson = addPerson(doc, {
    id: input.id,
    name: input.name,
    communityIds: input.communityIds ?? [],
  });
  return setTie(withPerson, { a: doc.egoId, b: input.id, answers: input.answers ?? {} });
}

export type AnswerPatch = { [K in keyof TieAnswers]?: TieAnswers[K] | null };

/** Merges answers into the ego tie (created if missing); null clears an item. A frequency category replaces a number per year and vice versa. */
export function setEgoAnswers(doc: MapDocument, personId: PersonId, patch: AnswerPatch): MapDocument {
  const prev = getOwn(doc.ties, tieId(doc.egoId, personId))?.answers ?? {};
  const next: Record<string, unknown> = { ...prev };
  if (patch.frequencyCategory !== undefined) delete next.frequencyPerYear;
  if (patch.frequencyPerYear !== undefined) delete next.frequencyCategory;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return setTie(doc, { a: doc.egoId, b: personId, answers: next as TieAnswers });
}

/** Everything removePerson drops, kept so that the deletion can be undone. */
export interface PersonSnapshot {
  readonly person: Person;
  readonly ties: readonly Tie[];
  readonly position?: Position;
}

export function snapshotPerson(doc: MapDocument, id: PersonId): PersonSnapshot | null {
  const person = getOwn(doc.people, id);
  if (!person) return null;
  const ties = Object.values(doc.ties).filter((t) => t.a === id || t.b === id);
  const position = getOwn(doc.positions, id);
  return position ? { person, ties, position } : { person, ties };
}

/** Puts a deleted person back with their ties (to people still present), memberships (in communities still present) and position. */
export function restorePerson(doc: MapDocument, snap: PersonSnapshot): MapDocument {
  if (getOwn(doc.people, snap.person.id)) return doc;
  const person: Person = {
    ...snap.person,
    communityIds: snap.person.communityIds.filter((c) => getOwn(doc.communities, c)),
  };
  const people = withEntry(doc.people, person.id, person);
  const ties = withEntries(
    doc.ties,
    snap.ties.filter((t) => hasOwn(people, t.a) && hasOwn(people, t.b)).map((t): [TieId, Tie] => [t.id, t]),
  );
  const positions = snap.position ? withEntry(doc.positions, person.id, snap.position) : doc.positions;
  return { ...doc, people, ties, positions };
}

/**
 * The real (not planned) person with this name under normaliseName — case, width and CJK
 * spacing aside, so "鈴木花子" finds "鈴木 花子" — if any.
 */
export function findPersonByName(doc: MapDocument, name: string): Person | undefined {
  const key = normaliseName(name);
  if (key === "") return undefined;
  const ids = nameIndex(doc.people).get(key);
  if (ids === undefined || ids.size === 0) return undefined;
  // Two people of one name (an import keeps both): the first in the document's order.
  const [only] = ids;
  if (ids.size === 1) return getOwn(doc.people, only as PersonId);
  const first = Object.keys(doc.people).find((id) => ids.has(id as PersonId));
  return first === undefined ? undefined : getOwn(doc.people, first as PersonId);
}

/**
 * The real people by normaliseName key, for the people record last asked about: patched from the
 * previous record at the keys its edits changed (changedKeys), so that typing a name on a
 * 30,000-person map does not normalise 30,000 names again for each one added. Call it early (the
 * add dialog does when it opens) and the first look-up is quick as well.
 */
let lastIndex: {
  people: MapDocument["people"];
  byKey: Map<string, Set<PersonId>>;
  keyOf: Map<PersonId, string>;
} | null = null;

export function nameIndex(people: MapDocument["people"]): ReadonlyMap<string, ReadonlySet<PersonId>> {
  if (lastIndex?.people === people) return lastIndex.byKey;
  const index = lastIndex ?? { people, byKey: new Map(), keyOf: new Map() };
  const ids = lastIndex ? changedKeys(lastIndex.people, people) : (Object.keys(people) as PersonId[]);
  // Taken over: the map of the previous record is patched, not copied.
  lastIndex = null;
  for (const id of ids) {
    const old = index.keyOf.get(id);
    if (old !== undefined) {
      index.byKey.get(old)?.delete(id);
      index.keyOf.delete(id);
    }
    const p = getOwn(people, id);
    if (!p || isPlanned(p)) continue;
    const key = normaliseName(p.name);
    const set = index.byKey.get(key);
    if (set) set.add(id);
    else index.byKey.set(key, new Set([id]));
    index.keyOf.set(id, key);
  }
  index.people = people;
  lastIndex = index;
  return index.byKey;
}

/**
 * People whose name or reading contains the query, compared as readingKey (normaliseName with
 * katakana folded to hiragana, so さとう finds サトウ and 鈴木花 finds 鈴木 花子), ego and
 * `exclude` left out, planned (what-if) people too unless `includePlanned`; names or readings
 * that start with the query first, then in display order (compareByReading).
 */
export function searchPeople(
  doc: MapDocument,
  query: string,
  exclude: ReadonlySet<PersonId> = new Set(),
  options: { readonly includePlanned?: boolean } = {},
): Person[] {
  const q = readingKey(query);
  // Normalise each name once (not inside the comparator): maps can hold 30,000 imported people.
  const matches: { p: Person; prefix: number }[] = [];
  for (const p of Object.values(doc.people)) {
    if (p.id === doc.egoId || exclude.has(p.id)) continue;
    if (isPlanned(p) && options.includePlanned !== true) continue;
    if (q === "") {
      matches.push({ p, prefix: 0 });
      continue;
    }
    const name = readingKey(p.name);
    const reading = readingKey(p.reading ?? "");
    if (!name.includes(q) && !reading.includes(q)) continue;
    matches.push({ p, prefix: name.startsWith(q) || (reading !== "" && reading.startsWith(q)) ? 0 : 1 });
  }
  return matches.sort((a, b) => a.prefix - b.prefix || compareByReading(a.p, b.p)).map((m) => m.p);
}

/** Records that a and b do not know each other, so the census does not ask about them again. */
export function answerCensusNo(doc: MapDocument, a: PersonId, b: PersonId): MapDocument {
  if (a === b) throw new ModelError("selfTie", "A person cannot be asked about knowing themselves.");
  for (const id of [a, b]) {
    if (!Object.hasOwn(doc.people, id)) throw new ModelError("unknownPerson", `No person with id "${id}" in this map.`);
  }
  const id = tieId(a, b);
  if (doc.censusNo.includes(id)) return doc;
  return { ...doc, censusNo: [...doc.censusNo, id] };
}

/**
 * Dyad census limited to cross-community pairs: alters who share no community, are not tied
 * yet, and whose pair is not in `answered`. Each community's members are assumed to be asked
 * about as a clique (connectCommunity), so within-community pairs are never listed.
 */
export function crossCommunityPairs(
  doc: MapDocument,
  answered: ReadonlySet<string> = new Set(),
  /** Stops after this many pairs: nobody answers thousands, and big imported maps stay fast. */
  limit = 2000,
): [PersonId, PersonId][] {
  const people = Object.values(doc.people)
    .filter((p) => p.id !== doc.egoId)
    .sort((a, b) => (a.communityIds[0] ?? "~").localeCompare(b.communityIds[0] ?? "~") || a.name.localeCompare(b.name));
  const pairs: [PersonId, PersonId][] = [];
  for (let i = 0; i < people.length && pairs.length < limit; i++) {
    for (let j = i + 1; j < people.length && pairs.length < limit; j++) {
      const a = people[i] as Person;
      const b = people[j] as Person;
      if (a.communityIds.some((c) => b.communityIds.includes(c))) continue;
      const id = tieId(a.id, b.id);
      if (getOwn(doc.ties, id) || answered.has(id)) continue;
      pairs.push([a.id, b.id]);
    }
  }
  // Most telling pairs first: two strong ties to the ego with no tie between them would be
  // Granovetter's "forbidden triad" (metrics-spec §T4), so ask about close pairs early.
  const weightOf = (id: PersonId) => {
    const tie = getOwn(doc.ties, tieId(doc.egoId, id));
    return (tie ? strengthOfTie(tie) : null) ?? UNKNOWN_STRENGTH;
  };
  return pairs
    .map((pair, i) => ({ pair, i, w: weightOf(pair[0]) + weightOf(pair[1]) }))
    .sort((x, y) => y.w - x.w || x.i - y.i)
    .map((x) => x.pair);
}
