// What-if: planned people, communities and ties (drawn as planned) are scored with
// `includePlanned: true` next to the real map; these helpers compare the two analyses and make
// planned items real or remove them all at once. Pure updaters: the input is never mutated.
import type { EgoAnalysis } from "../metrics/egoAnalysis";
import type { MapDocument, Person, Tie } from "../model";
import { plannedKeys, type Community } from "../model";

export interface PlannedCounts {
  readonly people: number;
  readonly communities: number;
  readonly ties: number;
}

/** Kept per record and patched edit by edit (plannedKeys): no count over a 30,000-person map per edit. */
export function plannedCounts(doc: MapDocument): PlannedCounts {
  return {
    people: plannedKeys("people", doc.people).size,
    communities: plannedKeys("communities", doc.communities).size,
    ties: plannedKeys("ties", doc.ties).size,
  };
}

export function hasPlanned(doc: MapDocument): boolean {
  const counts = plannedCounts(doc);
  return counts.people > 0 || counts.communities > 0 || counts.ties > 0;
}

function unflag<T extends { planned?: boolean }>(x: T): T {
  if (!x.planned) return x;
  const copy = { ...x };
  delete copy.planned;
  return copy;
}

function mapValues<V>(rec: Readonly<Record<string, V>>, f: (v: V) => V): Record<string, V> {
  return Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, f(v)]));
}

/** Makes every planned item real (the flags are dropped; nothing else changes). */
export function makePlannedReal(doc: MapDocument): MapDocument {
  if (!hasPlanned(doc)) return doc;
  return {
    ...doc,
    people: mapValues<Person>(doc.people, unflag) as MapDocument["people"],
    communities: mapValues<Community>(doc.communities, unflag) as MapDocument["communities"],
    ties: mapValues<Tie>(doc.ties, unflag) as MapDocument["ties"],
  };
}

/** Removes every planned item at once: planned people (with their ties and positions),
 * planned communities (memberships dropped) and planned ties. */
export function clearPlanned(doc: MapDocument): MapDocument {
  if (!hasPlanned(doc)) return doc;
  const gonePeople = new Set(
    Object.values(doc.people)
      .filter((p) => p.planned)
      .map((p) => p.id as string),
  );
  const goneCommunities = new Set(
    Object.values(doc.communities)
      .filter((c) => c.planned)
      .map((c) => c.id as string),
  );
  const people = Object.fromEntries(
    Object.entries(doc.people)
      .filter(([id]) => !gonePeople.has(id))
      .map(([id, p]) => [id, { ...p, communityIds: p.communityIds.filter((c) => !goneCommunities.has(c)) }]),
  ) as MapDocument["people"];
  const communities = Object.fromEntries(
    Object.entries(doc.communities).filter(([id]) => !goneCommunities.has(id)),
  ) as MapDocument["communities"];
  const ties = Object.fromEntries(
    Object.entries(doc.ties).filter(([, t]) => !t.planned && !gonePeople.has(t.a) && !gonePeople.has(t.b)),
  ) as MapDocument["ties"];
  const positions = Object.fromEntries(
    Object.entries(doc.positions).filter(([id]) => !gonePeople.has(id)),
  ) as MapDocument["positions"];
  return { ...doc, people, communities, ties, positions };
}

export type ScoreKey = "bridging_score" | "diversity_score" | "effective_size" | "n_alters" | "reach";

export interface ScoreChange {
  readonly key: ScoreKey;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before; null when either is missing. */
  readonly delta: number | null;
}

function pick(a: EgoAnalysis, key: ScoreKey): number | null {
  if (key === "reach")
    return a.diffusion?.reach === undefined || a.diffusion.reach === null ? null : 100 * a.diffusion.reach;
  return a.summary[key];
}

export const WHAT_IF_KEYS: readonly ScoreKey[] = [
  "bridging_score",
  "diversity_score",
  "effective_size",
  "n_alters",
  "reach",
];

/** How the scores would change if the planned items were real. */
export function scoreChanges(real: EgoAnalysis, planned: EgoAnalysis): ScoreChange[] {
  return WHAT_IF_KEYS.map((key) => {
    const before = pick(real, key);
    const after = pick(planned, key);
    return { key, before, after, delta: before === null || after === null ? null : after - before };
  });
}
