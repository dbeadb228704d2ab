// JSON graph files: graphology's serialisation (`graph.export()`: {attributes, options, nodes:
// [{key, attributes}], edges: [{source, target, attributes, undirected}]}), and the reference
// fixtures' shape (nodes [{id, attributes}], edges [{source, target, weight?, dimensions?}]).
// Nodes are checked before import so an error names the offending field (`path`).
// The prototype-safe graphology (domain/graph/graphology): a node called `constructor` or
// `__proto__` is an ordinary key.
import Graph from "../../domain/graph/graphology";
import type { AbstractGraph } from "graphology-types";
import { err, ok, type Result } from "../../domain/result";
import { jsonErrorLine } from "../jsonErrorLine";
import type { ImportError } from "./types";

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);
const isKey = (x: unknown): x is string | number =>
  typeof x === "string" || (typeof x === "number" && Number.isFinite(x));

/** Parsed JSON → graph, or notGraph naming the field (e.g. `edges[0].target`) that is wrong. */
export function jsonToGraph(file: string, data: unknown): Result<AbstractGraph, ImportError> {
  const invalid = (path: string, message: string): Result<never, ImportError> =>
    err({ kind: "notGraph", file, path, message });
  if (!isObject(data) || !Array.isArray(data.nodes)) {
    return invalid("nodes", "A graph JSON file needs a `nodes` array (graphology export format or {nodes, edges}).");
  }
  const edges: unknown = data.edges ?? [];
  if (!Array.isArray(edges)) return invalid("edges", "`edges` must be an array of {source, target} objects.");
  const options = isObject(data.options) ? data.options : {};
  const graph = new Graph({ type: "mixed", multi: true, allowSelfLoops: true });
  if (isObject(data.attributes)) graph.replaceAttributes({ ...data.attributes });
  const directedDefault = options.type === "directed";

  const nodes: { key: string; attrs: Json }[] = [];
  for (const [i, node] of data.nodes.entries()) {
    const key: unknown = isObject(node) ? (node.key ?? node.id) : undefined;
    if (!isObject(node) || !isKey(key)) {
      return invalid(`nodes[${i}].key`, "Every node needs a `key` (or `id`) that is a string or number.");
    }
    nodes.push({ key: String(key), attrs: isObject(node.attributes) ? node.attributes : {} });
  }
  for (const { key, attrs } of nodes) graph.mergeNode(key, { ...attrs });
  for (const [i, edge] of edges.entries()) {
    if (!isObject(edge) || !isKey(edge.source) || !isKey(edge.target)) {
      return invalid(`edges[${i}]`, "Every edge needs a `source` and a `target` node key.");
    }
    const source = String(edge.source);
    const target = String(edge.target);
    if (!graph.hasNode(source) || !graph.hasNode(target)) {
      const end = graph.hasNode(source) ? "target" : "source";
      return invalid(
        `edges[${i}].${end}`,
        `The edge refers to "${String(edge[end])}", which is not in \`nodes\`; add the node or remove the edge.`,
      );
    }
    const attrs: Json = isObject(edge.attributes) ? { ...edge.attributes } : {};
    if (typeof edge.weight === "number") attrs.weight = edge.weight;
    if (isObject(edge.dimensions)) attrs.dimensions = edge.dimensions;
    if (attrs.weight !== undefined && typeof attrs.weight !== "number") {
      return invalid(`edges[${i}].weight`, "The weight must be a number ≥ 0.");
    }
    const undirected = edge.undirected === true || (edge.undirected === undefined && !directedDefault);
    if (undirected) graph.addUndirectedEdge(source, target, attrs);
    else graph.addDirectedEdge(source, target, attrs);
  }
  return ok(graph);
}

/** graphology JSON text → graph; notJson with the line of a syntax error. */
export function graphologyJsonToGraph(file: string, text: string): Result<AbstractGraph, ImportError> {
  const body = text.replace(/^\uFEFF/u, "");
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const line = jsonErrorLine(body, message);
    return err({ kind: "notJson", file, message, ...(line !== undefined ? { line } : {}) });
  }
  return jsonToGraph(file, raw);
}
