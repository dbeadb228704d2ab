// Which people and ties an edit can have restyled or moved on the drawn map. When the patch before
// it drew the same analysis and view (renderPatch.ts, sameInputs) and the layout knows who moved
// between the two revisions (ringsMoved), the patch computes and compares the render attributes of
// only these, instead of all 30,000 people and ties of a big map for one added person.
import type { DocumentGraph } from "../domain/graph/toGraph";
import { changedKeys, getOwn, type MapDocument, type PersonId, type Position } from "../domain/model";
import type { RenderGraph } from "./buildRenderGraph";
import { ringsMoved } from "./layouts/egoRings";

export interface RenderDelta {
  /** People whose record changed or who moved (present in the new document). */
  readonly nodes: readonly PersonId[];
  /** The base graph's keys of the ties whose record changed or that touch a changed person. */
  readonly edges: readonly string[];
  /** Drawn people who are gone. */
  readonly goneNodes: readonly string[];
  /** Drawn ties that are gone while both their people stay. */
  readonly goneEdges: readonly string[];
}

type Positions = Readonly<Record<string, Position>>;

/** Who has another position in `to` than in `from` (same record: nobody); null when not known. */
export function movedBetween(from: Positions | undefined, to: Positions | undefined): ReadonlySet<PersonId> | null {
  if (from === undefined || to === undefined) return null;
  if (from === to) return new Set();
  return ringsMoved(from, to);
}

/**
 * What changed between `before` (drawn) and `doc`, given who moved. The attributes of a person
 * depend on their own record and position, those of a tie on its record and its two people (a
 * planned person's ties are drawn as planned): everything else is the same analysis and view.
 */
export function renderDelta(
  graph: RenderGraph,
  base: DocumentGraph,
  before: MapDocument,
  doc: MapDocument,
  moved: ReadonlySet<PersonId>,
): RenderDelta {
  const nodes = new Set<PersonId>();
  const edges = new Set<string>();
  const goneNodes: string[] = [];
  const goneEdges: string[] = [];
  for (const id of changedKeys(before.people, doc.people)) {
    if (getOwn(doc.people, id) === undefined) {
      if (graph.hasNode(id)) goneNodes.push(id);
      continue;
    }
    nodes.add(id);
    if (base.hasNode(id)) base.forEachEdge(id, (key) => void edges.add(key));
  }
  for (const id of moved) if (getOwn(doc.people, id) !== undefined) nodes.add(id);
  for (const id of changedKeys(before.ties, doc.ties)) {
    const t = getOwn(doc.ties, id);
    if (t === undefined) {
      const old = getOwn(before.ties, id);
      const stay = old && getOwn(doc.people, old.a) !== undefined && getOwn(doc.people, old.b) !== undefined;
      if (stay && graph.hasEdge(id)) goneEdges.push(id);
      continue;
    }
    const key = base.hasNode(t.a) && base.hasNode(t.b) ? base.edge(t.a, t.b) : undefined;
    if (key !== undefined) edges.add(key);
  }
  return { nodes: [...nodes], edges: [...edges], goneNodes, goneEdges };
}
