import { describe, expect, it } from "vitest";
import { patchDocumentGraph } from "../../../../src/domain/graph/patchGraph";
import { documentToGraph, type DocumentGraph } from "../../../../src/domain/graph/toGraph";
import {
  addAlter,
  addPerson,
  alters,
  removePerson,
  removeTie,
  setTie,
  updatePerson,
  type MapDocument,
  type PersonId,
} from "../../../../src/domain/model";
import { sampleDoc } from "../insights/helpers";

const OPTIONS = { includePlanned: true, details: true } as const;

/** Nodes and edges with their attributes, in iteration order (edge keys are generated, so left out). */
const contents = (g: DocumentGraph) => ({
  nodes: g.mapNodes((id, a) => [id, a]),
  edges: g.mapEdges((_e, a, s, t) => [s, t, a]),
});

describe("patchDocumentGraph: the render graph's base for an edit, written onto the last revision's", () => {
  const start = sampleDoc();
  const [first, second] = alters(start);
  const id = (s: string) => s as PersonId;
  const steps: ((d: MapDocument) => MapDocument)[] = [
    (d) => addAlter(d, { id: id("n1"), name: "Aaron" }),
    (d) => updatePerson(d, { id: first!.id, name: "Renamed", note: "a note" }),
    (d) => setTie(d, { a: d.egoId, b: second!.id, weight: 0.95 }),
    (d) => setTie(d, { a: first!.id, b: id("n1"), planned: true }),
    (d) => removeTie(d, { a: d.egoId, b: id("n1") }),
    (d) => addPerson(d, { id: id("n3"), name: "Second degree" }),
    (d) => setTie(d, { a: d.egoId, b: id("n3"), weight: 0.2 }),
    (d) => removePerson(d, second!.id),
  ];

  it("gives the graph documentToGraph gives, node for node and tie for tie, after each edit", () => {
    let doc = start;
    const graph = documentToGraph(doc, OPTIONS).graph;
    for (const step of steps) {
      const next = step(doc);
      expect(patchDocumentGraph(graph, doc, next, OPTIONS)).toBe(true);
      expect(contents(graph)).toEqual(contents(documentToGraph(next, OPTIONS).graph));
      doc = next;
    }
    expect(graph.hasNode(second!.id)).toBe(false);
    expect(graph.getNodeAttribute(id("n1"), "role")).toBe("second_degree");
    expect(graph.getNodeAttribute(id("n3"), "role")).toBe("alter");
  });

  it("declines when the communities change or the graph leaves planned items out", () => {
    const graph = documentToGraph(start, OPTIONS).graph;
    expect(patchDocumentGraph(graph, start, { ...start, communities: { ...start.communities } }, OPTIONS)).toBe(false);
    const real = documentToGraph(start).graph;
    expect(patchDocumentGraph(real, start, addAlter(start, { id: id("x"), name: "X" }), {})).toBe(false);
  });

  it("declines when the document's order of people is not the graph's (a person moved to the end)", () => {
    const graph = documentToGraph(start, OPTIONS).graph;
    const { [first!.id]: moved, ...rest } = start.people;
    const reordered = { ...start, people: { ...rest, [first!.id]: { ...moved!, name: "Moved" } } };
    expect(patchDocumentGraph(graph, start, reordered, OPTIONS)).toBe(false);
  });

  it("whenever it patches, gives documentToGraph's graph: prototype words as ids, undo and redo", () => {
    let s = 11;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648), s / 2147483648);
    const words = ["constructor", "__proto__", "toString", "valueOf", "10", "x"].map(id);
    const docs = [start];
    let doc = start;
    for (let i = 0; i < 40; i++) {
      const w = words[Math.floor(rnd() * words.length)]!;
      const people = Object.keys(doc.people).map(id);
      const other = people[Math.floor(rnd() * people.length)]!;
      const r = rnd();
      if (!Object.hasOwn(doc.people, w)) doc = addAlter(doc, { id: w, name: `N${i}` });
      else if (r < 0.3) doc = updatePerson(doc, { id: w, name: `R${i}` });
      else if (r < 0.5) doc = removePerson(doc, w);
      else if (w !== other) doc = setTie(doc, { a: w, b: other, weight: rnd() });
      docs.push(doc);
    }
    const graph = documentToGraph(start, OPTIONS).graph;
    let at = start;
    let patched = 0;
    // Forwards edit by edit, then undo back, then jumps.
    const visits = [...docs.slice(1), ...[...docs].reverse(), docs[20]!, docs[5]!, docs[39]!];
    let g = graph;
    for (const next of visits) {
      if (patchDocumentGraph(g, at, next, OPTIONS)) patched++;
      else g = documentToGraph(next, OPTIONS).graph;
      expect(contents(g)).toEqual(contents(documentToGraph(next, OPTIONS).graph));
      at = next;
    }
    expect(patched).toBeGreaterThan(40);
  });
});
