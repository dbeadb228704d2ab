// Map document → a graphology graph with flat, scalar attributes for GEXF and GraphML, which
// cannot hold lists or nested objects. Importing reads the same names back (graphToDocument):
// communities and spheres as "; "-joined parallel lists, Granovetter's items one attribute each,
// `has_dimensions` (documentToGraph's "dimensions present"), `rating` (the 0..1 tie rating),
// and `weight` = strength for tools like Gephi (unknown strength drawn at 0.5).
import { UndirectedGraph } from "../../domain/graph/graphology";
import {
  getOwn,
  answersToDimensions,
  strengthOfTie,
  UNKNOWN_STRENGTH,
  type MapDocument,
  type Position,
} from "../../domain/model";

export type NodeAttrs = Record<string, string | number | boolean>;

export function flatGraph(
  doc: MapDocument,
  positions: Readonly<Record<string, Position>> = doc.positions,
): UndirectedGraph<NodeAttrs, NodeAttrs> {
  const g = new UndirectedGraph<NodeAttrs, NodeAttrs>();
  const egoNeighbours = new Set<string>();
  for (const t of Object.values(doc.ties)) {
    if (t.a === doc.egoId) egoNeighbours.add(t.b);
    if (t.b === doc.egoId) egoNeighbours.add(t.a);
  }
  for (const p of Object.values(doc.people)) {
    const cs = p.communityIds.map((c) => getOwn(doc.communities, c)).filter((c) => c !== undefined);
    const pos = getOwn(positions, p.id);
    g.addNode(p.id, {
      label: p.name,
      role: p.id === doc.egoId ? "ego" : egoNeighbours.has(p.id) ? "alter" : "second_degree",
      ...(p.reading ? { reading: p.reading } : {}),
      ...(p.note ? { note: p.note } : {}),
      ...(cs.length > 0
        ? {
            communities: cs.map((c) => c.name).join("; "),
            spheres: cs.map((c) => c.sphere).join("; "),
            sphere: cs[0]?.sphere ?? "third",
          }
        : {}),
      ...(p.planned ? { planned: true } : {}),
      ...(pos ? { x: pos.x, y: pos.y } : {}),
    });
  }
  for (const t of Object.values(doc.ties)) {
    const answered = Object.keys(t.answers).length > 0;
    const dims = answersToDimensions(t.answers) as Record<string, string | number>;
    g.addUndirectedEdge(t.a, t.b, {
      weight: strengthOfTie(t) ?? UNKNOWN_STRENGTH,
      has_dimensions: answered || t.weight === undefined,
      ...dims,
      ...(t.weight !== undefined ? { rating: t.weight } : {}),
      ...(t.planned ? { planned: true } : {}),
    });
  }
  return g;
}
