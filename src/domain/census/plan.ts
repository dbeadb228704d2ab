// The adaptive census: which pair of contacts to ask about next, and how much is still unknown.
// Every pair of alters is either known (a tie — answered yes, a whole community, imported — or
// a recorded "no", doc.censusNo) or unknown; the scores treat unknown pairs as strangers.
// Unknown pairs are asked in order of expected impact: P(they know each other) (tieModel) times
// how much that tie would move the bridging and diversity scores and the top sources
// (egoScores) — a greedy value of information, recomputed after every answer.
import { getOwn, tieId, type MapDocument, type PersonId, type TieId } from "../model";
import { strengthOfTie } from "../model/queries";
import { CensusGraph, type AlterSet, type EgoScores } from "./egoScores";
import { pairFacts, TieModel } from "./tieModel";

/** Above this many alters only the tie model orders the pairs (the matrix would grow too big). */
export const MAX_WEIGHED_ALTERS = 400;
/** Weight of a change of the top sources, in score points. */
const TOP_WEIGHT = 3;

export interface CensusAlters extends AlterSet {
  readonly ids: readonly PersonId[];
}

export interface CensusState {
  readonly alters: CensusAlters;
  /** Null above MAX_WEIGHED_ALTERS. */
  readonly graph: CensusGraph | null;
  /** Known ties as alter index pairs. */
  readonly tiePairs: readonly (readonly [number, number])[];
  readonly index: ReadonlyMap<string, number>;
  readonly known: ReadonlySet<TieId>;
  readonly no: ReadonlySet<TieId>;
}

export interface CensusPlan {
  /** Unknown pairs not skipped, best first (at most `limit`). */
  readonly queue: readonly (readonly [PersonId, PersonId])[];
  readonly totalPairs: number;
  /** Pairs whose answer is known: tied, or recorded as not knowing each other. */
  readonly knownPairs: number;
  /** Of those, the pairs recorded as not knowing each other. */
  readonly strangerPairs: number;
  /**
   * Expected change still to come, summed over the unknown pairs as if independent (score
   * points; top sources: chance the set changes). A rough guide: on the generated maps of
   * scripts/census-sim.ts it is too optimistic to promise "the scores are final" (so the UI
   * says only how much is answered and that the scores may still change).
   */
  readonly expected: { readonly bridging: number; readonly diversity: number; readonly topSources: number };
  /** Expected impact and P(tie) of each queued pair (with `weights`). */
  readonly values?: readonly number[];
  readonly probabilities?: readonly number[];
}

/** The alters of the map (people tied to the ego; what-if items left out), ids in code-point order. */
export function censusAlters(doc: MapDocument): CensusAlters {
  const ids: PersonId[] = [];
  for (const p of Object.values(doc.people)) {
    if (p.id === doc.egoId || p.planned) continue;
    const tie = getOwn(doc.ties, tieId(doc.egoId, p.id));
    if (tie && !tie.planned) ids.push(p.id);
  }
  ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const labels = ids.map((id) =>
    [...new Set(getOwn(doc.people, id)?.communityIds ?? [])].filter((c) => {
      const community = getOwn(doc.communities, c);
      return community !== undefined && !community.planned;
    }),
  );
  const strength = ids.map((id) => {
    const tie = getOwn(doc.ties, tieId(doc.egoId, id));
    return tie ? strengthOfTie(tie) : null;
  });
  return { ids, labels, strength };
}

export function censusState(doc: MapDocument): CensusState {
  const alters = censusAlters(doc);
  const index = new Map<string, number>(alters.ids.map((id, i) => [id, i]));
  const pairs: [number, number][] = [];
  const known = new Set<TieId>();
  for (const t of Object.values(doc.ties)) {
    if (t.planned) continue;
    const a = index.get(t.a);
    const b = index.get(t.b);
    if (a === undefined || b === undefined) continue;
    pairs.push([a, b]);
    known.add(t.id);
  }
  const no = new Set<TieId>();
  for (const id of doc.censusNo) {
    if (known.has(id)) continue;
    const [a, b] = id.split("~");
    if (index.has(a ?? "") && index.has(b ?? "") && tieId(a as PersonId, b as PersonId) === id) no.add(id);
  }
  const graph = alters.ids.length <= MAX_WEIGHED_ALTERS ? new CensusGraph(alters, pairs) : null;
  return { alters, graph, tiePairs: pairs, index, known, no };
}

export function censusScores(state: CensusState): EgoScores | null {
  return state.graph?.scores() ?? null;
}

/** Unknown pairs scanned on a map too big to weigh every pair. */
const BIG_MAP_CANDIDATES = 5000;

