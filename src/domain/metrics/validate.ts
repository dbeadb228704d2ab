// Input validation shared by the metrics functions: every public function checks its input
// first and names itself in the error message.
import type { AbstractGraph, Attributes } from "graphology-types";
import { MetricsInputError } from "./errors";

export function assertGraph(graph: unknown, fn: string): asserts graph is AbstractGraph {
  const g = graph as Partial<AbstractGraph> | null | undefined;
  if (
    g === null ||
    typeof g !== "object" ||
    typeof g.forEachNode !== "function" ||
    typeof g.forEachEdge !== "function" ||
    typeof g.order !== "number"
  ) {
    throw new MetricsInputError(`${fn}: expected a graphology graph`);
  }
}

export function assertNode(graph: AbstractGraph, node: string, fn: string): void {
  if (!graph.hasNode(node)) throw new MetricsInputError(`${fn}: node "${node}" is not in the graph`);
}

/**
 * Weight of an edge per §P4–P5: missing (undefined/null) → 1; 0, NaN, ±∞ → null (edge dropped);
 * negative or non-numeric → MetricsInputError naming the edge.
 */
export function edgeWeightOf(
  attrs: Attributes,
  fn: string,
  source: string,
  target: string,
  attribute = "weight",
): number | null {
  const w: unknown = attrs[attribute];
  if (w === undefined || w === null) return 1;
  if (typeof w !== "number") {
    throw new MetricsInputError(`${fn}: edge ${source}–${target} has a non-numeric ${attribute} (${String(w)})`);
  }
  if (!Number.isFinite(w) || w === 0) return null;
  if (w < 0) {
    throw new MetricsInputError(`${fn}: edge ${source}–${target} has a negative ${attribute} (${w})`);
  }
  return w;
}

/** True when the edge carries an explicit numeric weight. */
export function hasExplicitWeight(attrs: Attributes, attribute = "weight"): boolean {
  return typeof attrs[attribute] === "number";
}
