// The CLI's path-sweep pool on node:worker_threads (see src/workers/pathsPool.ts): the main
// thread computes its share, `threads − 1` workers the rest. From the bundle (dist-cli/) the
// worker is dist-cli/pathsWorker.mjs; from TypeScript (tests, tsx) it registers tsx first.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createPathsPool, type PathsPool, type PathsReply, type PoolWorker } from "../workers/pathsPool";

/** Threads of the CLI by default: one per core, at most 8. */
export function defaultCliThreads(): number {
  return Math.min(8, Math.max(1, availableParallelism()));
}

function spawnNodeWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./pathsWorker.mjs", here));
  const entry = new URL("./pathsWorkerNode.ts", here).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

function adapt(worker: Worker): PoolWorker {
  return {
    post: (job) => worker.postMessage(job),
    listen(onReply, onError) {
      worker.on("message", (reply: PathsReply) => onReply(reply));
      worker.on("error", (e: Error) => onError(e.message));
    },
    terminate: () => void worker.terminate(),
  };
}

/** A pool of `threads` threads in all (this one included). */
export function createNodePathsPool(threads = defaultCliThreads()): PathsPool {
  return createPathsPool({ workers: threads - 1, hostComputes: true, spawn: () => adapt(spawnNodeWorker()) });
}
