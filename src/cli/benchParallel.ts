// Shortest-path centralities split across threads for the bench (Node worker_threads): the
// main thread takes every (workers+1)-th source itself, each worker the others; the partial
// sums add up because every source contributes independently (Brandes 2001).
import { Worker } from "node:worker_threads";
import type { Csr } from "../domain/metrics/csr";
import { accumulatePaths, emptyPaths, normalizePaths } from "../domain/metrics/paths";
import type { PathCentralities, PathsInput } from "../domain/metrics/paths";
import type { PathsJob } from "./benchPathsWorker";

export interface PathsPool {
  readonly threads: number;
  run(csr: Csr): Promise<PathCentralities>;
  close(): Promise<void>;
}

function shared(array: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

/** Pool of `workers` threads (run under tsx: the worker registers tsx before loading its entry). */
export function createPathsPool(workers = 1): PathsPool {
  const entry = new URL("./benchPathsWorker.ts", import.meta.url).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  const pool = Array.from({ length: workers }, () => new Worker(boot, { eval: true }));
  const step = workers + 1;
  return {
    threads: step,
    async run(csr) {
      const input: PathsInput = {
        n: csr.n,
        m: csr.m,
        offsets: shared(csr.offsets),
        neighbours: shared(csr.neighbours),
        arcEdge: shared(csr.arcEdge),
      };
      const partials = pool.map(
        (worker, k) =>
          new Promise<PathCentralities>((resolve, reject) => {
            const onMessage = (result: PathCentralities): void => {
              worker.off("error", onError);
              resolve(result);
            };
            const onError = (error: Error): void => {
              worker.off("message", onMessage);
              reject(error);
            };
            worker.once("message", onMessage);
            worker.once("error", onError);
            const job: PathsJob = { input, range: { from: k + 1, to: csr.n, step } };
            worker.postMessage(job);
          }),
      );
      const total = emptyPaths(csr.n, csr.m);
      accumulatePaths(csr, { from: 0, to: csr.n, step }, total);
      for (const part of await Promise.all(partials)) {
        for (const key of ["betweenness", "edgeBetweenness", "closeness"] as const) {
          const a = total[key];
          const b = part[key];
          for (let i = 0; i < a.length; i++) a[i] = a[i]! + b[i]!;
        }
      }
      return normalizePaths(total, csr.n);
    },
    async close() {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
