// Measuring the census order (scripts/census-sim.ts and its test): generated maps with a
// ground truth of who knows whom, answered pair by pair in some order, and the number of
// answers after which the top sources and both scores equal those of the full census for
// good (top-3 set equal, bridging and diversity within 1 point). The generator is a stochastic
// block model with per-community density, a few related community pairs, connectors, people in
// two communities, unaffiliated contacts and a pass of triadic closure.
import { createRng, type Rng } from "../metrics/rng";
import {
  addAlter,
  addCommunity,
  communityId,
  createDocument,
  crossCommunityPairs,
  mapId,
  personId,
  setTie,
  tieId,
  type CommunityId,
  type FrequencyCategory,
  type Likert,
  type MapDocument,
  type PersonId,
  type Sphere,
  type TieId,
} from "../model";
import { answerPair, answerCommunity } from "./answers";
import { censusState, planCensus, planPersonRound } from "./plan";

export interface GeneratedMap {
  /** The map after the community step: pairs within a community answered, the rest unknown. */
  readonly doc: MapDocument;
  /** Every alter–alter pair that knows each other. */
  readonly truth: ReadonlySet<TieId>;
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

export function generateMap(seed: number, contacts = 25): GeneratedMap {
  const rng = createRng(seed);
  const k = 3 + Math.floor(rng() * 4);
  const free = Math.floor(rng() * 4);
  let doc = createDocument({ id: mapId(`sim${seed}`), title: "sim", egoId: personId("ego"), egoName: "Ego", now: "" });
  const spheres: Sphere[] = ["family", "work", ...Array.from({ length: k - 2 }, () => "third" as const)];
  const cids = spheres.map((sphere, i) => {
    const id = communityId(`c${i}`);
    doc = addCommunity(doc, { id, name: `C${i}`, sphere });
    return id;
  });
  const shares = cids.map(() => 0.3 + rng());
  const total = shares.reduce((s, x) => s + x, 0);
  const people: { id: PersonId; communities: CommunityId[]; connector: boolean }[] = [];
  for (let i = 0; i < contacts; i++) {
    const id = personId(`p${String(i).padStart(2, "0")}`);
    let communities: CommunityId[] = [];
    if (i < contacts - free) {
      let r = rng() * total;
      let c = 0;
      while (c < cids.length - 1 && r > (shares[c] as number)) r -= shares[c++] as number;
      communities = [cids[c] as CommunityId];
      if (rng() < 0.1) {
        const other = pick(rng, cids);
        if (other !== communities[0]) communities.push(other);
      }
    }
    people.push({ id, communities, connector: rng() < 0.15 });
    const frequency = pick<FrequencyCategory>(rng, ["often", "occasionally", "rarely"]);
    const emotional = (1 + Math.floor(rng() * 5)) as Likert;
    doc = addAlter(doc, {
      id,
      name: `P${i}`,
      communityIds: communities,
      answers: { frequencyCategory: frequency, emotional },
    });
  }
  const density = new Map(cids.map((c) => [c, 0.25 + 0.7 * rng()]));
  const affinity = new Map<string, number>();
  const blockOf = (x: CommunityId | undefined, y: CommunityId | undefined) => [x ?? "~", y ?? "~"].sort().join("|");
  const affinityOf = (key: string) => {
    if (!affinity.has(key)) affinity.set(key, rng() < 0.3 ? 0.05 + 0.25 * rng() : 0.02 * rng());
    return affinity.get(key) as number;
  };
  const truth = new Set<TieId>();
  const adj = new Map<PersonId, Set<PersonId>>(people.map((p) => [p.id, new Set()]));
  const link = (a: PersonId, b: PersonId) => {
    truth.add(tieId(a, b));
    adj.get(a)?.add(b);
    adj.get(b)?.add(a);
  };
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) {
      const a = people[i] as (typeof people)[number];
      const b = people[j] as (typeof people)[number];
      const shared = a.communities.find((c) => b.communities.includes(c));
      let p: number;
      if (shared) p = density.get(shared) as number;
      else p = affinityOf(blockOf(a.communities[0], b.communities[0])) * (a.connector ? 3 : 1) * (b.connector ? 3 : 1);
      if (rng() < Math.min(0.9, p)) link(a.id, b.id);
    }
  const before = new Map([...adj].map(([id, s]) => [id, new Set(s)]));
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) {
      const a = (people[i] as (typeof people)[number]).id;
      const b = (people[j] as (typeof people)[number]).id;
      if (truth.has(tieId(a, b))) continue;
      let common = 0;
      for (const x of before.get(a) ?? []) if (before.get(b)?.has(x)) common++;
      if (common > 0 && rng() < 1 - 0.95 ** common) link(a, b);
    }
  // The community step: within-community pairs answered as they are.
  for (const c of cids) {
    const members = people.filter((p) => p.communities.includes(c)).map((p) => p.id);
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i] as PersonId;
        const b = members[j] as PersonId;
        if (truth.has(tieId(a, b))) doc = setTie(doc, { a, b });
      }
    doc = answerCommunity(doc, c, "restNo");
  }
  return { doc, truth };
}

