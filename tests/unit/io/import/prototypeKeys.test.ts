// Ids and names that are Object.prototype words ("__proto__", "constructor", "toString", …) are
// ordinary ids and names: every importer keeps them and every metric computes with them.
import { describe, expect, it } from "vitest";
import { documentToGraph } from "../../../../src/domain/graph/toGraph";
import { computeAll } from "../../../../src/domain/metrics/computeAll";
import { checkInvariants, type MapDocument } from "../../../../src/domain/model";
import { importFile, type ImportedMap } from "../../../../src/io/import";
import { parseNative } from "../../../../src/io/native";
import { NODE_OPTIONS } from "../import/helpers";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function imported(name: string, text: string): ImportedMap {
  const r = importFile(name, bytes(text), NODE_OPTIONS);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  expect(checkInvariants(r.value.doc)).toEqual([]);
  return r.value;
}

const names = (doc: MapDocument): string[] => Object.values(doc.people).map((p) => p.name);
const communityNames = (doc: MapDocument): string[] => Object.values(doc.communities).map((c) => c.name);

function analyse(doc: MapDocument) {
  const { graph, egoId } = documentToGraph(doc);
  return computeAll(graph, { egoId, diffusion: false });
}

function nativeFile(document: Record<string, unknown>): string {
  return JSON.stringify({
    format: "tsunagari-map",
    formatVersion: 1,
    document: {
      id: "m1",
      title: "t",
      communities: {},
      ties: {},
      positions: {},
      createdAt: "",
      updatedAt: "",
      ...document,
    },
  });
}

describe("native map with prototype-word ids", () => {
  it('refuses an egoId "constructor" that is not a person, naming the field', () => {
    const r = importFile(
      "map.json",
      bytes(nativeFile({ egoId: "constructor", people: { me: { id: "me", name: "Me", communityIds: [] } } })),
      NODE_OPTIONS,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ kind: "invalid", path: "document.egoId" });
  });

  it.each(["constructor", "__proto__", "hasOwnProperty"])('opens and analyses a map whose ego id is "%s"', (id) => {
    const text = nativeFile({
      egoId: id,
      people: {
        [id]: { id, name: "Me", communityIds: [id] },
        toString: { id: "toString", name: "Aiko", communityIds: [id] },
      },
      communities: { [id]: { id, name: "Work", sphere: "work" } },
      ties: { [`${id}~toString`]: { id: `${id}~toString`, a: id, b: "toString", answers: { emotional: 4 } } },
      positions: { [id]: { x: 1, y: 2 } },
    });
    const doc = imported("map.json", text).doc;
    expect(Object.keys(doc.people).sort()).toEqual([id, "toString"].sort());
    expect(Object.hasOwn(doc.people, id)).toBe(true);
    expect(Object.keys(doc.communities)).toEqual([id]);
    expect(Object.keys(doc.ties)).toEqual([`${id}~toString`]);
    expect(Object.keys(doc.positions)).toEqual([id]);
    const report = analyse(doc);
    expect(report.ego_analysis?.[id]?.summary.n_alters).toBe(1);
  });

  it('refuses a tie to a person "valueOf" that the map does not have', () => {
    const r = parseNative(
      nativeFile({
        egoId: "me",
        people: { me: { id: "me", name: "Me", communityIds: ["constructor"] } },
        ties: { "me~valueOf": { id: "me~valueOf", a: "me", b: "valueOf", answers: {} } },
      }),
    );
    expect(r.ok).toBe(false);
  });

  it('refuses a membership of a community "constructor" that the map does not have', () => {
    const r = parseNative(
      nativeFile({ egoId: "me", people: { me: { id: "me", name: "Me", communityIds: ["constructor"] } } }),
    );
    expect(r.ok ? "accepted" : r.error).toMatchObject({ kind: "invalid", path: "document.people.me" });
  });
});

