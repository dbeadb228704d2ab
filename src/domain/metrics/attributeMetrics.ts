// Categorical-attribute metrics (metrics-spec §D2–D3, §C8): graph-level E–I index
// (Krackhardt & Stern 1988) and, per node over its neighbours' categories, Blau, IQV, entropy,
// evenness, node E–I (Everett & Borgatti 2012) and Gould–Fernandez brokerage.
import type { AbstractGraph } from "graphology-types";
import { brokerageCounts } from "./brokerage";
import { buildCsr } from "./csr";
import type { Csr } from "./csr";
import { blau, eiIndex, entropy, evenness, iqv } from "./diversity";
import { MetricsInputError } from "./errors";
import type { AttributeMetrics, NodeAttributeMetrics } from "./types";
import { assertGraph } from "./validate";
import { dict } from "../model";

/** Category key of a node: scalar attribute as a string, first element of an array, else "". */
export function categoryOf(value: unknown): string {
  const v = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

export function categoryIndex(csr: Csr, attribute: string): { group: Int32Array; count: number } {
  const group = new Int32Array(csr.n);
  const dense = new Map<string, number>();
  for (let i = 0; i < csr.n; i++) {
    const key = categoryOf(csr.graph.getNodeAttribute(csr.ids[i]!, attribute));
    let d = dense.get(key);
    if (d === undefined) {
      d = dense.size;
      dense.set(key, d);
    }
    group[i] = d;
  }
  return { group, count: dense.size };
}

export function attributeMetricsOf(csr: Csr, attribute: string, K: number | null): AttributeMetrics {
  const { group, count } = categoryIndex(csr, attribute);
  let external = 0;
  let internal = 0;
  for (let e = 0; e < csr.m; e++) {
    if (group[csr.edgeSource[e]!] === group[csr.edgeTarget[e]!]) internal++;
    else external++;
  }
  const brokerage = brokerageCounts(csr, group, count);
  const tally = new Float64Array(count);
  const per_node: Record<string, NodeAttributeMetrics> = dict();
  for (let v = 0; v < csr.n; v++) {
    const weights: number[] = [];
    const touched: number[] = [];
    const own = group[v]!;
    let outside = 0;
    for (let a = csr.offsets[v]!; a < csr.offsets[v + 1]!; a++) {
      const g = group[csr.neighbours[a]!]!;
      if (tally[g] === 0) touched.push(g);
      tally[g] = tally[g]! + 1;
      if (g !== own) outside++;
    }
    for (const g of touched) {
      weights.push(tally[g]!);
      tally[g] = 0;
    }
    const n = csr.offsets[v + 1]! - csr.offsets[v]!;
    per_node[csr.ids[v]!] = {
      n,
      n_categories: touched.length,
      blau: blau(weights),
      iqv: iqv(weights, K),
      entropy: entropy(weights),
      evenness: evenness(weights),
      ei_index: eiIndex(outside, n - outside),
      brokerage: brokerage[v]!,
    };
  }
  return { attribute, K, graph_ei_index: eiIndex(external, internal), per_node };
}

/**
 * Attribute metrics for node attribute `attribute` with K possible categories (null if open).
 * `csr`: the graph's CSR when the caller has built it already (computeAll), so not built twice.
 */
export function computeAttributeMetrics(
  graph: AbstractGraph,
  attribute: string,
  K: number | null,
  csr?: Csr,
): AttributeMetrics {
  assertGraph(graph, "computeAttributeMetrics");
  if (typeof attribute !== "string" || attribute === "") {
    throw new MetricsInputError("computeAttributeMetrics: attribute must be a non-empty string");
  }
  if (K !== null && !(Number.isInteger(K) && K >= 1)) {
    throw new MetricsInputError(`computeAttributeMetrics: K must be a positive integer or null (got ${String(K)})`);
  }
  return attributeMetricsOf(csr ?? buildCsr(graph, "computeAttributeMetrics"), attribute, K);
}
