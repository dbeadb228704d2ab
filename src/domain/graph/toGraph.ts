// Map document → graphology graph with the attribute names every metric and file format
// uses (shared/fixtures/README.md): node `label`, `role`, `communities` (names), `community_type`,
// `sphere`; edge `weight` (0..1 strength) and `dimensions` (Granovetter's raw inputs).
// The one conversion of people, ties and communities into graph structure: metrics (worker, CLI,
// insights) use it as it is; GEXF/GraphML export (flatGraph) and the render graph
// (buildRenderGraph) take it with `details` and add their own attributes on top.
import { UndirectedGraph } from "./graphology";
import {
  getOwn,
  answersToDimensions,
  strengthOfTie,
  UNKNOWN_STRENGTH,
  type CommunityId,
  type MapDocument,
  type PersonId,
  type Sphere,
  type TieDimensions,
  type TieId,
} from "../model";

export type CommunityType = "family" | "workplace" | "third";
export const SPHERE_TO_TYPE: Readonly<Record<Sphere, CommunityType>> = {
  family: "family",
  work: "workplace",
  third: "third",
};

/**
 * A zero strength is a real (very weak) tie, but preprocessing (§P4) drops zero-weight edges
 * as "no tie"; the smallest positive weight keeps the edge in the structure.
 */
const MIN_WEIGHT = 1e-6;

export interface GraphOptions {
  /** Include what-if (planned) people, communities and ties. */
  includePlanned?: boolean;
  /**
   * Also the document's fields the metrics do not read, for export and render: node
   * `community_ids`, `reading`, `note`, `planned`; edge `tie` (the tie id), `strength` (null =
   * unknown, unclamped), `rating` (the bare 0..1 rating), `planned`.
   */
  details?: boolean;
}

/** Node attributes of documentToGraph (the `details` ones only with that option). */
export type GraphNodeAttributes = {
  label: string;
  role: "ego" | "alter" | "second_degree";
  communities?: string[];
  community_type?: CommunityType;
  sphere?: Sphere;
  community_ids?: CommunityId[];
  reading?: string;
  note?: string;
  planned?: true;
};

/** Edge attributes of documentToGraph (the `details` ones only with that option). */
export type GraphEdgeAttributes = {
  weight: number;
  dimensions?: TieDimensions;
  tie?: TieId;
  strength?: number | null;
  rating?: number;
  planned?: true;
};

export type DocumentGraph = UndirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>;

/** Community display names, made unique so that two communities never merge into one group. */
export function communityLabels(doc: MapDocument): Map<string, string> {
  const labels = new Map<string, string>();
  const seen = new Map<string, number>();
  const sorted = Object.values(doc.communities).sort((x, y) => (x.id < y.id ? -1 : 1));
  for (const c of sorted) {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    labels.set(c.id, n === 1 ? c.name : `${c.name} #${n}`);
  }
  return labels;
}

/** The node attributes of `p` (its role and the community labels decided by the caller). */
export function nodeAttributesOf(
  doc: MapDocument,
  p: MapDocument["people"][PersonId],
  role: GraphNodeAttributes["role"],
  labels: ReadonlyMap<string, string>,
  options: GraphOptions,
): GraphNodeAttributes {
  const includePlanned = options.includePlanned ?? false;
  // Written key by key, in the order of the object literal with spreads it replaces: no
  // temporary objects per person (opening a 30,000-person map builds these for everyone).
  const attrs: GraphNodeAttributes = { label: p.name, role };
  let first: MapDocument["communities"][CommunityId] | undefined;
  let names: string[] | null = null;
  let ids: CommunityId[] | null = null;
  for (const id of p.communityIds) {
    const c = getOwn(doc.communities, id);
    if (c === undefined || (!includePlanned && c.planned)) continue;
    first ??= c;
    (names ??= []).push(labels.get(c.id) ?? c.name);
    (ids ??= []).push(c.id);
  }
  if (names !== null) attrs.communities = names;
  if (first) {
    attrs.community_type = SPHERE_TO_TYPE[first.sphere];
    attrs.sphere = first.sphere;
  }
  if (options.details) {
    attrs.community_ids = ids ?? [];
    if (p.reading) attrs.reading = p.reading;
    if (p.note) attrs.note = p.note;
    if (p.planned) attrs.planned = true;
  }
  return attrs;
}

/** The edge attributes of `t`. */
export function edgeAttributesOf(t: MapDocument["ties"][TieId], options: GraphOptions): GraphEdgeAttributes {
  const s = strengthOfTie(t);
  // Answers → `dimensions`; a bare rating → `weight` only; neither → `{}` marks "unknown" (§T3).
  // Written key by key in the literal's order, without a keys array or spreads per tie.
  let answered = false;
  for (const key in t.answers) {
    if (Object.hasOwn(t.answers, key)) {
      answered = true;
      break;
    }
  }
  const attrs: GraphEdgeAttributes = { weight: Math.max(s ?? UNKNOWN_STRENGTH, MIN_WEIGHT) };
  if (answered || t.weight === undefined) attrs.dimensions = answersToDimensions(t.answers);
  if (options.details) {
    attrs.tie = t.id;
    attrs.strength = s;
    if (t.weight !== undefined) attrs.rating = t.weight;
    if (t.planned) attrs.planned = true;
  }
  return attrs;
}

export function documentToGraph(
  doc: MapDocument,
  options: GraphOptions = {},
): { graph: DocumentGraph; egoId: PersonId } {
  const steps = documentToGraphSteps(doc, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** People and ties converted between two pauses of documentToGraphSteps. */
export const GRAPH_STEP = 1000;

/**
 * documentToGraph as steps: it pauses (yields) after every GRAPH_STEP people or ties, so that a
 * caller can spread the conversion of a 30,000-person map over several tasks; the result is the
 * same graph, node for node and edge for edge.
 */
export function* documentToGraphSteps(
  doc: MapDocument,
  options: GraphOptions = {},
): Generator<void, { graph: DocumentGraph; egoId: PersonId }, void> {
  const includePlanned = options.includePlanned ?? false;
  const graph: DocumentGraph = new UndirectedGraph();
  const labels = communityLabels(doc);
  const egoNeighbours = new Set<string>();
  const ties = Object.values(doc.ties);
  let n = 0;
  for (const t of ties) {
    if (++n % GRAPH_STEP === 0) yield;
    if (t.planned && !includePlanned) continue;
    if (t.a === doc.egoId) egoNeighbours.add(t.b);
    if (t.b === doc.egoId) egoNeighbours.add(t.a);
  }
  for (const p of Object.values(doc.people)) {
    if (++n % GRAPH_STEP === 0) yield;
    if (p.planned && !includePlanned) continue;
    const role = p.id === doc.egoId ? "ego" : egoNeighbours.has(p.id) ? "alter" : "second_degree";
    graph.addNode(p.id, nodeAttributesOf(doc, p, role, labels, options));
  }
  for (const t of ties) {
    if (++n % GRAPH_STEP === 0) yield;
    if (t.planned && !includePlanned) continue;
    if (!graph.hasNode(t.a) || !graph.hasNode(t.b)) continue;
    graph.addUndirectedEdge(t.a, t.b, edgeAttributesOf(t, options));
  }
  return { graph, egoId: doc.egoId };
}
