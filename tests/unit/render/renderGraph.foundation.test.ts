import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { personId, tieId } from "../../../src/domain/model";
import { parseNative } from "../../../src/io/native";
import { buildRenderGraph } from "../../../src/render/buildRenderGraph";
import { EGO_COLOR, SPHERE_COLORS } from "../../../src/render/colors";

const parsed = parseNative(readFileSync("data/sample-network.json", "utf8"));
if (!parsed.ok) throw new Error("sample must parse");
const doc = parsed.value;

describe("buildRenderGraph", () => {
  const graph = buildRenderGraph(doc);

  it("draws every person and tie of the document", () => {
    expect(graph.order).toBe(Object.keys(doc.people).length);
    expect(graph.size).toBe(Object.keys(doc.ties).length);
  });

  it("puts the ego at the centre, larger and in its own colour", () => {
    const ego = graph.getNodeAttributes(doc.egoId);
    expect([ego.x, ego.y]).toEqual([0, 0]);
    expect(ego.color).toBe(EGO_COLOR);
    expect(ego.size).toBeGreaterThan(graph.getNodeAttribute(personId("mother"), "size"));
  });

  it("colours people by the sphere of their first community", () => {
    expect(graph.getNodeAttribute(personId("mother"), "color")).toBe(SPHERE_COLORS.family);
    expect(graph.getNodeAttribute(personId("boss"), "color")).toBe(SPHERE_COLORS.work);
    expect(graph.getNodeAttribute(personId("okada"), "color")).toBe(SPHERE_COLORS.third);
  });

  it("draws stronger ties thicker", () => {
    const strong = graph.getEdgeAttributes(tieId(doc.egoId, personId("husband")));
    const rare = graph.getEdgeAttributes(tieId(doc.egoId, personId("endo")));
    expect(strong.band).toBe("strong");
    expect(rare.band).toBe("very_weak");
    expect(strong.size).toBeGreaterThan(rare.size);
  });
});