function planBigMap(state: CensusState, options: PlanOptions): CensusPlan {
  const { alters, index, no } = state;
  const n = alters.ids.length;
  const known = state.tiePairs.map(([i, j]) => ({ facts: pairFacts(alters.labels, i, j), yes: true }));
  for (const id of no) {
    const [a, b] = id.split("~").map((x) => index.get(x) as number) as [number, number];
    known.push({ facts: pairFacts(alters.labels, a, b), yes: false });
  }
  const model = new TieModel(alters, known);
  const tied = new Set(state.known);
  const skipped = options.skipped ?? new Set<string>();
  const found: { i: number; j: number; p: number; order: number }[] = [];
  for (let i = 0; i < n && found.length < BIG_MAP_CANDIDATES; i++) {
    for (let j = i + 1; j < n && found.length < BIG_MAP_CANDIDATES; j++) {
      const id = tieId(alters.ids[i] as PersonId, alters.ids[j] as PersonId);
      if (tied.has(id) || no.has(id) || skipped.has(id)) continue;
      found.push({ i, j, p: model.probability(pairFacts(alters.labels, i, j), 0), order: found.length });
    }
  }
  const ranked = found.sort((x, y) => y.p - x.p || x.order - y.order).slice(0, options.limit ?? 50);
  const queue = ranked.map((x) => [alters.ids[x.i] as PersonId, alters.ids[x.j] as PersonId] as const);
  const p = ranked.map((x) => x.p);
  return {
    queue,
    ...(options.weights ? { values: p, probabilities: p } : {}),
    totalPairs: (n * (n - 1)) / 2,
    knownPairs: known.length,
    strangerPairs: no.size,
    expected: { bridging: 0, diversity: 0, topSources: 0 },
  };
}

export interface PlanOptions {
  /** Pairs passed over in this session: not asked again, still unknown. */
  readonly skipped?: ReadonlySet<string>;
  readonly limit?: number;
  /** Also return each queued pair's expected impact (`values`). */
  readonly weights?: boolean;
}

export function planCensus(doc: MapDocument, options: PlanOptions = {}): CensusPlan {
  return planFromState(censusState(doc), options);
}

export function planFromState(state: CensusState, options: PlanOptions = {}): CensusPlan {
  const { alters, graph, no } = state;
  if (!graph) return planBigMap(state, options);
  const skipped = options.skipped ?? new Set<string>();
  const n = alters.ids.length;
  const facts = [];
  const known = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const f = pairFacts(alters.labels, i, j);
      const id = tieId(alters.ids[i] as PersonId, alters.ids[j] as PersonId);
      if (graph.has(i, j)) known.push({ facts: f, yes: true });
      else if (no.has(id)) known.push({ facts: f, yes: false });
      else facts.push({ f, id });
    }
  }
  const model = new TieModel(alters, known);
  let bridging = 0;
  let diversity = 0;
  let stay = 1;
  const scored = facts.map(({ f, id }, order) => {
    const p = model.probability(f, graph.commonOf(f.i, f.j));
    const e = graph.effect(f.i, f.j);
    bridging += p * e.bridging;
    diversity += p * e.diversity;
    if (e.topSources >= 1) stay *= 1 - p;
    return { f, id, p, value: p * (e.bridging + e.diversity + TOP_WEIGHT * e.topSources), order };
  });
  const ranked = scored
    .filter((x) => !skipped.has(x.id))
    .sort((x, y) => y.value - x.value || y.p - x.p || x.order - y.order)
    .slice(0, options.limit ?? 50);
  const queue = ranked.map((x) => [alters.ids[x.f.i] as PersonId, alters.ids[x.f.j] as PersonId] as const);
  const expected = { bridging, diversity, topSources: 1 - stay };
  return {
    queue,
    ...(options.weights ? { values: ranked.map((x) => x.value), probabilities: ranked.map((x) => x.p) } : {}),
    totalPairs: (n * (n - 1)) / 2,
    knownPairs: known.length,
    strangerPairs: no.size,
    expected,
  };
}

export interface PersonRound {
  /** Whom to ask about: the person whose unknown pairs carry the most expected impact. */
  readonly person: PersonId;
  /** The others whose pair with `person` is unknown, likeliest first (at most `limit`). */
  readonly others: readonly PersonId[];
  /** Unknown pairs of `person` beyond `limit` (left unknown by this round). */
  readonly more: number;
}

/**
 * One question per person ("whom of these does X know?"): one answer settles all of X's
 * unknown pairs, so a census of n contacts needs at most n − 1 answers.
 */
export function planPersonRound(
  doc: MapDocument,
  options: { readonly skipped?: ReadonlySet<string>; readonly limit?: number } = {},
): PersonRound | null {
  const plan = planCensus(doc, { limit: Infinity, weights: true });
  const skipped = options.skipped ?? new Set<string>();
  const weight = new Map<PersonId, number>();
  plan.queue.forEach(([a, b], i) => {
    if (skipped.has(a) || skipped.has(b)) return;
    const w = (plan.values?.[i] ?? 0) + 1e-9;
    weight.set(a, (weight.get(a) ?? 0) + w);
    weight.set(b, (weight.get(b) ?? 0) + w);
  });
  let person: PersonId | null = null;
  let best = -1;
  for (const [id, w] of weight)
    if (w > best || (w === best && person !== null && id < person)) [person, best] = [id, w];
  if (person === null) return null;
  const others = plan.queue
    .map(([a, b], i) => ({ other: a === person ? b : b === person ? a : null, p: plan.probabilities?.[i] ?? 0 }))
    .filter((x): x is { other: PersonId; p: number } => x.other !== null && !skipped.has(x.other))
    .sort((x, y) => y.p - x.p)
    .map((x) => x.other);
  const limit = options.limit ?? 30;
  return { person, others: others.slice(0, limit), more: Math.max(0, others.length - limit) };
}