describe("CSV and vCard with communities named like Object.prototype members", () => {
  it.each(["constructor", "toString", "__proto__", "Constructor"])('CSV community "%s" imports and computes', (c) => {
    const doc = imported("people.csv", `name,community\nAlice,${c}\nBob,${c}\nCarl,Other\n`).doc;
    expect(communityNames(doc).sort()).toEqual([c, "Other"].sort());
    const report = analyse(doc);
    const ego = report.ego_analysis?.[doc.egoId];
    expect(ego?.summary.n_alters).toBe(3);
    expect(ego?.summary.n_groups).toBe(2);
    expect(Object.keys(ego?.summary.group_weights ?? {}).sort()).toEqual([c, "Other"].sort());
    expect(ego?.summary.group_weights[c]).toBe(2);
  });

  it("vCard categories constructor and toString import and compute", () => {
    const card = (fn: string, cats: string) =>
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${fn}\r\nCATEGORIES:${cats}\r\nEND:VCARD\r\n`;
    const doc = imported("contacts.vcf", card("Alice", "constructor,toString") + card("Bob", "toString")).doc;
    expect(communityNames(doc).sort()).toEqual(["constructor", "toString"]);
    const ego = analyse(doc).ego_analysis?.[doc.egoId];
    expect(ego?.summary.group_weights).toEqual({ constructor: 0.5, toString: 1.5 });
  });
});

describe("graph files with nodes named like Object.prototype members", () => {
  const keys = ["__proto__", "constructor", "hasOwnProperty", "valueOf"];

  it("an edge list keeps both nodes and the tie", () => {
    const doc = imported("edges.csv", "source,target\n__proto__,constructor\nconstructor,toString\n").doc;
    expect(names(doc).sort()).toEqual(["You", "__proto__", "constructor", "toString"]);
    expect(Object.keys(doc.ties)).toHaveLength(2);
    expect(analyse(doc).graph_metrics.n_edges).toBe(2);
  });

  it("graphology JSON keeps every node and tie", () => {
    const json = JSON.stringify({
      nodes: [{ key: "me", attributes: { role: "ego" } }, ...keys.map((key) => ({ key }))],
      edges: [
        { source: "__proto__", target: "constructor" },
        { source: "constructor", target: "hasOwnProperty" },
        { source: "valueOf", target: "__proto__" },
        ...keys.map((k) => ({ source: "me", target: k })),
      ],
    });
    const doc = imported("graph.json", json).doc;
    expect(Object.keys(doc.people).sort()).toEqual(["me", ...keys].sort());
    expect(Object.keys(doc.ties)).toHaveLength(7);
    expect(Object.hasOwn(doc.ties, "__proto__~constructor")).toBe(true);
    const report = analyse(doc);
    expect(report.graph_metrics).toMatchObject({ n_nodes: 5, n_edges: 7 });
    expect(report.ego_analysis?.me?.summary.n_alters).toBe(4);
    for (const k of keys) expect(Object.hasOwn(report.node_metrics, k)).toBe(true);
  });

  it("GraphML keeps every node and tie", () => {
    const xml = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
${keys.map((k) => `<node id="${k}"/>`).join("\n")}
<edge source="__proto__" target="constructor"/><edge source="constructor" target="hasOwnProperty"/>
<edge source="valueOf" target="__proto__"/>
</graph></graphml>`;
    const doc = imported("graph.graphml", xml).doc;
    expect(names(doc).sort()).toEqual(["You", ...keys].sort());
    expect(Object.keys(doc.ties)).toHaveLength(3);
    expect(analyse(doc).graph_metrics.n_edges).toBe(3);
  });
});

describe("cell values that are Object.prototype words", () => {
  const outcome = (name: string, text: string) => {
    const r = importFile(name, bytes(text), NODE_OPTIONS);
    return r.ok ? { ok: true, spheres: Object.values(r.value.doc.communities).map((c) => c.sphere) } : r.error;
  };

  it.each(["constructor", "toString", "__proto__"])(
    'a sphere "%s" is an unknown sphere word, like "banana"',
    (word) => {
      const csv = (w: string) => `name,community,sphere\nAlice,Choir,${w}\n`;
      const e = outcome("people.csv", csv(word));
      expect(e).toEqual({ ...(outcome("people.csv", csv("banana")) as object), value: word });
      expect(e).toMatchObject({ kind: "badRow", expected: "sphere", value: word });
    },
  );

  it.each(["constructor", "valueOf", "hasOwnProperty"])('a strength "%s" is refused like "banana"', (word) => {
    const csv = (w: string) => `source,target,strength\nAlice,Bob,${w}\n`;
    const e = outcome("ties.csv", csv(word));
    expect(e).toEqual({ ...(outcome("ties.csv", csv("banana")) as object), value: word });
    expect(e).toMatchObject({ kind: "badRow", expected: "strength", value: word });
  });

  it('a graph node with sphere "constructor" falls back to the third place', () => {
    const json = JSON.stringify({ nodes: [{ key: "a", attributes: { community: "Choir", sphere: "constructor" } }] });
    expect(outcome("graph.json", json)).toEqual({ ok: true, spheres: ["third"] });
  });
});
