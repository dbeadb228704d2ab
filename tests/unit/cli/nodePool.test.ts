// The CLI's pool on real worker_threads: the same numbers as one thread, bit for bit.
import { describe, expect, it } from "vitest";
import { randomGraph } from "../../../src/cli/benchGraphs";
import { createNodePathsPool } from "../../../src/cli/nodePool";
import { buildCsr } from "../../../src/domain/metrics/csr";
import { pathCentralities } from "../../../src/domain/metrics/paths";

describe("createNodePathsPool", () => {
  it("returns the one-thread shortest-path centralities bit for bit on 2 threads", async () => {
    const csr = buildCsr(randomGraph(1_500, 7_500, 9));
    const pool = createNodePathsPool(2);
    try {
      const split = await pool.sweep(csr);
      const one = pathCentralities(csr);
      expect(Array.from(split.betweenness)).toEqual(Array.from(one.betweenness));
      expect(Array.from(split.edgeBetweenness)).toEqual(Array.from(one.edgeBetweenness));
      expect(Array.from(split.closeness)).toEqual(Array.from(one.closeness));
    } finally {
      pool.close();
    }
  });
});
