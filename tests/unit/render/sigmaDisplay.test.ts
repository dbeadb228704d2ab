// The label layer reads sigma's display data without a copy per node: the reader returns what
// sigma holds for a node (the same record, as it is now), nothing for a node sigma does not
// know (an Object.prototype word included), and sigma's own copying answer where its cache is
// not there.
import { describe, expect, it } from "vitest";
import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
import { nodeDisplayReader } from "../../../src/render/sigmaDisplay";

const data = (x: number, label: string) =>
  ({ x, y: 0, size: 2, label, color: "#000", hidden: false }) as NodeDisplayData;

function fakeSigma(cache: Record<string, NodeDisplayData> | undefined) {
  const copies: string[] = [];
  const sigma = {
    nodeDataCache: cache,
    getNodeDisplayData: (id: string) => {
      copies.push(id);
      return { ...data(-1, `copy of ${id}`) };
    },
  };
  return { sigma: sigma as unknown as Sigma, copies, self: sigma };
}

describe("nodeDisplayReader", () => {
  it("reads sigma's own record, the one in force when it is read", () => {
    const cache: Record<string, NodeDisplayData> = { a: data(1, "鈴木 花子") };
    const { sigma, copies, self } = fakeSigma(cache);
    const read = nodeDisplayReader(sigma);
    expect(read("a")).toBe(cache.a);
    // sigma clears by putting a new object in place: the reader follows it.
    self.nodeDataCache = { a: data(5, "after") };
    expect(read("a")?.x).toBe(5);
    expect(copies).toEqual([]);
  });

  it("answers nothing for a node sigma does not hold, prototype words included", () => {
    const { sigma } = fakeSigma({ constructor: data(3, "constructor") });
    const read = nodeDisplayReader(sigma);
    expect(read("__proto__")).toBeUndefined();
    expect(read("toString")).toBeUndefined();
    expect(read("constructor")?.label).toBe("constructor");
  });

  it("falls back on getNodeDisplayData where the cache is not there", () => {
    const { sigma, copies } = fakeSigma(undefined);
    expect(nodeDisplayReader(sigma)("b")?.label).toBe("copy of b");
    expect(copies).toEqual(["b"]);
  });
});
