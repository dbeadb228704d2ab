// The report written in pieces is the text JSON.stringify(report, null, 2) writes, byte for byte.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { egoMap } from "../../../src/cli/benchGraphs";
import { batched, jsonChunks, writeJson } from "../../../src/cli/jsonChunks";
import { computeAll } from "../../../src/domain/metrics/computeAll";

const same = (value: unknown, depth?: number): void =>
  expect([...batched(jsonChunks(value, depth), 100)].join("")).toBe(JSON.stringify(value, null, 2));

describe("jsonChunks", () => {
  it("returns JSON.stringify's text of a whole report, ego analysis included", () => {
    same(computeAll(egoMap(30, 60, 3), { egoId: "ego", diffusionSamples: 200, seed: 1 }));
  });

  it("returns JSON.stringify's text for empty, missing, odd and nested values at every depth", () => {
    const odd = {
      a: [],
      b: {},
      c: undefined,
      d: [undefined, () => 1, null, "x\ny", { e: [1, { f: 2 }] }],
      constructor: { __proto__: 1 },
      g: new Date(0),
      h: Object.assign(Object.create(null) as object, { k: 1 }),
    };
    for (const depth of [0, 1, 2, 3, 6]) same(odd, depth);
    same([], 3);
    same("text", 3);
  });
});

describe("writeJson", () => {
  const written = (value: unknown, depth?: number, size?: number): string => {
    const blocks: string[] = [];
    writeJson(value, (b) => blocks.push(b), depth, size);
    return blocks.join("");
  };

  it("writes JSON.stringify's text and a newline for a report, in blocks, at every depth", () => {
    const report = computeAll(egoMap(30, 60, 3), { egoId: "ego", diffusionSamples: 200, seed: 1 });
    for (const depth of [0, 1, 2, 3, 6])
      expect(written(report, depth, 50)).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it("writes odd values (undefined, functions, toJSON, null prototypes) as JSON.stringify does", () => {
    const odd = {
      a: [],
      b: {},
      c: undefined,
      d: [undefined, () => 1, null, "x\ny", { e: [1, { f: 2 }] }],
      constructor: { __proto__: 1 },
      g: new Date(0),
      h: Object.assign(Object.create(null) as object, { k: 1 }),
      i: { only: undefined },
    };
    for (const depth of [0, 1, 2, 3, 6]) expect(written(odd, depth, 7)).toBe(`${JSON.stringify(odd, null, 2)}\n`);
  });

  it("writes flat objects of any numbers, strings and booleans as JSON.stringify does", () => {
    const scalar = fc.oneof(
      fc.double(),
      fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e21, 5e-324),
      fc.string({ unit: "binary" }),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    );
    const flat = fc.dictionary(fc.string({ unit: "binary" }), scalar);
    fc.assert(
      fc.property(fc.dictionary(fc.string(), flat), fc.array(flat), (nodes, edges) => {
        const report = { node_metrics: nodes, edge_metrics: edges };
        expect(written(report, 2, 64)).toBe(`${JSON.stringify(report, null, 2)}\n`);
      }),
      { numRuns: 200 },
    );
  });
});
