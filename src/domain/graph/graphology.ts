// graphology, made safe for any node key. graphology keeps each node's neighbours in plain objects
// keyed by the neighbour's id (`nodeData.undirected[target]`), so a node called "constructor",
// "toString" or "__proto__" looks already linked to everyone ("an edge … already exists"), and
// `hasEdge` calls the index's own `hasOwnProperty`, which a neighbour "hasOwnProperty" replaces.
// Importing this module (every graph of the app is built from it) makes those indexes
// prototype-free and answers `hasEdge` with Object.hasOwn. Import graph classes from here, never
// from "graphology" directly (tests/unit/domain/graph/graphology.test.ts checks both).
import Graph, { DirectedGraph, UndirectedGraph } from "graphology";

type Index = Record<string, unknown>;
interface NodeData {
  in?: Index;
  out?: Index;
  undirected?: Index;
  clear(): void;
}
interface Internals {
  readonly type: "mixed" | "directed" | "undirected";
  readonly _nodes: Map<string, NodeData>;
}

const PATCHED = Symbol.for("tsunagari.graphology.prototypeFree");
const INDEXES = ["in", "out", "undirected"] as const;

function patchNodeData(graph: Graph): void {
  const g = graph as unknown as Internals;
  graph.addNode("probe");
  const data = g._nodes.get("probe");
  const proto = data ? (Object.getPrototypeOf(data) as NodeData & { [PATCHED]?: true }) : undefined;
  if (!proto || typeof proto.clear !== "function") throw new Error("graphology internals changed: no NodeData.clear");
  if (proto[PATCHED]) return;
  const clear = proto.clear;
  proto.clear = function (this: NodeData) {
    clear.call(this);
    for (const k of INDEXES) if (this[k] !== undefined) this[k] = Object.create(null) as Index;
  };
  proto[PATCHED] = true;
}

function nodeData(graph: Graph, node: unknown): NodeData | undefined {
  return (graph as unknown as Internals)._nodes.get(String(node));
}

function patchHasEdge(): void {
  const proto = Graph.prototype as Graph & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const { hasEdge, hasDirectedEdge, hasUndirectedEdge } = proto;
  const has = (index: Index | undefined, target: unknown): boolean =>
    index !== undefined && Object.hasOwn(index, String(target));
  proto.hasEdge = function (this: Graph, ...args: unknown[]): boolean {
    if (args.length !== 2) return (hasEdge as (...a: unknown[]) => boolean).apply(this, args);
    const d = nodeData(this, args[0]);
    return d !== undefined && (has(d.out, args[1]) || has(d.undirected, args[1]));
  } as Graph["hasEdge"];
  proto.hasDirectedEdge = function (this: Graph, ...args: unknown[]): boolean {
    if (args.length !== 2) return (hasDirectedEdge as (...a: unknown[]) => boolean).apply(this, args);
    if (this.type === "undirected") return false;
    return has(nodeData(this, args[0])?.out, args[1]);
  } as Graph["hasDirectedEdge"];
  proto.hasUndirectedEdge = function (this: Graph, ...args: unknown[]): boolean {
    if (args.length !== 2) return (hasUndirectedEdge as (...a: unknown[]) => boolean).apply(this, args);
    if (this.type === "directed") return false;
    return has(nodeData(this, args[0])?.undirected, args[1]);
  } as Graph["hasUndirectedEdge"];
  proto[PATCHED] = true;
}

for (const probe of [new Graph(), new DirectedGraph(), new UndirectedGraph()]) patchNodeData(probe);
patchHasEdge();

export default Graph;
export { DirectedGraph, UndirectedGraph };
export { MultiGraph, MultiDirectedGraph, MultiUndirectedGraph } from "graphology";
