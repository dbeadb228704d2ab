// documentToGraph for the next revision of a document, written onto the graph of the previous one:
// an edit replaces only the people and ties it touched (and the roles of those whose tie to the
// ego it added or removed), instead of converting all 30,000 people of a large map again. Only for
// graphs with planned items included (the render graph's base). The result is checked against
// the document's order of people and ties; when anything does not match (or the edit is large),
// the caller builds afresh, so the graph is always the one documentToGraph gives.
import { changedKeys, getOwn, isIndexKey, singleStep, tieId, type MapDocument, type PersonId } from "../model";
import { communityLabels, edgeAttributesOf, nodeAttributesOf, type DocumentGraph, type GraphOptions } from "./toGraph";

/** Past this many touched people and ties a fresh conversion is as cheap. */
const MAX_PATCH = 2000;

function roleOf(doc: MapDocument, id: PersonId): "ego" | "alter" | "second_degree" {
  if (id === doc.egoId) return "ego";
  return getOwn(doc.ties, tieId(doc.egoId, id)) ? "alter" : "second_degree";
}

/** Whether the graph holds `doc`'s people and ties in `doc`'s order. */
function inOrder(graph: DocumentGraph, doc: MapDocument): boolean {
  const people = Object.keys(doc.people);
  if (graph.order !== people.length) return false;
  let i = 0;
  let ok = true;
  graph.forEachNode((id) => {
    if (ok && id !== people[i++]) ok = false;
  });
  if (!ok) return false;
  // Every tie joins two people of the map (every person is a node here): the ties' keys, which are
  // their ids, are the edges' order. Otherwise only the ties between nodes count.
  const keys = Object.keys(doc.ties);
  const ids =
    graph.size === keys.length
      ? keys
      : Object.values(doc.ties)
          .filter((t) => graph.hasNode(t.a) && graph.hasNode(t.b))
          .map((t) => t.id as string);
  if (graph.size !== ids.length) return false;
  i = 0;
  graph.forEachEdge((_e, a) => {
    if (ok && a.tie !== ids[i++]) ok = false;
  });
  return ok;
}

/**
 * Whether `next` keeps `prev`'s order with its new keys at the end, in the order they were
 * written, without looking at the 30,000 others: true when `next` is one recorded edit of `prev`
 * (records.ts), which removes keys, replaces entries in place and appends new ones.
 */
function appendsOnly(prev: object, next: object): boolean {
  if (prev === next) return true;
  const keys = singleStep(prev, next);
  return keys !== null && !keys.some(isIndexKey);
}

/** Community labels per communities record (a patch runs for every edit of a 2,000-company map). */
const labelsByCommunities = new WeakMap<MapDocument["communities"], Map<string, string>>();
function labelsOf(doc: MapDocument): Map<string, string> {
  let labels = labelsByCommunities.get(doc.communities);
  if (!labels) {
    labels = communityLabels(doc);
    labelsByCommunities.set(doc.communities, labels);
  }
  return labels;
}

/**
 * Brings `graph` (documentToGraph of `prev` with `options`) to `doc` in place; false when it
 * could not (the graph must then be discarded and `doc` converted afresh).
 */
export function patchDocumentGraph(
  graph: DocumentGraph,
  prev: MapDocument,
  doc: MapDocument,
  options: GraphOptions,
): boolean {
  if (!options.includePlanned || !options.details) return false;
  if (doc.egoId !== prev.egoId || doc.communities !== prev.communities) return false;
  const people = changedKeys(prev.people, doc.people);
  const ties = changedKeys(prev.ties, doc.ties);
  if (people.size + ties.size > MAX_PATCH) return false;
  // A tie to the ego that came or went changes the other person's role.
  for (const id of ties) {
    const t = getOwn(doc.ties, id) ?? getOwn(prev.ties, id);
    if (t?.a === doc.egoId) people.add(t.b);
    if (t?.b === doc.egoId) people.add(t.a);
  }
  try {
    const labels = labelsOf(doc);
    for (const id of people) {
      const p = getOwn(doc.people, id);
      if (!p) {
        if (graph.hasNode(id)) graph.dropNode(id);
        continue;
      }
      const attrs = nodeAttributesOf(doc, p, roleOf(doc, id), labels, options);
      if (graph.hasNode(id)) graph.replaceNodeAttributes(id, attrs);
      else graph.addNode(id, attrs);
    }
    for (const id of ties) {
      const t = getOwn(doc.ties, id);
      const old = getOwn(prev.ties, id);
      const ends = t ?? old;
      if (!ends || !graph.hasNode(ends.a) || !graph.hasNode(ends.b)) continue;
      const edge = graph.edge(ends.a, ends.b);
      if (!t) {
        if (edge !== undefined) graph.dropEdge(edge);
        continue;
      }
      if (old && (old.a !== t.a || old.b !== t.b)) return false;
      if (edge !== undefined) graph.replaceEdgeAttributes(edge, edgeAttributesOf(t, options));
      else graph.addUndirectedEdge(t.a, t.b, edgeAttributesOf(t, options));
    }
  } catch {
    return false;
  }
  // The graph was `prev`'s in `prev`'s order; nodes and edges were dropped and appended as the
  // edit removed and added them, so one recorded edit needs no look at the whole order.
  return (appendsOnly(prev.people, doc.people) && appendsOnly(prev.ties, doc.ties)) || inOrder(graph, doc);
}
