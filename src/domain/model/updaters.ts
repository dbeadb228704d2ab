// Pure updaters: (doc, input) → new doc. They never mutate their input and throw ModelError
// when asked to break an invariant (unknown id, tie to oneself, deleting the ego, empty name).
import { ModelError } from "./errors";
import { tieId, type CommunityId, type MapId, type PersonId } from "./ids";
import type { TieAnswers } from "./strength";
import type { Community, CommunityProfile, MapDocument, Person, Position, SavedPosition, Sphere, Tie } from "./types";
import { getOwn } from "./dict";
import { cleanName } from "./names";
import { withEntries, withEntry, withoutKeys } from "./records";

function requirePerson(doc: MapDocument, id: PersonId): Person {
  const p = getOwn(doc.people, id);
  if (!p) throw new ModelError("unknownPerson", `No person with id "${id}" in this map.`);
  return p;
}

function requireCommunity(doc: MapDocument, id: CommunityId): Community {
  const c = getOwn(doc.communities, id);
  if (!c) throw new ModelError("unknownCommunity", `No community with id "${id}" in this map.`);
  return c;
}

/** The stored form of a name (names.ts cleanName); an empty name is refused. */
function requireName(name: string): string {
  const clean = cleanName(name);
  if (clean === "") throw new ModelError("emptyName", "A name cannot be empty.");
  return clean;
}

export function createDocument(input: {
  id: MapId;
  title: string;
  egoId: PersonId;
  egoName: string;
  now: string;
}): MapDocument {
  const ego: Person = { id: input.egoId, name: requireName(input.egoName), communityIds: [] };
  return {
    id: input.id,
    title: input.title.trim(),
    egoId: input.egoId,
    people: { [ego.id]: ego } as Record<PersonId, Person>,
    communities: {},
    ties: {},
    positions: {},
    censusNo: [],
    interview: null,
    snapshots: [],
    actions: [],
    createdAt: input.now,
    updatedAt: input.now,
  };
}

export function renameMap(doc: MapDocument, title: string): MapDocument {
  return { ...doc, title: title.trim() };
}

export interface PersonInput {
  id: PersonId;
  name: string;
  reading?: string;
  note?: string;
  communityIds?: readonly CommunityId[];
  planned?: boolean;
}

export function addPerson(doc: MapDocument, input: PersonInput): MapDocument {
  if (getOwn(doc.people, input.id)) throw new ModelError("invalidValue", `Person "${input.id}" already exists.`);
  const communityIds = [...new Set(input.communityIds ?? [])];
  for (const c of communityIds) requireCommunity(doc, c);
  const person: Person = {
    id: input.id,
    name: requireName(input.name),
    communityIds,
    ...(input.reading ? { reading: input.reading.trim() } : {}),
    ...(input.note ? { note: input.note } : {}),
    ...(input.planned ? { planned: true } : {}),
  };
  return { ...doc, people: withEntry(doc.people, person.id, person) };
}

