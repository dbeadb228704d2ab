import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { randomGraph } from "../../../../src/cli/benchGraphs";
import { brokerageCounts } from "../../../../src/domain/metrics/brokerage";
import { buildCsr, type Csr } from "../../../../src/domain/metrics/csr";
import type { BrokerageCounts } from "../../../../src/domain/metrics/types";

/** The definition itself: every unordered pair of b's neighbours with no tie between them. */
function byDefinition(csr: Csr, group: Int32Array): BrokerageCounts[] {
  const tied = new Set<string>();
  for (let e = 0; e < csr.m; e++) tied.add(`${csr.edgeSource[e]}-${csr.edgeTarget[e]}`);
  const adjacent = (x: number, y: number) => tied.has(`${x}-${y}`) || tied.has(`${y}-${x}`);
  const out: BrokerageCounts[] = [];
  for (let b = 0; b < csr.n; b++) {
    const r = { coordinator: 0, itinerant: 0, representative_gatekeeper: 0, liaison: 0 };
    const around = Array.from(csr.neighbours.subarray(csr.offsets[b], csr.offsets[b + 1]));
    for (let i = 0; i < around.length; i++)
      for (let j = i + 1; j < around.length; j++) {
        const [x, y] = [around[i]!, around[j]!];
        if (adjacent(x, y)) continue;
        const [gb, gx, gy] = [group[b], group[x], group[y]];
        if (gx === gy) r[gx === gb ? "coordinator" : "itinerant"]++;
        else r[gx === gb || gy === gb ? "representative_gatekeeper" : "liaison"]++;
      }
    out.push(r);
  }
  return out;
}

function groupsOf(csr: Csr, groups: number, seed: number): Int32Array {
  const group = new Int32Array(csr.n);
  for (let i = 0; i < csr.n; i++) group[i] = (i * 7919 + seed) % groups;
  return group;
}

describe("brokerageCounts", () => {
  it("counts the open pairs around every broker by role, as the definition does, on random graphs", () => {
    for (const [n, m, seed, groups] of [
      [60, 300, 1, 3],
      [120, 400, 2, 5],
      [200, 1500, 3, 2],
    ] as const) {
      const csr = buildCsr(randomGraph(n, m, seed));
      const group = groupsOf(csr, groups, seed);
      expect(brokerageCounts(csr, group, groups)).toEqual(byDefinition(csr, group));
    }
  });

  it("counts every pair of a star's leaves at the centre and nothing at the leaves, a few ties among them aside", () => {
    const g = new UndirectedGraph();
    g.addNode("ego");
    for (let i = 0; i < 500; i++) g.mergeUndirectedEdge("ego", `a${i}`);
    g.addUndirectedEdge("a1", "a2");
    g.addUndirectedEdge("a2", "a3");
    const csr = buildCsr(g);
    const group = groupsOf(csr, 4, 0);
    const counts = brokerageCounts(csr, group, 4);
    expect(counts).toEqual(byDefinition(csr, group));
    const ego = counts[csr.index.get("ego")!]!;
    expect(ego.coordinator + ego.itinerant + ego.representative_gatekeeper + ego.liaison).toBe((500 * 499) / 2 - 2);
    expect(counts[csr.index.get("a10")!]).toEqual({
      coordinator: 0,
      itinerant: 0,
      representative_gatekeeper: 0,
      liaison: 0,
    });
  });
});
