import { describe, expect, it } from "vitest";
import { UndirectedGraph } from "../../../src/domain/graph/graphology";
import { computeAll } from "../../../src/domain/metrics/computeAll";
import {
  PACK_MIN_ROWS,
  packReport,
  rarelyRead,
  unpackReport,
  unpackReportSliced,
} from "../../../src/workers/reportCodec";
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
  it("writes the list of person ids once for all the tables keyed by it", () => {
    const report = bigReport(400);
    const { packed, transfer } = packReport(report);
    const ids = (path: string) => packed.tables[packed.paths.findIndex((p) => p.join(".") === path)]?.ids;
    expect(ids("node_metrics")).toHaveLength(400);
    expect(ids("attribute_metrics.per_node")).toBe(ids("node_metrics"));
    expect(ids("ego_analysis.p0.per_alter")).toHaveLength(399);
    expect(ids("ego_analysis.p0.explanations")).toBe(ids("ego_analysis.p0.per_alter"));
    // A structured clone keeps the one list one list (what the main thread reads once).
    const copy = structuredClone(packed, { transfer });
    const copyIds = (path: string) => copy.tables[copy.paths.findIndex((p) => p.join(".") === path)]?.ids;
    expect(copyIds("attribute_metrics.per_node")).toBe(copyIds("node_metrics"));
    expect(JSON.stringify(unpackReport(copy))).toBe(JSON.stringify(report));
  });

  it("builds the rarely read tables when they are first read, the same and in their place", async () => {
    const report = bigReport(400);
    const { packed, transfer } = packReport(report);
    const lazyPaths = packed.paths.filter((p) => rarelyRead(p)).map((p) => p.join("."));
    expect(lazyPaths).toEqual(
      expect.arrayContaining([
        "graph_metrics.louvain.unweighted.membership",
        "attribute_metrics.per_node",
        "ego_analysis.p0.summary.group_weights",
      ]),
    );
    expect(lazyPaths).toContain("node_metrics");
    // What the page reads at every analysis (sizes and labels, bridges, top sources) comes built.
    for (const read of ["ego_analysis.p0.per_alter", "edge_metrics", "ego_analysis.p0.explanations"])
      expect(lazyPaths).not.toContain(read);
    const back = (await unpackReportSliced(structuredClone(packed, { transfer }), async () => {})) as typeof report;
    const holder = back.graph_metrics.louvain.unweighted as unknown as Record<string, unknown>;
    expect(typeof Object.getOwnPropertyDescriptor(holder, "membership")?.get).toBe("function");
    expect(Object.keys(holder)).toEqual(Object.keys(report.graph_metrics.louvain.unweighted));
    const membership = back.graph_metrics.louvain.unweighted.membership;
    expect(membership).toStrictEqual(structuredClone(report.graph_metrics.louvain.unweighted.membership));
    // Built once: a data property from then on, the same object at every read.
    expect(Object.getOwnPropertyDescriptor(holder, "membership")?.value).toBe(membership);
    expect(back.graph_metrics.louvain.unweighted.membership).toBe(membership);
    // Written before it is read: the written value stands.
    const other = unpackReport(packReport(report).packed) as typeof report;
    const perNode = { p0: null };
    (other.attribute_metrics as unknown as Record<string, unknown>)["per_node"] = perNode;
    expect(other.attribute_metrics.per_node).toBe(perNode);
    // Serialised or cloned unread, the report is whole.
    const unread = unpackReport(packReport(report).packed);
    expect(JSON.stringify(unread)).toBe(JSON.stringify(report));
    expect(same(structuredClone(unpackReport(packReport(report).packed)), structuredClone(report))).toBe(true);
  });
  it("sends a column of few strings as a list of them and numbers, and gives the same strings back", () => {
    const bands = ["strong", "medium", "weak", "強い"];
    const rows = Array.from({ length: PACK_MIN_ROWS * 2 }, (_, i) => ({
      band: i % 9 === 0 ? null : bands[i % 4],
      name: `人 ${i}`,
      ...(i % 5 === 0 ? {} : { group: i % 2 === 0 ? "__proto__" : "constructor" }),
    }));
    const report = { edge_metrics: rows };
    const { packed } = packReport(report);
    const columns = packed.tables[0]?.columns ?? [];
    const column = (key: string) => columns.find((c) => c.key === key);
    expect([...(column("band")?.strings ?? [])].sort()).toEqual([...bands].sort());
    expect(column("band")?.others).toBeNull();
    expect([...(column("group")?.strings ?? [])].sort()).toEqual(["__proto__", "constructor"]);
    // Every name differs: sent as the strings they are.
    expect(column("name")?.strings ?? null).toBeNull();
    expect(column("name")?.others).toHaveLength(rows.length);
    const back = roundTrip(report);
    expect(back).toStrictEqual(report);
    expect(JSON.stringify(back)).toBe(JSON.stringify(report));
  });
});
