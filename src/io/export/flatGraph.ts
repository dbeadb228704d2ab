// documentToGraph's graph (planned items and details included), flattened to scalar attributes
// for GEXF and GraphML, which cannot hold lists or nested objects. Importing reads the same
// names back (graphToDocument): communities and spheres as "; "-joined parallel lists,
// Granovetter's items one attribute each, `has_dimensions` (documentToGraph's "dimensions
// present"), `rating` (the 0..1 tie rating), and `weight` = strength for tools like Gephi
// (unknown strength drawn at 0.5). The graph is flattened in place: no second graph is built.
import { documentToGraph, type GraphEdgeAttributes, type GraphNodeAttributes } from "../../domain/graph/toGraph";
import type { UndirectedGraph } from "../../domain/graph/graphology";
import { getOwn, UNKNOWN_STRENGTH, type MapDocument, type Position } from "../../domain/model";

export type NodeAttrs = Record<string, string | number | boolean>;

function flatNode(doc: MapDocument, a: GraphNodeAttributes, pos: Position | undefined): NodeAttrs {
  const cs = (a.community_ids ?? []).map((id) => getOwn(doc.communities, id)).filter((c) => c !== undefined);
  return {
    label: a.label,
    role: a.role,
    ...(a.reading ? { reading: a.reading } : {}),
    ...(a.note ? { note: a.note } : {}),
    ...(cs.length > 0
      ? {
          communities: cs.map((c) => c.name).join("; "),
          spheres: cs.map((c) => c.sphere).join("; "),
          sphere: a.sphere ?? "third",
        }
      : {}),
    ...(a.planned ? { planned: true } : {}),
    ...(pos ? { x: pos.x, y: pos.y } : {}),
  };
}

function flatEdge(a: GraphEdgeAttributes): NodeAttrs {
  return {
    weight: a.strength ?? UNKNOWN_STRENGTH,
    has_dimensions: a.dimensions !== undefined,
    ...(a.dimensions as Record<string, string | number> | undefined),
    ...(a.rating !== undefined ? { rating: a.rating } : {}),
    ...(a.planned ? { planned: true } : {}),
  };
}

export function flatGraph(
  doc: MapDocument,
  positions: Readonly<Record<string, Position>> = doc.positions,
): UndirectedGraph<NodeAttrs, NodeAttrs> {
  const { graph } = documentToGraph(doc, { includePlanned: true, details: true });
  const flat = graph as unknown as UndirectedGraph<NodeAttrs, NodeAttrs>;
  graph.forEachNode((id, a) => flat.replaceNodeAttributes(id, flatNode(doc, a, getOwn(positions, id))));
  graph.forEachEdge((id, a) => flat.replaceEdgeAttributes(id, flatEdge(a)));
  return flat;
}
