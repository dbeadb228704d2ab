// The structural half of the metrics engine in one call: node, edge and graph metrics sharing
// one analysis (one CSR, one shortest-path sweep, one Burt kernel run per weighting), plus the
// categorical-attribute metrics when an attribute is named.
import type { AbstractGraph } from "graphology-types";
import { analyzeStructure } from "./analysis";
import { attributeMetricsOf } from "./attributeMetrics";
import { computeEdgeMetrics } from "./edgeMetrics";
import { computeGraphMetrics } from "./graphMetrics";
import type { GraphMetricsOptions } from "./graphMetrics";
import { computeNodeMetrics } from "./nodeMetrics";
import type { AttributeMetrics, EdgeMetrics, GraphMetrics, NodeMetrics } from "./types";

export interface StructuralOptions extends GraphMetricsOptions {
  /** Node attribute for computeAttributeMetrics, with its number of possible categories. */
  attribute?: { name: string; K: number | null };
}

export interface StructuralMetrics {
  nodes: Record<string, NodeMetrics>;
  edges: EdgeMetrics[];
  graph: GraphMetrics;
  attribute?: AttributeMetrics;
}

export function computeStructuralMetrics(graph: AbstractGraph, options: StructuralOptions = {}): StructuralMetrics {
  const analysis = analyzeStructure(graph, options, "computeStructuralMetrics");
  const shared = { ...options, analysis };
  const result: StructuralMetrics = {
    nodes: computeNodeMetrics(graph, shared),
    edges: computeEdgeMetrics(graph, shared),
    graph: computeGraphMetrics(graph, shared),
  };
  if (options.attribute !== undefined) {
    result.attribute = attributeMetricsOf(analysis.csr, options.attribute.name, options.attribute.K);
  }
  return result;
}
