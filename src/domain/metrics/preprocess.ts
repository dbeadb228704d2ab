// Preprocessing applied before every metric (metrics-spec §P): string ids, self-loops dropped
// (P2), duplicate and directed edges merged into one undirected edge with the maximum weight
// (P3, P6), zero/NaN/±∞ weights dropped and negative weights rejected (P4).
import { UndirectedGraph } from "../graph/graphology";
import type { AbstractGraph, Attributes } from "graphology-types";
import { assertGraph, edgeWeightOf, hasExplicitWeight } from "./validate";

interface Merged {
  source: string;
  target: string;
  weight: number;
  explicit: boolean;
  dimensions: unknown;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** A clean, simple, undirected copy of `graph`; node attributes kept, edge attrs `weight`, `dimensions`. */
export function preprocess(graph: AbstractGraph): UndirectedGraph {
  assertGraph(graph, "preprocess");
  const out = new UndirectedGraph();
  graph.forEachNode((node, attrs) => {
    out.addNode(node, { ...attrs });
  });
  const merged = new Map<string, Merged>();
  graph.forEachEdge((_edge, attrs: Attributes, source, target) => {
    const w = edgeWeightOf(attrs, "preprocess", source, target);
    if (source === target || w === null) return;
    const key = pairKey(source, target);
    const seen = merged.get(key);
    const explicit = hasExplicitWeight(attrs);
    if (seen === undefined) {
      merged.set(key, { source, target, weight: w, explicit, dimensions: attrs.dimensions });
      return;
    }
    seen.weight = Math.max(seen.weight, w);
    seen.explicit ||= explicit;
    if (seen.dimensions === undefined) seen.dimensions = attrs.dimensions;
  });
  for (const e of merged.values()) {
    const attrs: Attributes = {};
    if (e.explicit) attrs.weight = e.weight;
    if (e.dimensions !== undefined) attrs.dimensions = e.dimensions;
    out.addUndirectedEdge(e.source, e.target, attrs);
  }
  return out;
}

/** True when `graph` already satisfies §P (simple, undirected, no self-loop, valid weights). */
export function isPreprocessed(graph: AbstractGraph, fn: string): boolean {
  if (graph.multi || graph.type !== "undirected" || graph.selfLoopCount > 0) return false;
  let clean = true;
  graph.forEachEdge((_e, attrs: Attributes, source, target) => {
    if (clean && edgeWeightOf(attrs, fn, source, target) === null) clean = false;
  });
  return clean;
}