export function updatePerson(
  doc: MapDocument,
  input: { id: PersonId; name?: string; reading?: string; note?: string },
): MapDocument {
  const p = requirePerson(doc, input.id);
  const next: Person = {
    ...p,
    ...(input.name !== undefined ? { name: requireName(input.name) } : {}),
    ...(input.reading !== undefined ? { reading: input.reading.trim() } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
  };
  return { ...doc, people: withEntry(doc.people, p.id, next) };
}

/** Removes a person with their ties, position and census answers. The ego cannot be removed. */
export function removePerson(doc: MapDocument, id: PersonId): MapDocument {
  requirePerson(doc, id);
  if (id === doc.egoId) throw new ModelError("egoProtected", "The map's own person (you) cannot be deleted.");
  const theirTies = Object.values(doc.ties)
    .filter((t) => t.a === id || t.b === id)
    .map((t) => t.id);
  const next = {
    ...doc,
    people: withoutKeys(doc.people, [id]),
    ties: withoutKeys(doc.ties, theirTies),
    positions: withoutKeys(doc.positions, [id]),
  };
  if (doc.censusNo.length === 0) return next;
  const theirs = new Set(Object.keys(doc.people).map((other) => tieId(id, other as PersonId)));
  return { ...next, censusNo: doc.censusNo.filter((pair) => !theirs.has(pair)) };
}

export interface CommunityInput {
  id: CommunityId;
  name: string;
  sphere: Sphere;
  note?: string;
  profile?: CommunityProfile;
  planned?: boolean;
}

export function addCommunity(doc: MapDocument, input: CommunityInput): MapDocument {
  if (getOwn(doc.communities, input.id))
    throw new ModelError("invalidValue", `Community "${input.id}" already exists.`);
  const community: Community = {
    id: input.id,
    name: requireName(input.name),
    sphere: input.sphere,
    ...(input.note ? { note: input.note } : {}),
    ...(input.profile ? { profile: input.profile } : {}),
    ...(input.planned ? { planned: true } : {}),
  };
  return { ...doc, communities: withEntry(doc.communities, community.id, community) };
}

export function updateCommunity(
  doc: MapDocument,
  input: { id: CommunityId; name?: string; sphere?: Sphere; note?: string; profile?: CommunityProfile },
): MapDocument {
  const c = requireCommunity(doc, input.id);
  const next: Community = {
    ...c,
    ...(input.name !== undefined ? { name: requireName(input.name) } : {}),
    ...(input.sphere !== undefined ? { sphere: input.sphere } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
    ...(input.profile !== undefined ? { profile: input.profile } : {}),
  };
  return { ...doc, communities: withEntry(doc.communities, c.id, next) };
}

/** Removes a community; its members stay, without that membership. */
export function removeCommunity(doc: MapDocument, id: CommunityId): MapDocument {
  requireCommunity(doc, id);
  const members = Object.values(doc.people).filter((p) => p.communityIds.includes(id));
  const people = withEntries(
    doc.people,
    members.map((p): [PersonId, Person] => [p.id, { ...p, communityIds: p.communityIds.filter((c) => c !== id) }]),
  );
  return { ...doc, people: members.length > 0 ? people : doc.people, communities: withoutKeys(doc.communities, [id]) };
}

export function setMembership(
  doc: MapDocument,
  input: { personId: PersonId; communityId: CommunityId; member: boolean },
): MapDocument {
  const p = requirePerson(doc, input.personId);
  requireCommunity(doc, input.communityId);
  const has = p.communityIds.includes(input.communityId);
  if (has === input.member) return doc;
  const communityIds = input.member
    ? [...p.communityIds, input.communityId]
    : p.communityIds.filter((c) => c !== input.communityId);
  return { ...doc, people: withEntry(doc.people, p.id, { ...p, communityIds }) };
}

export interface TieInput {
  a: PersonId;
  b: PersonId;
  /** Replaces the answers when given. */
  answers?: TieAnswers;
  weight?: number;
  planned?: boolean;
}

/** Creates the tie a–b or updates it (answers replaced, weight set) if it exists. */
export function setTie(doc: MapDocument, input: TieInput): MapDocument {
  requirePerson(doc, input.a);
  requirePerson(doc, input.b);
  if (input.a === input.b) throw new ModelError("selfTie", "A person cannot be tied to themselves.");
  if (input.weight !== undefined && !(input.weight >= 0 && input.weight <= 1)) {
    throw new ModelError("invalidValue", `Tie strength must be between 0 and 1 (got ${input.weight}).`);
  }
  const id = tieId(input.a, input.b);
  const [a, b] = input.a < input.b ? [input.a, input.b] : [input.b, input.a];
  const prev = getOwn(doc.ties, id);
  const tie: Tie = {
    id,
    a,
    b,
    answers: input.answers ?? prev?.answers ?? {},
    ...((input.weight ?? prev?.weight) !== undefined ? { weight: (input.weight ?? prev?.weight) as number } : {}),
    ...((input.planned ?? prev?.planned) ? { planned: true } : {}),
  };
  return { ...doc, ties: withEntry(doc.ties, id, tie) };
}

export function removeTie(doc: MapDocument, input: { a: PersonId; b: PersonId }): MapDocument {
  const id = tieId(input.a, input.b);
  if (!getOwn(doc.ties, id)) return doc;
  return { ...doc, ties: withoutKeys(doc.ties, [id]) };
}

/** "Everyone in this community knows each other": adds every missing tie among its members. */
export function connectCommunity(doc: MapDocument, communityIdToLink: CommunityId): MapDocument {
  requireCommunity(doc, communityIdToLink);
  const members = Object.values(doc.people)
    .filter((p) => p.id !== doc.egoId && p.communityIds.includes(communityIdToLink))
    .map((p) => p.id)
    .sort();
  let next = doc;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i] as PersonId;
      const b = members[j] as PersonId;
      if (!getOwn(next.ties, tieId(a, b))) next = setTie(next, { a, b });
    }
  }
  return next;
}

function writePositions(
  doc: MapDocument,
  positions: Readonly<Record<PersonId, Position>>,
  source: SavedPosition["source"],
): MapDocument {
  const entries: [PersonId, SavedPosition][] = [];
  for (const [id, { x, y }] of Object.entries(positions)) {
    requirePerson(doc, id as PersonId);
    entries.push([id as PersonId, source ? { x, y, source } : { x, y }]);
  }
  return { ...doc, positions: withEntries(doc.positions, entries) };
}

/** Positions the user set by hand (a drag): kept in every layout. */
export function setPositions(doc: MapDocument, positions: Readonly<Record<PersonId, Position>>): MapDocument {
  return writePositions(doc, positions, undefined);
}

/** Positions a layout computed (the clusters run): they give way to the rings again. */
export function setLayoutPositions(doc: MapDocument, positions: Readonly<Record<PersonId, Position>>): MapDocument {
  return writePositions(doc, positions, "layout");
}
