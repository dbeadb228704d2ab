// The path-sweep pool gives the one-thread numbers bit for bit, whatever the number of threads:
// the same fixed source ranges, the same reduction order. Threads are simulated in process here
// (each job is structured-cloned both ways, as postMessage does); tests/unit/cli/nodePool.test.ts
// runs real worker_threads.
import { UndirectedGraph } from "graphology";
import { describe, expect, it, vi } from "vitest";
import { randomGraph } from "../../../src/cli/benchGraphs";
import { buildCsr } from "../../../src/domain/metrics/csr";
import { computeAll, computeAllWith } from "../../../src/domain/metrics/computeAll";
import { louvainInput } from "../../../src/domain/metrics/louvain";
import { pathCentralities, sourceRanges, type PathCentralities } from "../../../src/domain/metrics/paths";
import {
  appThreads,
  createPathsPool,
  runPathsJob,
  type PathsReply,
  type PoolWorker,
} from "../../../src/workers/pathsPool";

/**
 * A thread that answers asynchronously through structured clones, like a Worker (a shared
 * counter stays shared, as a SharedArrayBuffer does across threads); `log` gets the index of
 * every range it computed.
 */
function fakeWorker(log: number[] = []): PoolWorker {
  let reply: ((r: PathsReply) => void) | null = null;
  return {
    post(job) {
      const claim = job.type === "paths" ? job.claim : undefined;
      const copy = claim ? { ...structuredClone({ ...job, claim: undefined }), claim } : structuredClone(job);
      setTimeout(
        () =>
          runPathsJob(copy, (r) => {
            if (r.type === "partial") log.push(r.index);
            reply?.(structuredClone(r));
          }),
        0,
      );
    },
    listen(onReply) {
      reply = onReply;
    },
    terminate() {},
  };
}

function brokenWorker(): PoolWorker {
  let fail: ((message: string) => void) | null = null;
  return {
    post: () => setTimeout(() => fail?.("worker script failed to load"), 0),
    listen: (_onReply, onError) => (fail = onError),
    terminate() {},
  };
}

const sameBits = (a: PathCentralities, b: PathCentralities): void => {
  for (const key of ["betweenness", "edgeBetweenness", "closeness"] as const) {
    expect(Array.from(a[key])).toEqual(Array.from(b[key]));
  }
};

// 1,500 nodes / 7,500 edges: 2.25·10⁷ arc visits, over the split threshold.
const big = buildCsr(randomGraph(1_500, 7_500, 5));

describe("path-sweep pool", () => {
  it("splits a large graph into the fixed ranges and a small one not at all", () => {
    expect(sourceRanges(big).length).toBeGreaterThan(1);
    expect(sourceRanges(buildCsr(randomGraph(200, 600, 1)))).toEqual([{ from: 0, to: 200, step: 1 }]);
    const ranges = sourceRanges(big);
    expect(ranges[0]!.from).toBe(0);
    expect(ranges.at(-1)!.to).toBe(big.n);
    ranges.slice(1).forEach((r, i) => expect(r.from).toBe(ranges[i]!.to));
  });

  it.each([
    [1, true, true],
    [3, false, true],
    [1, true, false],
    [3, false, false],
  ])(
    "returns the one-thread betweenness, edge betweenness and closeness bit for bit with %i workers (host computes: %s, shared memory: %s)",
    async (workers, hostComputes, shared) => {
      // Without shared memory (a page that is not cross-origin isolated) ranges go out by message.
      if (!shared) vi.stubGlobal("crossOriginIsolated", false);
      const log: number[] = [];
      const pool = createPathsPool({ workers, hostComputes, spawn: () => fakeWorker(log) });
      try {
        sameBits(await pool.sweep(big), pathCentralities(big));
        const first = log.splice(0);
        sameBits(await pool.sweep(big, false), pathCentralities(big, false));
        // Every range was computed by exactly one participant; without the host, all by workers.
        for (const remote of [first, log]) {
          expect(remote.length).toBeGreaterThan(0);
          expect(new Set(remote).size).toBe(remote.length);
          if (!hostComputes) expect([...remote].sort((a, b) => a - b)).toEqual(sourceRanges(big).map((_, i) => i));
        }
      } finally {
        pool.close();
        vi.unstubAllGlobals();
      }
    },
  );

  it("posts the workers their ranges before sweep() returns, so the caller's next work overlaps them", async () => {
    let posted = 0;
    const pool = createPathsPool({
      workers: 1,
      hostComputes: true,
      spawn: () => {
        const w = fakeWorker();
        return { ...w, post: (job) => (posted++, w.post(job)) };
      },
    });
    try {
      const result = pool.sweep(big);
      expect(posted).toBe(1);
      sameBits(await result, pathCentralities(big));
    } finally {
      pool.close();
    }
  });

  it("gives computeAll's report unchanged when the sweep runs on the pool", async () => {
    const graph = randomGraph(1_500, 7_500, 5);
    const pool = createPathsPool({ workers: 2, hostComputes: true, spawn: () => fakeWorker() });
    try {
      expect(await computeAllWith(graph, { seed: 1 }, pool.sweep)).toEqual(computeAll(graph, { seed: 1 }));
    } finally {
      pool.close();
    }
  });

  it("partitions Louvain (both) on a worker exactly as the host would, ids like 12, __proto__ and constructor included", async () => {
    // Small enough for one sweep range (sourceRanges): not split, yet given to a started worker.
    const source = randomGraph(1_000, 5_000, 5);
    // Integer-like keys are ordered numerically in JavaScript objects; prototype words are data.
    const name = (key: string): string =>
      key === "n7" ? "__proto__" : key === "n8" ? "constructor" : String((Number(key.slice(1)) * 7919) % 1_000);
    const graph = new UndirectedGraph();
    source.forEachNode((key, attrs) => graph.addNode(name(key), attrs));
    source.forEachEdge((_e, attrs, a, b) => graph.addEdge(name(a), name(b), attrs));
    const types: string[] = [];
    const pool = createPathsPool({
      workers: 1,
      hostComputes: true,
      spawn: () => {
        const w = fakeWorker();
        return { ...w, post: (job) => (types.push(job.type), w.post(job)) };
      },
    });
    try {
      expect(sourceRanges(buildCsr(graph))).toHaveLength(1);
      const expected = JSON.stringify(computeAll(graph, { seed: 3 }));
      // Before the workers are started the host partitions (no worker is started for it alone)…
      expect(pool.louvain(louvainInput(buildCsr(graph), true, 3, 1))).toBeNull();
      expect(JSON.stringify(await computeAllWith(graph, { seed: 3 }, pool.sweep, pool.louvain))).toBe(expected);
      expect(types).toEqual([]);
      // …after, a worker does both partitions, before the sweep (one range on this graph: the
      // worker or the host takes it, whoever is free first).
      pool.warm();
      const offloaded = await computeAllWith(graph, { seed: 3 }, pool.sweep, pool.louvain);
      expect(types).toEqual(["louvain", "louvain", "paths"]);
      expect(JSON.stringify(offloaded)).toBe(expected);
    } finally {
      pool.close();
    }
  });

  it("computes on this thread, with the same numbers, when a worker fails", async () => {
    const pool = createPathsPool({ workers: 2, hostComputes: false, spawn: brokenWorker });
    sameBits(await pool.sweep(big), pathCentralities(big));
    pool.close();
  });

  it("sizes the app's pool to the cores minus the page's, between 1 and 8", () => {
    expect([undefined, 1, 2, 4, 16].map(appThreads)).toEqual([1, 1, 1, 3, 8]);
  });
});
