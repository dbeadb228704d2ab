import { describe, expect, it } from "vitest";
import { parseGraphml } from "../../../../src/io/import";
import { communitiesOf, expectOk, importFixture, names, NODE_OPTIONS, personNamed, tieBetween } from "./helpers";

describe("GraphML written by yEd", () => {
  it("returns the people of a yEd 3.x file with their labels from y:NodeLabel", () => {
    const m = importFixture("yed.graphml");
    expect(m.format).toBe("graphml");
    // The group node "会社" is not a person; its members are.
    expect(names(m.doc)).toEqual(["Alice", "Bob Martin", "Emma Wilson", "You", "佐藤 健", "田中 花子", "鈴木 一郎"]);
  });

  it("returns the edges, including those into and inside the group", () => {
    const m = importFixture("yed.graphml");
    expect(Object.keys(m.doc.ties)).toHaveLength(6);
    for (const [a, b] of [
      ["Alice", "田中 花子"],
      ["Alice", "Bob Martin"],
      ["田中 花子", "佐藤 健"],
      ["Bob Martin", "鈴木 一郎"],
      ["Alice", "Emma Wilson"],
      ["佐藤 健", "Emma Wilson"],
    ] as const) {
      expect(tieBetween(m.doc, a, b), `${a}–${b}`).toBeDefined();
    }
    expect(m.warnings).toEqual([]);
  });

  it("makes the group node a community of its members and the description the note", () => {
    const m = importFixture("yed.graphml");
    expect(communitiesOf(m.doc, "佐藤 健")).toEqual(["会社"]);
    expect(communitiesOf(m.doc, "鈴木 一郎")).toEqual(["会社"]);
    expect(communitiesOf(m.doc, "Alice")).toEqual([]);
    expect(personNamed(m.doc, "Alice").note).toBe("Met at the 2019 conference");
    expect(personNamed(m.doc, "佐藤 健").note).toBe("営業部の先輩");
  });

  it("keeps yEd's layout, with the y axis turned up", () => {
    const m = importFixture("yed.graphml");
    // <y:Geometry height="30.0" width="60.0" x="120.0" y="40.0"/>: the centre, y flipped.
    expect(m.doc.positions[personNamed(m.doc, "Alice").id]).toEqual({ x: 150, y: -55 });
  });

  it("reads keys for='all' with defaults and nested graphs in plain GraphML", () => {
    const text = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k0" attr.name="label" attr.type="string"/>
  <key id="k1" for="node" attr.name="note" attr.type="string"><default>from default</default></key>
  <graph edgedefault="undirected">
    <node id="club"><data key="k0">Choir</data>
      <graph edgedefault="undirected">
        <node id="a"><data key="k0">Ann</data></node>
        <node id="b"><data key="k0">Ben</data><data key="k1">tenor</data></node>
        <edge source="a" target="b"/>
      </graph>
    </node>
    <node id="c"><data key="k0">Cy</data></node>
    <edge source="c" target="a"/>
    <edge source="c" target="club"/>
  </graph>
</graphml>`;
    const m = expectOk(parseGraphml("nested.graphml", text, NODE_OPTIONS));
    expect(names(m.doc)).toEqual(["Ann", "Ben", "Cy", "You"]);
    expect(communitiesOf(m.doc, "Ben")).toEqual(["Choir"]);
    expect(personNamed(m.doc, "Ann").note).toBe("from default");
    expect(personNamed(m.doc, "Ben").note).toBe("tenor");
    // The edge to the group itself has no person at its end.
    expect(m.warnings).toEqual([{ kind: "skippedEdges", count: 1 }]);
  });
});
