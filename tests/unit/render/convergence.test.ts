// The clusters layout's stopping rule, on the same ForceAtlas2 (run synchronously here) and the
// same simulated graph as the worker in the app.
import forceAtlas2 from "graphology-layout-forceatlas2";
import { describe, expect, it } from "vitest";
import { addPerson, personId, setTie, type MapDocument } from "../../../src/domain/model";
import { parseLinkedIn } from "../../../src/io/import/linkedin";
import { buildRenderGraph } from "../../../src/render/buildRenderGraph";
import { DEFAULT_CONVERGENCE, spread, trackConvergence } from "../../../src/render/convergence";
import { clustersSettings, edgeWeight, simulationOf } from "../../../src/render/layoutWorker";
import { sampleNetwork } from "../support/documents";
import { generateLinkedInExport } from "../../support/linkedinExport";

function settle(doc: MapDocument): {
  state: string;
  iterations: number;
  positions: Map<string, { x: number; y: number }>;
} {
  const sim = simulationOf(buildRenderGraph(doc), new Set());
  const settings = clustersSettings(sim.copy);
  const tracker = trackConvergence();
  let state = "running";
  const positions = new Map<string, { x: number; y: number }>();
  while (state === "running") {
    forceAtlas2.assign(sim.copy, { iterations: 1, settings, getEdgeWeight: (_e, a) => edgeWeight(a.strength) });
    positions.clear();
    sim.copy.forEachNode((k, a) => {
      if (sim.idOf.has(k)) positions.set(k, { x: a.x, y: a.y });
    });
    state = tracker.step(positions);
  }
  return { state, iterations: tracker.iterations, positions };
}

function linkedIn200(): MapDocument {
  const r = parseLinkedIn("Connections.csv", generateLinkedInExport(200).text);
  if (!r.ok) throw new Error("the generated export must parse");
  return r.value.doc;
}

describe("trackConvergence", () => {
  it("converges once the mean movement stays under the threshold, not before the minimum", () => {
    const t = trackConvergence({ threshold: 0.01, window: 3, minIterations: 5, maxIterations: 100 });
    const at = (x: number) =>
      new Map([
        ["a", { x, y: 0 }],
        ["b", { x: 10, y: 0 }],
      ]);
    expect(t.step(at(0))).toBe("running");
    expect(t.step(at(0))).toBe("running");
    expect(t.step(at(0))).toBe("running");
    expect(t.step(at(0))).toBe("running");
    expect(t.step(at(0))).toBe("converged");
  });

  it("keeps running while people move, and gives up at the cap", () => {
    const t = trackConvergence({ threshold: 0.01, window: 3, minIterations: 2, maxIterations: 20 });
    let last = "running";
    for (let i = 0; i < 20; i++)
      last = t.step(
        new Map([
          ["a", { x: i * 5, y: 0 }],
          ["b", { x: 0, y: 10 }],
        ]),
      );
    expect(last).toBe("capped");
    expect(t.movement).toBeGreaterThan(0.01);
  });

  it("measures the drawing's size as the mean distance from its centre", () => {
    const s = spread(
      new Map([
        ["a", { x: -2, y: 0 }],
        ["b", { x: 2, y: 0 }],
      ]),
    );
    expect(s).toEqual({ cx: 0, cy: 0, radius: 2 });
  });
});

describe("clusters layout on real maps", () => {
  it("settles on the sample well before the cap", () => {
    const { state, iterations } = settle(sampleNetwork());
    expect(state).toBe("converged");
    expect(iterations).toBeLessThan(DEFAULT_CONVERGENCE.maxIterations / 2);
  });

  it("settles on a 200-person LinkedIn import and groups each company together", () => {
    const doc = linkedIn200();
    const { state, positions } = settle(doc);
    expect(state).toBe("converged");
    const sim = simulationOf(buildRenderGraph(doc), new Set());
    const where = new Map([...positions].map(([key, p]) => [sim.idOf.get(key) as string, p]));
    // Members of a company sit closer to their company's centre than to the map's centre.
    const all = spread(positions);
    const companies = Object.values(doc.communities);
    expect(companies.length).toBeGreaterThan(3);
    for (const c of companies) {
      const members = Object.values(doc.people)
        .filter((p) => p.communityIds[0] === c.id)
        .map((p) => where.get(p.id))
        .filter((p) => p !== undefined);
      if (members.length < 5) continue;
      const own = spread(new Map(members.map((p, i) => [String(i), p])));
      expect(own.radius).toBeLessThan(all.radius * 0.6);
    }
  });

  it("leaves planned (what-if) people out of the simulation and hangs them next to a real person", () => {
    let doc = sampleNetwork();
    doc = addPerson(doc, { id: personId("plan"), name: "計画 太郎", planned: true });
    doc = setTie(doc, { a: doc.egoId, b: personId("plan"), planned: true });
    doc = setTie(doc, { a: personId("aoki"), b: personId("plan"), planned: true });
    const sim = simulationOf(buildRenderGraph(doc), new Set());
    expect([...sim.idOf.values()]).not.toContain("plan");
    expect(sim.planned.get("plan")).toBe("aoki");
    expect(sim.idOf.size).toBe(Object.keys(doc.people).length - 1);
  });
});