/**
 * adaptive: planCensus, one pair per answer; closeFirst: the earlier order (pairs of close
 * contacts first); random; oracle: the pairs that know each other first (a lower bound for any
 * pair-by-pair order); perPerson: one answer per person ("whom of these does X know?"), the
 * person with the most expected impact first.
 */
export type CensusOrder = "adaptive" | "random" | "closeFirst" | "oracle" | "perPerson";

export interface Snapshot {
  readonly bridging: number | null;
  readonly diversity: number | null;
  readonly top: readonly string[];
}

export interface SimulationRun {
  /** Pairs the census could ask about (unknown after the community step). */
  readonly unknown: number;
  /** Answers after which the results equal the full census and stay so. */
  readonly stableAfter: number;
  /** Clicks or key presses until then: one per answer, plus one per tick in a person's list. */
  readonly tapsUntilStable: number;
}

function matches(x: Snapshot, full: Snapshot): boolean {
  const near = (a: number | null, b: number | null) => (a === null ? b === null : b !== null && Math.abs(a - b) < 1);
  const sameTop = x.top.length === full.top.length && x.top.every((id) => full.top.includes(id));
  return sameTop && near(x.bridging, full.bridging) && near(x.diversity, full.diversity);
}

/** Fast scores of a document (egoScores; equal to computeEgoReport, see the tests). */
export function snapshotOf(doc: MapDocument): Snapshot {
  const state = censusState(doc);
  const s = state.graph?.scores();
  if (!s) throw new Error("snapshotOf: map too big to simulate");
  return { bridging: s.bridging, diversity: s.diversity, top: s.top.map((i) => state.alters.ids[i] as string) };
}

export function simulateCensus(
  map: GeneratedMap,
  order: CensusOrder,
  seed = 1,
  measure: (doc: MapDocument) => Snapshot = snapshotOf,
): SimulationRun {
  const rng = createRng(seed);
  let doc = map.doc;
  const answerAll = (d: MapDocument, pairs: readonly (readonly [PersonId, PersonId])[]) =>
    pairs.reduce((acc, [a, b]) => answerPair(acc, a, b, map.truth.has(tieId(a, b))), d);
  const unknownPairs = () => crossCommunityPairs(doc, new Set(doc.censusNo), Infinity);
  const initial = unknownPairs();
  const full = measure(answerAll(doc, initial));
  const shuffled = [...initial].sort(() => rng() - 0.5);
  const oracle = [...initial].sort((x, y) => Number(map.truth.has(tieId(...y))) - Number(map.truth.has(tieId(...x))));
  const snapshots: Snapshot[] = [measure(doc)];
  const taps: number[] = [0];
  for (let step = 0; step < initial.length; step++) {
    let next: readonly [PersonId, PersonId] | undefined;
    if (order === "adaptive") {
      next = planCensus(doc, { limit: 1 }).queue[0];
    } else if (order === "perPerson") {
      const round = personRound(doc);
      if (round.length === 0) break;
      doc = answerAll(doc, round);
      snapshots.push(measure(doc));
      taps.push((taps.at(-1) as number) + 1 + round.filter(([a, b]) => map.truth.has(tieId(a, b))).length);
      continue;
    } else if (order === "random") next = shuffled[step];
    else if (order === "oracle") next = oracle[step];
    else next = unknownPairs()[0];
    if (!next) break;
    doc = answerAll(doc, [next]);
    snapshots.push(measure(doc));
    taps.push((taps.at(-1) as number) + 1);
  }
  let stableAfter = snapshots.length - 1;
  while (stableAfter > 0 && matches(snapshots[stableAfter - 1] as Snapshot, full)) stableAfter--;
  return {
    unknown: initial.length,
    stableAfter,
    tapsUntilStable: taps[stableAfter] as number,
  };
}

/** The unknown pairs of the person asked about next, answered in one go. */
function personRound(doc: MapDocument): (readonly [PersonId, PersonId])[] {
  const round = planPersonRound(doc, { limit: Infinity });
  return round ? round.others.map((other) => [round.person, other] as const) : [];
}
