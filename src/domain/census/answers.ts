// Answers to "who knows whom", pair by pair or for a whole community: a yes is a tie, a no is
// recorded in doc.censusNo (so the pair counts as known and is not asked again; saved, exported
// and undone with the map). What-if (planned) people are never asked about.
import {
  getOwn,
  removeTie,
  setTie,
  tieId,
  type CommunityId,
  type MapDocument,
  type PersonId,
  type TieId,
} from "../model";
import { ModelError } from "../model/errors";

export type PairAnswer = "yes" | "no" | "unknown";

function withoutNo(doc: MapDocument, ids: ReadonlySet<TieId>): MapDocument {
  if (!doc.censusNo.some((id) => ids.has(id))) return doc;
  return { ...doc, censusNo: doc.censusNo.filter((id) => !ids.has(id)) };
}

function withNo(doc: MapDocument, ids: readonly TieId[]): MapDocument {
  const have = new Set(doc.censusNo);
  const add = ids.filter((id) => !have.has(id));
  return add.length === 0 ? doc : { ...doc, censusNo: [...doc.censusNo, ...add] };
}

/** The answer known for a pair: tied, recorded as strangers, or not known. */
export function pairAnswer(doc: MapDocument, a: PersonId, b: PersonId): PairAnswer {
  const id = tieId(a, b);
  const tie = getOwn(doc.ties, id);
  if (tie && !tie.planned) return "yes";
  return doc.censusNo.includes(id) ? "no" : "unknown";
}

/** "Do a and b know each other?" — yes adds their tie, no removes it and records the no. */
export function answerPair(doc: MapDocument, a: PersonId, b: PersonId, knows: boolean): MapDocument {
  if (a === doc.egoId || b === doc.egoId) {
    throw new ModelError("invalidValue", "The census asks about two contacts, not about you.");
  }
  const id = tieId(a, b);
  if (knows) {
    const tied = getOwn(doc.ties, id) ? doc : setTie(doc, { a, b });
    return withoutNo(tied, new Set([id]));
  }
  if (a === b) throw new ModelError("selfTie", "A person cannot be asked about knowing themselves.");
  for (const p of [a, b])
    if (!getOwn(doc.people, p)) throw new ModelError("unknownPerson", `No person with id "${p}" in this map.`);
  return withNo(removeTie(doc, { a, b }), [id]);
}

/** Members of a community who can be asked about (not the ego, not planned), by name. */
export function communityMembers(doc: MapDocument, community: CommunityId): PersonId[] {
  return Object.values(doc.people)
    .filter((p) => p.id !== doc.egoId && !p.planned && p.communityIds.includes(community))
    .sort((x, y) => x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1))
    .map((p) => p.id);
}

export interface CommunityPair {
  readonly a: PersonId;
  readonly b: PersonId;
  readonly answer: PairAnswer;
}

/** Every pair of members with its answer, in member order. */
export function communityPairs(doc: MapDocument, community: CommunityId): CommunityPair[] {
  const ids = communityMembers(doc, community);
  const out: CommunityPair[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i] as PersonId;
      const b = ids[j] as PersonId;
      out.push({ a, b, answer: pairAnswer(doc, a, b) });
    }
  return out;
}

export type CommunityAnswer = "everyone" | "nobody" | "restNo";

/**
 * A whole community at once: "everyone" ties every pair of members, "nobody" makes every pair
 * strangers (ties among them removed), "restNo" records only the pairs not answered yet as no.
 */
export function answerCommunity(doc: MapDocument, community: CommunityId, answer: CommunityAnswer): MapDocument {
  if (!getOwn(doc.communities, community)) {
    throw new ModelError("unknownCommunity", `No community with id "${community}" in this map.`);
  }
  const pairs = communityPairs(doc, community);
  if (answer === "everyone") {
    let next = doc;
    for (const p of pairs) if (p.answer !== "yes") next = setTie(next, { a: p.a, b: p.b });
    return withoutNo(next, new Set(pairs.map((p) => tieId(p.a, p.b))));
  }
  if (answer === "nobody") {
    let next = doc;
    for (const p of pairs) if (p.answer === "yes") next = removeTie(next, p);
    return withNo(
      next,
      pairs.map((p) => tieId(p.a, p.b)),
    );
  }
  return withNo(
    doc,
    pairs.filter((p) => p.answer === "unknown").map((p) => tieId(p.a, p.b)),
  );
}
