// Compact adjacency (compressed sparse rows on typed arrays) built once per graph and shared by
// the heavy algorithms: node i's arcs are offsets[i] .. offsets[i+1]−1; every undirected edge
// appears as two arcs that carry its index, so per-edge results live in flat arrays.
import type { AbstractGraph, Attributes } from "graphology-types";
import { isPreprocessed, preprocess } from "./preprocess";
import { assertGraph, edgeWeightOf, hasExplicitWeight } from "./validate";

export interface Csr {
  /** The preprocessed graph the arrays describe (the input itself when it was already clean). */
  readonly graph: AbstractGraph;
  readonly n: number;
  readonly m: number;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly arcEdge: Int32Array;
  readonly arcWeight: Float64Array;
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeWeight: Float64Array;
  readonly edgeKeys: readonly string[];
  /** True when at least one edge carries an explicit numeric `weight`. */
  readonly hasWeights: boolean;
}

/** Build the CSR of `graph`, preprocessing it first (§P) when it is not already clean. */
export function buildCsr(input: AbstractGraph, fn = "buildCsr"): Csr {
  assertGraph(input, fn);
  const graph = isPreprocessed(input, fn) ? input : preprocess(input);
  const n = graph.order;
  const m = graph.size;
  const ids: string[] = new Array<string>(n);
  const index = new Map<string, number>();
  let k = 0;
  graph.forEachNode((node) => {
    ids[k] = node;
    index.set(node, k);
    k++;
  });
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  const edgeKeys: string[] = new Array<string>(m);
  const degree = new Int32Array(n);
  let hasWeights = false;
  let e = 0;
  graph.forEachEdge((key, attrs: Attributes, source, target) => {
    const s = index.get(source) ?? 0;
    const t = index.get(target) ?? 0;
    edgeSource[e] = s;
    edgeTarget[e] = t;
    edgeWeight[e] = edgeWeightOf(attrs, fn, source, target) ?? 1;
    if (!hasWeights && hasExplicitWeight(attrs)) hasWeights = true;
    edgeKeys[e] = key;
    degree[s] = degree[s]! + 1;
    degree[t] = degree[t]! + 1;
    e++;
  });
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(2 * m);
  const arcEdge = new Int32Array(2 * m);
  const arcWeight = new Float64Array(2 * m);
  for (let j = 0; j < m; j++) {
    const s = edgeSource[j]!;
    const t = edgeTarget[j]!;
    const w = edgeWeight[j]!;
    const a = fill[s]!;
    fill[s] = a + 1;
    neighbours[a] = t;
    arcEdge[a] = j;
    arcWeight[a] = w;
    const b = fill[t]!;
    fill[t] = b + 1;
    neighbours[b] = s;
    arcEdge[b] = j;
    arcWeight[b] = w;
  }
  return {
    graph,
    n,
    m,
    ids,
    index,
    offsets,
    neighbours,
    arcEdge,
    arcWeight,
    edgeSource,
    edgeTarget,
    edgeWeight,
    edgeKeys,
    hasWeights,
  };
}

/** Number of neighbours of node index i. */
export function degreeOf(csr: Csr, i: number): number {
  return csr.offsets[i + 1]! - csr.offsets[i]!;
}
