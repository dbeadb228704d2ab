// Comparison of two moments of a map (issue 14): who and which ties and communities were added,
// lost or changed in strength band, the change in the headline scores recorded with each side
// (SnapshotScores: bridging, diversity, effective size, third places, share of weak ties), the
// plan actions done in between, and plain sentences about it (compareSentences.ts). Pure: each
// side is a document (snapshotDocument for a snapshot) with the scores read from its analysis.
import {
  bandOfTie,
  getOwn,
  isPlanned,
  realAlters,
  realCommunityIds,
  tieId,
  type ActionId,
  type CommunityId,
  type MapDocument,
  type MapSnapshot,
  type PersonId,
  type PlanAction,
  type Sphere,
  type SnapshotScores,
  type Tie,
  type TieBand,
  type TieId,
} from "../model";
import type { Confidence } from "../insights/confidence";
import { sideConfidence } from "./compareConfidence";
import { compareSentences, type ComparePhrase } from "./compareSentences";
import { snapshotDocument } from "./snapshot";

export interface CompareSide {
  readonly doc: MapDocument;
  readonly scores: SnapshotScores;
  /** How the side is named in sentences ("Since {label} …"), e.g. its formatted date. */
  readonly label: string;
  /** ISO timestamp of the moment (a snapshot's takenAt, now for the open map). */
  readonly date: string;
  /** Plan actions done at that moment. */
  readonly doneActionIds: readonly ActionId[];
}

/** A side for a snapshot of `base` (the open map the snapshot belongs to). */
export function snapshotSide(base: MapDocument, snapshot: MapSnapshot, label: string): CompareSide {
  return {
    doc: snapshotDocument(base, snapshot),
    scores: snapshot.scores,
    label,
    date: snapshot.takenAt,
    doneActionIds: snapshot.doneActionIds,
  };
}

/** A side for a map as it is (the open map, or a file): its done actions are those with a doneAt. */
export function liveSide(doc: MapDocument, scores: SnapshotScores, label: string, date: string): CompareSide {
  return {
    doc,
    scores,
    label,
    date,
    doneActionIds: doc.actions.filter((a) => a.doneAt !== undefined).map((a) => a.id),
  };
}

export interface PersonRef {
  readonly id: PersonId;
  readonly name: string;
}
export interface CommunityRef {
  readonly id: CommunityId;
  readonly name: string;
  readonly sphere: Sphere;
}
export interface TieRef {
  readonly id: TieId;
  readonly a: PersonRef;
  readonly b: PersonRef;
  /** One end is the ego. */
  readonly withEgo: boolean;
  readonly band: TieBand;
}
export interface TieBandChange extends TieRef {
  readonly before: TieBand;
  /** stronger / weaker along very weak < weak < strong; "other" to or from an unknown strength. */
  readonly direction: "stronger" | "weaker" | "other";
}

export const SCORE_KEYS = [
  "bridging",
  "diversity",
  "effectiveSize",
  "thirdPlaces",
  "weakShare",
  "people",
  "ties",
] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];

export interface ScoreDelta {
  readonly key: ScoreKey;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before; null when either is unknown. */
  readonly delta: number | null;
}

/** Structural facts the sentences' "because" clauses rest on (counts over real people and ties). */
export interface ChangeFacts {
  /** New contacts tied to no other contact of the newer map. */
  readonly newIsolated: number;
  /** New contacts tied to at least one contact the older map already had. */
  readonly newConnected: number;
  /** Ties added between two contacts who were both already in the older map (a circle closing). */
  readonly pairsAdded: number;
  /** Ties lost between two contacts who are in both maps. */
  readonly pairsLost: number;
  /** Lost contacts who were tied to no other contact in the older map. */
  readonly lostIsolated: number;
  /** New communities (not in the older map) that new contacts are in. */
  readonly newCircles: readonly CommunityRef[];
  /** New contacts whose communities all existed in the older map (and who have one). */
  readonly newInOldCircles: number;
}

