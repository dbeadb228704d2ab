import { describe, expect, it } from "vitest";
import { UndirectedGraph } from "../../../src/domain/graph/graphology";
import { computeAll } from "../../../src/domain/metrics/computeAll";
import { PACK_MIN_ROWS, packReport, unpackReport, unpackReportSliced } from "../../../src/workers/reportCodec";
import { packResponse, unpackResponse } from "../../../src/workers/protocol";

/** What the main thread receives: the packed message structured-cloned with its buffers moved. */
function roundTrip(report: unknown): unknown {
  const { packed, transfer } = packReport(report);
  return unpackReport(structuredClone(packed, { transfer }));
}

function bigReport(n: number) {
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`p${i}`, { label: `P ${i}`, role: i === 0 ? "ego" : "alter" });
  for (let i = 1; i < n; i++) g.addEdge("p0", `p${i}`, { weight: (i % 5) / 5 + 0.1 });
  for (let i = 1; i + 1 < n; i += 3) g.addEdge(`p${i}`, `p${i + 1}`, { weight: 0.5 });
  return computeAll(g, { egoId: "p0", diffusion: true, diffusionSamples: 200, seed: 1 });
}

/** Deep equality with Object.is leaves and the same key order (vitest's equality reads an own
 * `constructor` key as the object's class, so it cannot compare records keyed by such ids). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same(ra[k], rb[k]));
}

describe("reportCodec", () => {
  it("rebuilds a 400-person analysis with the same keys, order and numbers", () => {
    const report = bigReport(400);
    const back = roundTrip(report);
    expect(back).toStrictEqual(structuredClone(report));
    expect(JSON.stringify(back)).toBe(JSON.stringify(report));
    const { packed } = packReport(report);
    expect(packed.paths.map((p) => p.join("."))).toEqual(
      expect.arrayContaining([
        "node_metrics",
        "edge_metrics",
        "ego_analysis.p0.per_alter",
        "ego_analysis.p0.explanations",
        "ego_analysis.p0.diffusion.marginal_reach",
        "attribute_metrics.per_node",
      ]),
    );
    // Nested records (an explanation's `terms`) are tables too, not cloned objects.
    const explanations = packed.tables[packed.paths.findIndex((p) => p.at(-1) === "explanations")];
    expect(explanations?.columns.find((c) => c.key === "terms")?.sub).not.toBeNull();
  });

  it("keeps null, absent keys, booleans, -0, NaN, strings and ids such as __proto__", () => {
    // fromEntries makes `__proto__` an own key, as the metrics' null-prototype records hold it.
    const rows: Record<string, unknown> = Object.fromEntries(
      Array.from({ length: PACK_MIN_ROWS }, (_, i) => [
        i === 3 ? "__proto__" : i === 4 ? "constructor" : `n${i}`,
        {
          a: i === 1 ? null : i === 2 ? -0 : i === 5 ? Number.NaN : i / 7,
          ...(i % 2 === 0 ? { b: true } : {}),
          c: i % 3 === 0 ? "text" : false,
          d: i === 9 ? [1, 2] : undefined,
        },
      ]),
    );
    const report = { node_metrics: rows, small: { x: 1 } };
    const back = roundTrip(report) as { node_metrics: Record<string, Record<string, unknown>> };
    expect(Object.keys(back.node_metrics)).toEqual(Object.keys(rows));
    expect(Object.hasOwn(back.node_metrics, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(back.node_metrics)).toBe(Object.prototype);
    expect(same(back, structuredClone(report))).toBe(true);
    expect(same(back, { ...report, small: { x: 2 } })).toBe(false);
    expect(Object.is(back.node_metrics["n2"]?.["a"], -0)).toBe(true);
    expect(Object.keys(back.node_metrics["n1"] ?? {})).toEqual(["a", "c", "d"]);
  });

  it("sends records with keys in another order as they are", () => {
    const rows = Array.from({ length: PACK_MIN_ROWS }, (_, i) => (i === 7 ? { b: 2, a: 1 } : { a: i, b: 2 }));
    const { packed } = packReport({ edge_metrics: rows });
    expect(packed.tables).toHaveLength(0);
    expect(roundTrip({ edge_metrics: rows })).toStrictEqual({ edge_metrics: rows });
  });

  it("a worker response survives packing; errors pass through", () => {
    const report = bigReport(300);
    const { message, transfer } = packResponse({ type: "result", revision: 4, report });
    expect(message.type).toBe("packed-result");
    expect(transfer.length).toBeGreaterThan(0);
    expect(unpackResponse(structuredClone(message, { transfer }))).toStrictEqual({
      type: "result",
      revision: 4,
      report: structuredClone(report),
    });
    const failure = { type: "error", revision: 2, message: "x" } as const;
    expect(unpackResponse(packResponse(failure).message)).toBe(failure);
  });

  it("rebuilds the same report in slices, pausing between them", async () => {
    const report = bigReport(3000);
    const { packed } = packReport(report);
    let clock = 0;
    let pauses = 0;
    const back = await unpackReportSliced(
      packed,
      async () => {
        pauses++;
      },
      25,
      () => (clock += 10),
    );
    expect(pauses).toBeGreaterThan(2);
    expect(back).toStrictEqual(unpackReport(packed));
    expect(JSON.stringify(back)).toBe(JSON.stringify(report));
  });
});
