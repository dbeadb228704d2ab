// The ego network G_e of one node as plain arrays (metrics-spec §0, §N2): the alters (the
// ego's neighbours, sorted by id in code-point order), the ties among them, and each tie's
// strength s (§T3, via edgeStrength). Second-degree people are not alters and are ignored.
// Shared by the groups, information-potential, diffusion and summary computations.
import type Graph from "graphology-types";
import { edgeStrength } from "../model/strength";
import { MetricsInputError } from "./errors";

export interface AlterTie {
  readonly a: number;
  readonly b: number;
  /** Reported strength of the alter–alter tie, or null (unknown). */
  readonly strength: number | null;
}

export interface EgoNetwork {
  readonly ego: string;
  /** Alter ids sorted in code-point order. */
  readonly alters: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Ego–alter strength s_j per alter index, null when unknown. */
  readonly egoStrength: readonly (number | null)[];
  /** Ties among alters, each once (a < b). */
  readonly ties: readonly AlterTie[];
  /** Neighbour alter indices of each alter inside G_A. */
  readonly adjacency: readonly (readonly number[])[];
  /** Node attributes of each alter (communities, community_type, ...). */
  readonly attributes: readonly Readonly<Record<string, unknown>>[];
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Larger of two strengths where null (unknown) loses to any number (P3: max of copies). */
function maxStrength(x: number | null | undefined, y: number | null): number | null {
  if (x === undefined || x === null) return y;
  if (y === null) return x;
  return Math.max(x, y);
}

/** Checks the graph and ego; throws an Error whose message names `fn`. */
export function assertEgo(graph: Graph, egoId: unknown, fn: string): asserts egoId is string {
  if (graph === null || typeof graph !== "object" || typeof graph.hasNode !== "function") {
    throw new MetricsInputError(`${fn}: expected a graphology graph.`);
  }
  if (typeof egoId !== "string" || egoId.length === 0) {
    throw new MetricsInputError(`${fn}: expected the ego id as a non-empty string.`);
  }
  if (!graph.hasNode(egoId)) throw new MetricsInputError(`${fn}: the ego "${egoId}" is not a node of the graph.`);
}

/** Extracts G_e of `egoId` (validated; `fn` names the caller in error messages). */
export function buildEgoNetwork(graph: Graph, egoId: string, fn = "buildEgoNetwork"): EgoNetwork {
  assertEgo(graph, egoId, fn);
  const egoStrengthById = new Map<string, number | null>();
  graph.forEachEdge(egoId, (_edge, attrs, source, target) => {
    if (source === target) return;
    const other = source === egoId ? target : source;
    egoStrengthById.set(other, maxStrength(egoStrengthById.get(other), edgeStrength(attrs)));
  });
  const alters = [...egoStrengthById.keys()].sort(byCodePoint);
  const index = new Map(alters.map((id, i) => [id, i] as const));

  const tieStrength = new Map<number, number | null>();
  const n = alters.length;
  graph.forEachEdge((_edge, attrs, source, target) => {
    const i = index.get(source);
    const j = index.get(target);
    if (i === undefined || j === undefined || i === j) return;
    const key = i < j ? i * n + j : j * n + i;
    tieStrength.set(key, maxStrength(tieStrength.get(key), edgeStrength(attrs)));
  });
  const ties: AlterTie[] = [];
  const adjacency: number[][] = alters.map(() => []);
  for (const [key, strength] of [...tieStrength.entries()].sort((x, y) => x[0] - y[0])) {
    const a = Math.floor(key / n);
    const b = key % n;
    ties.push({ a, b, strength });
    adjacency[a]?.push(b);
    adjacency[b]?.push(a);
  }
  return {
    ego: egoId,
    alters,
    index,
    egoStrength: alters.map((id) => egoStrengthById.get(id) ?? null),
    ties,
    adjacency,
    attributes: alters.map((id) => graph.getNodeAttributes(id)),
  };
}