export interface MapComparison {
  readonly older: { readonly label: string; readonly date: string };
  readonly newer: { readonly label: string; readonly date: string };
  readonly people: { readonly added: readonly PersonRef[]; readonly lost: readonly PersonRef[] };
  readonly ties: {
    readonly added: readonly TieRef[];
    readonly lost: readonly TieRef[];
    readonly changed: readonly TieBandChange[];
  };
  readonly communities: {
    readonly added: readonly CommunityRef[];
    readonly lost: readonly CommunityRef[];
    readonly addedBySphere: Readonly<Record<Sphere, number>>;
    readonly lostBySphere: Readonly<Record<Sphere, number>>;
  };
  /** Third places the ego takes part in now and did not before, and the reverse. */
  readonly thirdPlaces: { readonly joined: readonly CommunityRef[]; readonly left: readonly CommunityRef[] };
  readonly scores: readonly ScoreDelta[];
  readonly actionsDone: readonly PlanAction[];
  readonly facts: ChangeFacts;
  /** How sure each side's bridging is (the panel's rule): a sentence on it carries the caveat. */
  readonly confidence: { readonly older: Confidence; readonly newer: Confidence };
  readonly sentences: readonly ComparePhrase[];
}

const BAND_RANK: Record<TieBand, number | null> = { very_weak: 0, weak: 1, strong: 2, unknown: null };

function realPeopleIds(doc: MapDocument): Set<PersonId> {
  return new Set(
    Object.values(doc.people)
      .filter((p) => p.id !== doc.egoId && !isPlanned(p))
      .map((p) => p.id),
  );
}

const personRef = (doc: MapDocument, id: PersonId): PersonRef => ({ id, name: getOwn(doc.people, id)?.name ?? id });

function realTies(doc: MapDocument): Map<TieId, Tie> {
  const out = new Map<TieId, Tie>();
  for (const t of Object.values(doc.ties)) {
    const a = getOwn(doc.people, t.a);
    const b = getOwn(doc.people, t.b);
    if (!isPlanned(t) && a && b && !isPlanned(a) && !isPlanned(b)) out.set(t.id, t);
  }
  return out;
}

/** A tie with its ends named, the ego first when it is one of them. */
function tieRef(doc: MapDocument, t: Tie): TieRef {
  const [a, b] = t.b === doc.egoId ? [t.b, t.a] : [t.a, t.b];
  return { id: t.id, a: personRef(doc, a), b: personRef(doc, b), withEgo: a === doc.egoId, band: bandOfTie(t) };
}

function realCommunities(doc: MapDocument): Map<CommunityId, CommunityRef> {
  const out = new Map<CommunityId, CommunityRef>();
  for (const c of Object.values(doc.communities))
    if (!isPlanned(c)) out.set(c.id, { id: c.id, name: c.name, sphere: c.sphere });
  return out;
}

/** Third places the ego takes part in (as thirdPlaceCount counts them). */
function thirdPlaceIds(doc: MapDocument): Map<CommunityId, CommunityRef> {
  const all = realCommunities(doc);
  const out = new Map<CommunityId, CommunityRef>();
  for (const p of realAlters(doc))
    for (const id of realCommunityIds(doc, p)) {
      const c = all.get(id);
      if (c && c.sphere === "third") out.set(id, c);
    }
  return out;
}

function minus<K, V>(a: Map<K, V>, b: { has(k: K): boolean }): V[] {
  return [...a].filter(([k]) => !b.has(k)).map(([, v]) => v);
}

function bySphere(list: readonly CommunityRef[]): Record<Sphere, number> {
  const out: Record<Sphere, number> = { family: 0, work: 0, third: 0 };
  for (const c of list) out[c.sphere] += 1;
  return out;
}

/** Contacts (real alters) of `doc` tied to `id`, the ego left out. */
function contactNeighbours(ties: Map<TieId, Tie>, alterIds: Set<PersonId>, id: PersonId): PersonId[] {
  const out: PersonId[] = [];
  for (const other of alterIds) if (other !== id && ties.has(tieId(id, other))) out.push(other);
  return out;
}

