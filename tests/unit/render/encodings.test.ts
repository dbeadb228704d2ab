import { describe, expect, it } from "vitest";
import { computeReport } from "../../../src/domain/insights/report";
import { personId, tieId, type PersonId } from "../../../src/domain/model";
import { buildRenderGraph } from "../../../src/render/buildRenderGraph";
import { nodeSizer } from "../../../src/render/nodeSizes";
import { EGO_COLOR } from "../../../src/render/colors";
import {
  BAND_STYLE,
  CATEGORY_PALETTE,
  communityColors,
  EGO_SIZE,
  LOCAL_BRIDGE_COLOR,
  nodeSize,
  PLANNED_STYLE,
  SIZE_RANGE,
} from "../../../src/render/encodings";
import { paddedHull } from "../../../src/render/hulls";
import { polygonContains } from "d3-polygon";
import { sampleDoc } from "../domain/insights/helpers";

const doc = sampleDoc();
const report = computeReport(doc);
const ego = report.ego_analysis![doc.egoId]!;

describe("buildRenderGraph encodings", () => {
  const graph = buildRenderGraph(doc, { report });

  it("sizes contacts by information potential: the top source is the largest contact", () => {
    const top = ego.summary.top_alters[0]!;
    const sizes = ego.alters.map((id) => graph.getNodeAttribute(id, "size"));
    expect(graph.getNodeAttribute(top, "size")).toBe(Math.max(...sizes));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SIZE_RANGE[1]);
    expect(graph.getNodeAttribute(doc.egoId, "size")).toBe(EGO_SIZE);
  });

  it("draws every band with its own dash pattern, and a local bridge in the bridge colour", () => {
    const styles = new Set(Object.values(BAND_STYLE).map((s) => `${s.dash}/${s.dashRatio}`));
    expect(styles.size).toBe(3);
    const bridgeAlter = ego.alters.find((id) => ego.per_alter[id]?.is_local_bridge)!;
    const e = graph.getEdgeAttributes(tieId(doc.egoId, personId(bridgeAlter)));
    expect(e.isLocalBridge).toBe(true);
    expect(e.color).toBe(LOCAL_BRIDGE_COLOR);
    const veryWeak = graph.findEdge((_, a) => a.band === "very_weak" && !a.isLocalBridge);
    expect(graph.getEdgeAttribute(veryWeak!, "dash")).toBe(BAND_STYLE.very_weak.dash);
  });

  it("colours by community or by detected cluster when asked", () => {
    const byCommunity = buildRenderGraph(doc, { report, view: { colorBy: "community" } });
    const colors = communityColors(doc);
    expect(byCommunity.getNodeAttribute(personId("mother"), "color")).toBe(colors.family);
    const byCluster = buildRenderGraph(doc, { report, view: { colorBy: "cluster" } });
    const cluster = report.graph_metrics.louvain.unweighted.membership.mother!;
    expect(byCluster.getNodeAttribute(personId("mother"), "color")).toBe(
      CATEGORY_PALETTE[cluster % CATEGORY_PALETTE.length],
    );
    expect(byCluster.getNodeAttribute(doc.egoId, "color")).toBe(EGO_COLOR);
  });

  it("hides the ego in the 'without me' view", () => {
    expect(buildRenderGraph(doc, { view: { withoutMe: true } }).getNodeAttribute(doc.egoId, "hidden")).toBe(true);
  });

  it("draws a planned tie with the planned dash pattern and a planned person pale", () => {
    const planned = {
      ...doc,
      ties: {
        ...doc.ties,
        [tieId(personId("mother"), personId("okada"))]: {
          id: tieId(personId("mother"), personId("okada")),
          a: personId("mother"),
          b: personId("okada"),
          answers: {},
          planned: true,
        },
      },
    };
    const g = buildRenderGraph(planned);
    expect(g.getEdgeAttribute(tieId(personId("mother"), personId("okada")), "dash")).toBe(PLANNED_STYLE.dash);
  });
});

describe("paddedHull", () => {
  it("encloses every member with a margin of the padding", () => {
    const pts: [number, number][] = [
      [0, 0],
      [10, 0],
      [5, 8],
    ];
    const hull = paddedHull(pts, 6)!;
    for (const [x, y] of pts) {
      for (const [dx, dy] of [
        [5, 0],
        [-5, 0],
        [0, 5],
        [0, -5],
      ])
        expect(polygonContains(hull, [x + dx!, y + dy!])).toBe(true);
    }
  });

  it("returns a circle around a single member and null without members", () => {
    expect(paddedHull([[3, 3]], 4)?.length).toBeGreaterThan(6);
    expect(paddedHull([], 4)).toBeNull();
  });
});

describe("nodeSizer: the render graph's sizes with one scale for all people", () => {
  it("gives nodeSize's size for every person, score and missing score", () => {
    const scored = { values: { a: 0, b: 0.25, c: 1, d: 3.5, e: 1e-12 } as Record<string, number>, max: 3.5 };
    const ids = ["a", "b", "c", "d", "e", "missing"] as PersonId[];
    for (const s of [scored, null, { values: {}, max: 1e-9 }])
      for (const id of ids)
        for (const isEgo of [false, true]) expect(nodeSizer(s)(id, isEgo)).toBe(nodeSize(id, isEgo, s));
    expect(nodeSizer(scored)("d" as PersonId, false)).toBeGreaterThan(nodeSizer(scored)("b" as PersonId, false));
  });
});
