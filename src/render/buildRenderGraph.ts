// Document → the render graph sigma draws (pure; tested in Node). Encodings live here as
// attributes: position, size, colour by sphere, edge width by tie strength, band styling.
import Graph from "graphology";
import { bandOfTie, strengthOfTie, UNKNOWN_STRENGTH, type MapDocument, type PersonId, type Position, type TieBand } from "../domain/model";
import { EDGE_COLORS, EGO_COLOR, SPHERE_COLORS } from "./colors";
import { egoRingsLayout } from "./layouts/egoRings";

export interface RenderNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  isEgo: boolean;
  sphere: string;
  planned: boolean;
}
export interface RenderEdge {
  size: number;
  color: string;
  strength: number | null;
  band: TieBand;
  isEgoTie: boolean;
  planned: boolean;
}

export type RenderGraph = Graph<RenderNode, RenderEdge>;

export function nodePositions(doc: MapDocument): Record<PersonId, Position> {
  const missing = Object.keys(doc.people).some((id) => !doc.positions[id as PersonId]);
  return missing ? { ...egoRingsLayout(doc), ...doc.positions } : { ...doc.positions };
}

export function buildRenderGraph(doc: MapDocument): RenderGraph {
  const graph: RenderGraph = new Graph<RenderNode, RenderEdge>({ type: "undirected" });
  const positions = nodePositions(doc);
  for (const p of Object.values(doc.people)) {
    const isEgo = p.id === doc.egoId;
    const first = p.communityIds[0];
    const sphere = (first ? doc.communities[first]?.sphere : undefined) ?? "none";
    const pos = positions[p.id] ?? { x: 0, y: 0 };
    graph.addNode(p.id, {
      x: pos.x,
      y: pos.y,
      size: isEgo ? 16 : 9,
      color: isEgo ? EGO_COLOR : SPHERE_COLORS[sphere],
      label: p.name,
      isEgo,
      sphere,
      planned: p.planned ?? false,
    });
  }
  for (const t of Object.values(doc.ties)) {
    const s = strengthOfTie(t);
    const band = bandOfTie(t);
    graph.addUndirectedEdgeWithKey(t.id, t.a, t.b, {
      size: 0.6 + 4.4 * (s ?? UNKNOWN_STRENGTH),
      color: EDGE_COLORS[band],
      strength: s,
      band,
      isEgoTie: t.a === doc.egoId || t.b === doc.egoId,
      planned: t.planned ?? false,
    });
  }
  return graph;
}
