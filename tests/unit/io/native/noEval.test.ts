// The app's Content-Security-Policy has no 'unsafe-eval': zod must neither compile parsers with
// `new Function` nor probe whether it may (the probe alone is reported as a CSP violation), in the
// page or in the import worker, both of which load the schema module.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";

describe("native schema without eval", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("defines and parses the schemas without ever constructing a Function", async () => {
    const original = globalThis.Function;
    const evaluated: string[] = [];
    const spy = new Proxy(original, {
      construct(target, args: string[]) {
        evaluated.push(args.join(", ").slice(0, 60) || "(empty)");
        return Reflect.construct(target, args) as object;
      },
      apply(target, thisArg, args: string[]) {
        evaluated.push(args.join(", ").slice(0, 60) || "(empty)");
        return Reflect.apply(target, thisArg, args) as unknown;
      },
    });
    vi.stubGlobal("Function", spy);
    const { parseNative } = await import("../../../../src/io/native/native");
    const result = parseNative(readFileSync("data/sample-network.json", "utf8"));
    expect(result.ok).toBe(true);
    expect(evaluated).toEqual([]);
  });
});
