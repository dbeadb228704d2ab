// @vitest-environment jsdom
// One import pipeline: the command line (loadGraph, with xmldom) and the app (importInBackground
// on the main thread, with the browser's DOMParser — jsdom's here) read every fixture file to the
// same people, ties and labels, and refuse the broken ones with the same kind of error.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type Graph from "graphology";
import { describe, expect, it } from "vitest";
import { loadGraph } from "../../../src/cli/analyze";
import { documentToGraph } from "../../../src/domain/graph/toGraph";
import { importInBackground } from "../../../src/workers/importClient";

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "../../fixtures");
const files = ["graphs", "import"].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .sort()
    .map((name) => ({ dir, name })),
);
/** Deliberately broken inputs, each with the kind of error both paths must give. */
const BROKEN: Readonly<Record<string, string>> = {
  "bad-weight.csv": "badRow",
  "broken.gexf": "notXml",
  "broken.json": "notJson",
  "page.xml": "unknownFormat",
  "unknown-node.json": "notGraph",
  "plain.png": "noEmbeddedMap",
  "edges-saved-as.png": "notAnImage",
  "with-map.badcrc.png": "damagedImage",
  "with-map.truncated.png": "damagedImage",
};

interface Seen {
  readonly people: string[];
  readonly ties: string[];
  readonly labels: [string, string][];
}

function seen(graph: Graph): Seen {
  const name = (id: string): string => String(graph.getNodeAttribute(id, "label") ?? id);
  return {
    people: graph.mapNodes((id) => name(id)).sort(),
    ties: graph
      .mapEdges((_e, a, s, t) => `${[name(s), name(t)].sort().join(" – ")} ${Number(a.weight).toFixed(3)}`)
      .sort(),
    labels: graph
      .mapNodes((id): [string, string] => [id, name(id)])
      .filter(([id, label]) => id !== label)
      .sort(),
  };
}

async function appPath(name: string, bytes: Uint8Array) {
  const { result: imported } = await importInBackground(name, bytes, {}, DOMParser);
  if (!imported.ok) return imported;
  const { doc, egoSource } = imported.value;
  const { graph } = documentToGraph(doc);
  // The app shows its placeholder "You" on the map; the CLI leaves it out while nobody is tied to it.
  if (egoSource === "placeholder" && graph.degree(doc.egoId) === 0) graph.dropNode(doc.egoId);
  return { ok: true as const, value: graph as unknown as Graph };
}

describe("the CLI and the app read the same file the same way", () => {
  it("covers every fixture file, the broken ones included", () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    for (const broken of Object.keys(BROKEN)) expect(files.map((f) => f.name)).toContain(broken);
  });

  it.each(files.filter((f) => !(f.name in BROKEN)))(
    "returns the same people, ties and labels for $dir/$name",
    async ({ dir, name }) => {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, dir, name)));
      const cli = loadGraph(name, bytes);
      const app = await appPath(name, bytes);
      if (!cli.ok || !app.ok) throw new Error(`${name}: ${JSON.stringify(cli.ok ? app : cli)}`);
      const fromCli = seen(cli.value.graph);
      expect(fromCli.people.length).toBeGreaterThan(1);
      expect(fromCli.ties.length).toBeGreaterThan(0);
      expect(fromCli).toEqual(seen(app.value));
    },
  );

  it.each(Object.entries(BROKEN))("refuses %s with %s in both", async (name, kind) => {
    const dir = files.find((f) => f.name === name)?.dir ?? "graphs";
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, dir, name)));
    const cli = loadGraph(name, bytes);
    const { result: app } = await importInBackground(name, bytes, {}, DOMParser);
    expect(cli.ok ? "read" : cli.error.kind).toBe(kind);
    expect(app.ok ? "read" : app.error.kind).toBe(kind);
  });

  it("returns names, not node ids, for igraph GraphML (names in a `name` attribute)", () => {
    const read = loadGraph("igraph.graphml", new Uint8Array(readFileSync(join(FIXTURES, "import/igraph.graphml"))));
    if (!read.ok) throw new Error("igraph.graphml failed");
    expect(seen(read.value.graph).labels).toEqual([
      ["n0", "山田 花子"],
      ["n1", "Lucas Dubois"],
      ["n2", "Priya Nair"],
    ]);
  });
});