function changeFacts(
  older: MapDocument,
  newer: MapDocument,
  addedIds: readonly PersonId[],
  lostIds: readonly PersonId[],
) {
  const oldTies = realTies(older);
  const newTies = realTies(newer);
  const oldAlters = new Set(realAlters(older).map((p) => p.id));
  const newAlters = new Set(realAlters(newer).map((p) => p.id));
  const added = addedIds.filter((id) => newAlters.has(id));
  let newIsolated = 0;
  let newConnected = 0;
  for (const id of added) {
    const n = contactNeighbours(newTies, newAlters, id);
    if (n.length === 0) newIsolated += 1;
    if (n.some((o) => oldAlters.has(o))) newConnected += 1;
  }
  const isAlterPair = (t: Tie, set: Set<PersonId>) => set.has(t.a) && set.has(t.b);
  const both = new Set([...oldAlters].filter((id) => newAlters.has(id)));
  const pairsAdded = minus(newTies, oldTies).filter((t) => isAlterPair(t, both)).length;
  const pairsLost = minus(oldTies, newTies).filter((t) => isAlterPair(t, both)).length;
  const lostIsolated = lostIds.filter(
    (id) => oldAlters.has(id) && contactNeighbours(oldTies, oldAlters, id).length === 0,
  ).length;
  const oldCommunities = realCommunities(older);
  const newCommunities = realCommunities(newer);
  const circles = new Map<CommunityId, CommunityRef>();
  let newInOldCircles = 0;
  for (const id of added) {
    const person = getOwn(newer.people, id);
    const ids = person ? realCommunityIds(newer, person) : [];
    for (const c of ids) {
      const ref = newCommunities.get(c);
      if (ref && !oldCommunities.has(c)) circles.set(c, ref);
    }
    if (ids.length > 0 && ids.every((c) => oldCommunities.has(c))) newInOldCircles += 1;
  }
  return {
    newIsolated,
    newConnected,
    pairsAdded,
    pairsLost,
    lostIsolated,
    newCircles: [...circles.values()],
    newInOldCircles,
  };
}

function scoreDeltas(older: SnapshotScores, newer: SnapshotScores): ScoreDelta[] {
  return SCORE_KEYS.map((key) => {
    const before = older[key];
    const after = newer[key];
    return { key, before, after, delta: before === null || after === null ? null : after - before };
  });
}

/** Actions of `plan` done at `newer` and not at `older` (and, when dated, done after the older moment). */
function actionsDoneBetween(plan: readonly PlanAction[], older: CompareSide, newer: CompareSide): PlanAction[] {
  const before = new Set(older.doneActionIds);
  const after = new Set(newer.doneActionIds);
  return plan.filter((a) => after.has(a.id) && !before.has(a.id) && (a.doneAt === undefined || a.doneAt > older.date));
}

/**
 * What changed from `older` to `newer`. `plan` is the action list the done ids refer to (the
 * open map's actions; by default the newer document's).
 */
export function compareMaps(
  older: CompareSide,
  newer: CompareSide,
  plan: readonly PlanAction[] = newer.doc.actions,
): MapComparison {
  const oldPeople = realPeopleIds(older.doc);
  const newPeople = realPeopleIds(newer.doc);
  const addedIds = [...newPeople].filter((id) => !oldPeople.has(id));
  const lostIds = [...oldPeople].filter((id) => !newPeople.has(id));
  const oldTies = realTies(older.doc);
  const newTies = realTies(newer.doc);
  const changed: TieBandChange[] = [];
  for (const [id, t] of newTies) {
    const was = oldTies.get(id);
    if (!was) continue;
    const before = bandOfTie(was);
    const after = bandOfTie(t);
    if (before === after) continue;
    const rb = BAND_RANK[before];
    const ra = BAND_RANK[after];
    const direction = rb === null || ra === null ? "other" : ra > rb ? "stronger" : "weaker";
    changed.push({ ...tieRef(newer.doc, t), before, direction });
  }
  const oldCommunities = realCommunities(older.doc);
  const newCommunities = realCommunities(newer.doc);
  const addedCommunities = minus(newCommunities, oldCommunities);
  const lostCommunities = minus(oldCommunities, newCommunities);
  const oldThird = thirdPlaceIds(older.doc);
  const newThird = thirdPlaceIds(newer.doc);
  const base = {
    older: { label: older.label, date: older.date },
    newer: { label: newer.label, date: newer.date },
    people: {
      added: addedIds.map((id) => personRef(newer.doc, id)),
      lost: lostIds.map((id) => personRef(older.doc, id)),
    },
    ties: {
      added: minus(newTies, oldTies).map((t) => tieRef(newer.doc, t)),
      lost: minus(oldTies, newTies).map((t) => tieRef(older.doc, t)),
      changed,
    },
    communities: {
      added: addedCommunities,
      lost: lostCommunities,
      addedBySphere: bySphere(addedCommunities),
      lostBySphere: bySphere(lostCommunities),
    },
    thirdPlaces: { joined: minus(newThird, oldThird), left: minus(oldThird, newThird) },
    scores: scoreDeltas(older.scores, newer.scores),
    actionsDone: actionsDoneBetween(plan, older, newer),
    facts: changeFacts(older.doc, newer.doc, addedIds, lostIds),
    confidence: { older: sideConfidence(older.doc), newer: sideConfidence(newer.doc) },
  };
  return { ...base, sentences: compareSentences(base) };
}
