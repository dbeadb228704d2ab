// Map document → graphology graph with the attribute names every metric and file format
// uses (shared/fixtures/README.md): node `label`, `role`, `communities` (names), `community_type`,
// `sphere`; edge `weight` (0..1 strength) and `dimensions` (Granovetter's raw inputs).
import { UndirectedGraph } from "./graphology";
import {
  getOwn,
  answersToDimensions,
  strengthOfTie,
  UNKNOWN_STRENGTH,
  type MapDocument,
  type PersonId,
  type Sphere,
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
}

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

export function documentToGraph(
  doc: MapDocument,
  options: GraphOptions = {},
): { graph: UndirectedGraph; egoId: PersonId } {
  const includePlanned = options.includePlanned ?? false;
  const graph = new UndirectedGraph();
  const labels = communityLabels(doc);
  const egoNeighbours = new Set<string>();
  for (const t of Object.values(doc.ties)) {
    if (t.planned && !includePlanned) continue;
    if (t.a === doc.egoId) egoNeighbours.add(t.b);
    if (t.b === doc.egoId) egoNeighbours.add(t.a);
  }
  for (const p of Object.values(doc.people)) {
    if (p.planned && !includePlanned) continue;
    const communities = p.communityIds
      .map((c) => getOwn(doc.communities, c))
      .filter((c): c is NonNullable<typeof c> => c !== undefined && (includePlanned || !c.planned));
    const first = communities[0];
    graph.addNode(p.id, {
      label: p.name,
      role: p.id === doc.egoId ? "ego" : egoNeighbours.has(p.id) ? "alter" : "second_degree",
      ...(communities.length > 0 ? { communities: communities.map((c) => labels.get(c.id) ?? c.name) } : {}),
      ...(first ? { community_type: SPHERE_TO_TYPE[first.sphere], sphere: first.sphere } : {}),
    });
  }
  for (const t of Object.values(doc.ties)) {
    if (t.planned && !includePlanned) continue;
    if (!graph.hasNode(t.a) || !graph.hasNode(t.b)) continue;
    const s = strengthOfTie(t);
    // Answers → `dimensions`; a bare rating → `weight` only; neither → `{}` marks "unknown" (§T3).
    const answered = Object.keys(t.answers).length > 0;
    const withDimensions = answered || t.weight === undefined;
    graph.addUndirectedEdge(t.a, t.b, {
      weight: Math.max(s ?? UNKNOWN_STRENGTH, MIN_WEIGHT),
      ...(withDimensions ? { dimensions: answersToDimensions(t.answers) } : {}),
    });
  }
  return { graph, egoId: doc.egoId };
}
