// Merging an imported map into the open one. People match by normaliseName (names.ts) unless
// the duplicate review decided otherwise; communities match by normalised name. Ratings the user
// already gave win: an imported tie only fills the items the existing tie leaves unanswered.
// The imported ego is the user. Pure: the input document is not mutated.
import { getOwn, hasOwn } from "./dict";
import { communityId, newId, personId, tieId, type CommunityId, type PersonId, type TieId } from "./ids";
import { normaliseName } from "./names";
import type { Community, MapDocument, Person, Tie } from "./types";

/** What is merged: an importer's result (ImportedMap) or anything else carrying a document. */
export interface MergeSource {
  readonly doc: MapDocument;
}

export interface MergeOptions {
  /** From the duplicate review: imported person id → existing person id, or null for "a new person". */
  readonly matches?: Readonly<Record<string, string | null>>;
  readonly now?: string;
}

export interface MergeReport {
  readonly peopleAdded: number;
  readonly peopleMatched: number;
  readonly communitiesAdded: number;
  readonly tiesAdded: number;
  readonly tiesUpdated: number;
  /** Ties, by their id in the merged map, whose strength the user should rate. */
  readonly unratedTies: readonly TieId[];
}

export function mergeIntoDocument(
  doc: MapDocument,
  imported: MergeSource,
  options: MergeOptions = {},
): { doc: MapDocument; report: MergeReport } {
  const src = imported.doc;
  const people: Record<PersonId, Person> = { ...doc.people };
  const communities: Record<CommunityId, Community> = { ...doc.communities };
  const ties: Record<TieId, Tie> = { ...doc.ties };
  const personByName = new Map<string, PersonId>();
  for (const p of Object.values(doc.people))
    if (!personByName.has(normaliseName(p.name))) personByName.set(normaliseName(p.name), p.id);
  const communityByName = new Map(Object.values(doc.communities).map((c) => [normaliseName(c.name), c.id]));
  let [peopleAdded, peopleMatched, communitiesAdded, tiesAdded, tiesUpdated] = [0, 0, 0, 0, 0];

  const communityMap = new Map<CommunityId, CommunityId>();
  for (const c of Object.values(src.communities)) {
    const found = communityByName.get(normaliseName(c.name));
    if (found) {
      communityMap.set(c.id, found);
      continue;
    }
    const id = communityId(newId("c"));
    communities[id] = { ...c, id };
    communityByName.set(normaliseName(c.name), id);
    communityMap.set(c.id, id);
    communitiesAdded++;
  }

  const personMap = new Map<PersonId, PersonId>([[src.egoId, doc.egoId]]);
  for (const p of Object.values(src.people)) {
    if (p.id === src.egoId) continue;
    const decided = options.matches ? getOwn(options.matches, p.id) : undefined;
    const target =
      decided === null
        ? undefined
        : decided !== undefined && hasOwn(people, personId(decided))
          ? personId(decided)
          : personByName.get(normaliseName(p.name));
    const memberships = p.communityIds.map((c) => communityMap.get(c)).filter((c): c is CommunityId => c !== undefined);
    const existing = target ? getOwn(people, target) : undefined;
    if (existing) {
      const note =
        p.note && existing.note !== p.note ? (existing.note ? `${existing.note}\n${p.note}` : p.note) : existing.note;
      people[existing.id] = {
        ...existing,
        communityIds: [...new Set([...existing.communityIds, ...memberships])],
        ...(!existing.reading && p.reading ? { reading: p.reading } : {}),
        ...(note ? { note } : {}),
      };
      personMap.set(p.id, existing.id);
      peopleMatched++;
      continue;
    }
    // New people are not added to personByName: two imported people who share a name (two
    // LinkedIn "Ken Sato"s) stay two people, as the importer decided.
    const id = personId(newId("p"));
    people[id] = { ...p, id, communityIds: [...new Set(memberships)] };
    personMap.set(p.id, id);
    peopleAdded++;
  }

  const unrated: TieId[] = [];
  for (const t of Object.values(src.ties)) {
    const a = personMap.get(t.a);
    const b = personMap.get(t.b);
    if (!a || !b || a === b) continue;
    const id = tieId(a, b);
    const prev = getOwn(ties, id);
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const answers = { ...t.answers, ...prev?.answers };
    const weight = prev?.weight ?? t.weight;
    ties[id] = {
      id,
      a: lo,
      b: hi,
      answers,
      ...(weight !== undefined ? { weight } : {}),
      ...(prev?.planned ? { planned: true } : {}),
    };
    if (prev) tiesUpdated++;
    else tiesAdded++;
    if (Object.keys(answers).length === 0 && weight === undefined) unrated.push(id);
  }

  return {
    doc: { ...doc, people, communities, ties, updatedAt: options.now ?? new Date().toISOString() },
    report: {
      peopleAdded,
      peopleMatched,
      communitiesAdded,
      tiesAdded,
      tiesUpdated,
      unratedTies: unrated,
    },
  };
}
