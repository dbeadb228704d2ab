// Ego network of a node (metrics-spec §0, §H6): the subgraph induced by the node and its
// neighbours — NetworkX `ego_graph(G, v, radius=1)`.
import { UndirectedGraph } from "../graph/graphology";
import type { AbstractGraph, Attributes } from "graphology-types";
import { isPreprocessed, preprocess } from "./preprocess";
import { assertGraph, assertNode } from "./validate";

/** Induced subgraph of `node` ∪ N(node), preprocessed (§P), node and edge attributes copied. */
export function egoGraph(graph: AbstractGraph, node: string): UndirectedGraph {
  assertGraph(graph, "egoGraph");
  assertNode(graph, node, "egoGraph");
  const clean = isPreprocessed(graph, "egoGraph") ? graph : preprocess(graph);
  const members = new Set<string>([node]);
  clean.forEachNeighbor(node, (neighbour) => {
    members.add(neighbour);
  });
  const out = new UndirectedGraph();
  for (const id of members) out.addNode(id, { ...clean.getNodeAttributes(id) });
  for (const id of members) {
    clean.forEachEdge(id, (_edge, attrs: Attributes, source, target) => {
      const other = source === id ? target : source;
      if (members.has(other) && !out.hasEdge(source, target)) {
        out.addUndirectedEdge(source, target, { ...attrs });
      }
    });
  }
  return out;
}
