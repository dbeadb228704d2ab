import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { graphToDocument, parseGexf, parseGraphml } from "../../../../src/io/import";
import {
  communitiesOf,
  expectErr,
  expectOk,
  fixtureBytes,
  importFixture,
  names,
  NODE_OPTIONS,
  personNamed,
  strengthBetween,
  tieBetween,
} from "./helpers";

describe("parseGexf", () => {
  it("returns a Gephi file with labels, modularity groups, spheres, positions, scaled weights", () => {
    const m = importFixture("gephi.gexf");
    expect(m.format).toBe("gexf");
    expect(names(m.doc)).toEqual(['"Kenta" <Ito> & co', "Haruto Suzuki", "Mei Kobayashi", "Sofia García", "You"]);
    expect(communitiesOf(m.doc, "Haruto Suzuki")).toEqual(["Group 0"]);
    const g0 = Object.values(m.doc.communities).find((c) => c.name === "Group 0");
    expect(g0?.sphere).toBe("work");
    expect(m.doc.positions[personNamed(m.doc, "Haruto Suzuki").id]).toEqual({
      x: -120.5,
      y: 88.25,
    });
    expect(strengthBetween(m.doc, "Haruto Suzuki", "Mei Kobayashi")).toBe(1);
    expect(strengthBetween(m.doc, "Mei Kobayashi", "Sofia García")).toBeCloseTo(0.2);
    expect(m.warnings).toEqual([
      { kind: "weightsScaled", max: 5 },
      { kind: "skippedEdges", count: 1 },
    ]);
    expect(m.egoSource).toBe("placeholder");
  });

  it("returns a NetworkX write_gexf file (GEXF 1.2draft, numeric attribute ids)", () => {
    const m = expectOk(parseGexf("nx.gexf", new TextDecoder().decode(fixtureBytes("networkx.gexf")), NODE_OPTIONS));
    expect(names(m.doc)).toContain("佐藤 結衣");
    expect(communitiesOf(m.doc, "Aiko Tanaka")).toEqual(["Book club"]);
    expect(strengthBetween(m.doc, "Chloe Martin", "Daichi Mori")).toBe(1);
    expect(strengthBetween(m.doc, "Aiko Tanaka", "Ben Carter")).toBe(0.5);
  });

  it("makes the chosen node the ego", () => {
    const m = expectOk(
      parseGexf("nx.gexf", new TextDecoder().decode(fixtureBytes("networkx.gexf")), {
        ...NODE_OPTIONS,
        egoId: "Aiko Tanaka",
      }),
    );
    expect(m.doc.people[m.doc.egoId]?.name).toBe("Aiko Tanaka");
    expect(m.egoSource).toBe("option");
    expect(Object.keys(m.doc.people)).toHaveLength(6);
  });

  it("returns notXml with the line of a broken file", () => {
    const e = expectErr(parseGexf("bad.gexf", "<gexf>\n<graph>\n<nodes></graph></gexf>", NODE_OPTIONS));
    expect(e).toMatchObject({ kind: "notXml", file: "bad.gexf", line: 3 });
  });

  it("returns notGraph for XML that is not GEXF", () => {
    expect(expectErr(parseGexf("x.gexf", "<html><body/></html>", NODE_OPTIONS)).kind).toBe("notGraph");
  });
});

describe("parseGraphml", () => {
  it("returns a NetworkX write_graphml file whose node ids are the names", () => {
    const m = importFixture("nx.graphml", "networkx.graphml");
    expect(m.format).toBe("graphml");
    expect(names(m.doc)).toEqual([
      "Aiko Tanaka",
      "Ben Carter",
      "Chloe Martin",
      "Daichi Mori",
      "Emma Wilson",
      "You",
      "佐藤 結衣",
    ]);
    expect(strengthBetween(m.doc, "Emma Wilson", "佐藤 結衣")).toBe(0.25);
  });

  it("returns an igraph write_graphml file with name and group attributes", () => {
    const text = new TextDecoder().decode(fixtureBytes("igraph.graphml"));
    const m = expectOk(parseGraphml("ig.graphml", text, NODE_OPTIONS));
    expect(communitiesOf(m.doc, "山田 花子")).toEqual(["町内会"]);
    expect(strengthBetween(m.doc, "山田 花子", "Lucas Dubois")).toBe(0.8);
    expect(strengthBetween(m.doc, "Lucas Dubois", "Priya Nair")).toBe(0.15);
    expect(m.warnings).toEqual([]);
  });
});

describe("graphToDocument", () => {
  it("returns Granovetter answers from a dimensions object and keeps an empty one unrated", () => {
    const g = new UndirectedGraph();
    g.addNode("me", { label: "Me", role: "ego" });
    g.addNode("a", { label: "Ann", communities: ["Choir", "Acme"], spheres: "third; work" });
    g.addNode("b", { label: "Bo" });
    g.addEdge("me", "a", {
      weight: 0.7,
      dimensions: { frequency_category: "often", emotional: 4, intimacy: 9 },
    });
    g.addEdge("me", "b", { weight: 0.5, dimensions: {} });
    const c = graphToDocument(g);
    expect(c.egoSource).toBe("file");
    expect(c.doc.egoId).toBe("me");
    expect(tieBetween(c.doc, "ego", "Ann")?.answers).toEqual({
      frequencyCategory: "often",
      emotional: 4,
    });
    expect(tieBetween(c.doc, "ego", "Bo")?.weight).toBeUndefined();
    expect(c.unratedTies).toHaveLength(1);
    const acme = Object.values(c.doc.communities).find((x) => x.name === "Acme");
    expect(acme?.sphere).toBe("work");
  });
});
