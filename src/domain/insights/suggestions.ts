// Suggestions, each with its reason (pure rules over the document and the ego analysis):
// - reconnect dormant weak ties that bridge to other circles (Granovetter 1973/1974: most job
//   leads came from contacts seen only occasionally or rarely; Levin & Cross 2004: dormant
//   ties still carry trust);
// - no third community yet → explore one (source article 000: a "third community" beside
//   family and work; its examples and five criteria);
// - two circles linked only through you → introduce them (article 003: being the connector
//   builds trust; Burt 2004: the broker's circles gain each other's ideas);
// - a circle where everyone knows everyone → little new information from there (Burt 1992).
import type { EgoAnalysis } from "../metrics/egoAnalysis";
import { getOwn, bandOfTie, egoTie, type CommunityId, type MapDocument, type PersonId } from "../model";
import { circlesLinkedOnlyThroughYou, circlesOf, redundantCircles, type Circle } from "./circles";

export type SuggestionKind = "reconnect" | "exploreThird" | "introduce" | "redundant";

export interface Suggestion {
  readonly id: string;
  readonly kind: SuggestionKind;
  readonly people: readonly PersonId[];
  readonly communities: readonly CommunityId[];
  readonly params: Readonly<Record<string, string | number>>;
}

/** A tie the user rarely uses: contact once a year or less, or a very weak tie overall. */
export function isDormant(doc: MapDocument, id: PersonId): boolean {
  const tie = egoTie(doc, id);
  if (!tie || tie.planned) return false;
  const a = tie.answers;
  const rare = a.frequencyPerYear !== undefined ? a.frequencyPerYear <= 1 : a.frequencyCategory === "rarely";
  return rare || bandOfTie(tie) === "very_weak";
}

/** Structural value of a contact without the strength term: sqrt(NR · X) (§N2). */
export const MIN_BRIDGE_VALUE = 0.5;
export const MAX_PER_KIND = 3;
/** Closed circles are all listed in the panel; the suggestions name the largest two. */
export const MAX_REDUNDANT = 2;

const nameOf = (doc: MapDocument, id: PersonId): string => getOwn(doc.people, id)?.name ?? id;

export function reconnectSuggestions(doc: MapDocument, ego: EgoAnalysis): Suggestion[] {
  // One loop that keeps only the bridging, dormant contacts (no pair per contact first).
  const bridges: { id: PersonId; value: number; info: EgoAnalysis["per_alter"][string] }[] = [];
  for (const key of Object.keys(ego.per_alter)) {
    const info = getOwn(ego.per_alter, key);
    const id = key as PersonId;
    if (info === undefined) continue;
    const value = Math.sqrt(info.nonredundancy * info.exclusivity);
    if (value >= MIN_BRIDGE_VALUE && getOwn(doc.people, id) !== undefined && isDormant(doc, id))
      bridges.push({ id, value, info });
  }
  // The first contact of each group (their first group, else themselves) in that order: one set,
  // where a findIndex per contact took seconds on a 30,000-person import.
  const groupsSeen = new Set<string>();
  return bridges
    .sort((x, y) => y.value - x.value || (x.id < y.id ? -1 : 1))
    .filter((x) => {
      const group = x.info.groups[0] ?? x.id;
      if (groupsSeen.has(group)) return false;
      groupsSeen.add(group);
      return true;
    })
    .slice(0, MAX_PER_KIND)
    .map(({ id, info }) => ({
      id: `reconnect:${id}`,
      kind: "reconnect",
      people: [id],
      communities: getOwn(doc.people, id)?.communityIds.slice(0, 1) ?? [],
      params: { name: nameOf(doc, id), group: info.groups[0] ?? "", mutual: info.mutual_contacts },
    }));
}

export function exploreThirdSuggestions(doc: MapDocument): Suggestion[] {
  const third = circlesOf(doc).filter((c) => c.sphere === "third");
  return third.length > 0
    ? []
    : [{ id: "exploreThird", kind: "exploreThird", people: [], communities: [], params: {} }];
}

/**
 * The contact the ego knows best in a circle: the one to ask for an introduction (the strongest
 * tie, the first id among equals). One pass, not a sort: a company circle of a LinkedIn import
 * has thousands of members.
 */
function bestContact(ego: EgoAnalysis, circle: Circle): PersonId {
  const score = (id: PersonId): number => getOwn(ego.per_alter, id)?.tie_strength ?? 0;
  let best = circle.members[0] as PersonId;
  let bestScore = score(best);
  for (let i = 1; i < circle.members.length; i++) {
    const id = circle.members[i] as PersonId;
    const s = score(id);
    if (s > bestScore || (s === bestScore && id < best)) [best, bestScore] = [id, s];
  }
  return best;
}

export function introduceSuggestions(doc: MapDocument, ego: EgoAnalysis): Suggestion[] {
  const used = new Set<string>();
  const out: Suggestion[] = [];
  for (const { a, b } of circlesLinkedOnlyThroughYou(doc)) {
    if (out.length >= 2) break;
    if (used.has(a.id) || used.has(b.id)) continue;
    used.add(a.id);
    used.add(b.id);
    const pa = bestContact(ego, a);
    const pb = bestContact(ego, b);
    out.push({
      id: `introduce:${a.id}:${b.id}`,
      kind: "introduce",
      people: [pa, pb],
      communities: [a.id, b.id],
      params: { groupA: a.name, groupB: b.name, personA: nameOf(doc, pa), personB: nameOf(doc, pb) },
    });
  }
  return out;
}

export function redundantSuggestions(doc: MapDocument): Suggestion[] {
  return redundantCircles(doc)
    .slice(0, MAX_REDUNDANT)
    .map((c) => ({
      id: `redundant:${c.id}`,
      kind: "redundant",
      people: c.members,
      communities: [c.id],
      params: { group: c.name, count: c.members.length, density: Math.round((c.density ?? 0) * 100) },
    }));
}

/** Per document and ego analysis (both immutable: a new revision or result is a new object). */
const suggestionsCache = new WeakMap<MapDocument, WeakMap<EgoAnalysis, readonly Suggestion[]>>();

/**
 * Every suggestion in display order: new doors first, then warnings about closed circles.
 * Computed once per document and analysis.
 */
export function suggestionsFor(doc: MapDocument, ego: EgoAnalysis): readonly Suggestion[] {
  let byEgo = suggestionsCache.get(doc);
  if (byEgo === undefined) {
    byEgo = new WeakMap();
    suggestionsCache.set(doc, byEgo);
  }
  let list = byEgo.get(ego);
  if (list === undefined) {
    list = Object.freeze(computeSuggestions(doc, ego));
    byEgo.set(ego, list);
  }
  return list;
}

function computeSuggestions(doc: MapDocument, ego: EgoAnalysis): Suggestion[] {
  return [
    ...exploreThirdSuggestions(doc),
    ...reconnectSuggestions(doc, ego),
    ...introduceSuggestions(doc, ego),
    ...redundantSuggestions(doc),
  ];
}
