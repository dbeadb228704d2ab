// Metrics Web Worker entry: every "compute" message is answered with a "result" or "error"
// message carrying the same revision (see protocol.ts). Metrics never run on the main thread.
// The shortest-path sweep of a large map is shared with a pool of nested workers
// (navigator.hardwareConcurrency − 1 of them, 1…8; pathsPool.ts), and so are the two Louvain
// partitions once the pool's workers have started; messages are handled one at a time, in
// order, so the pool runs one sweep at a time.
import { createDocumentMemory, handleComputeWith, isNeedDocument } from "./handleCompute";
import { packResponse } from "./protocol";
import { appThreads, createPathsPool, type PathsReply, type PoolWorker } from "./pathsPool";

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

function spawnPathsWorker(): PoolWorker {
  const worker = new Worker(new URL("./pathsWorker.ts", import.meta.url), { type: "module" });
  return {
    post: (job) => worker.postMessage(job),
    listen(onReply, onError) {
      worker.onmessage = (event: MessageEvent) => onReply(event.data as PathsReply);
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        onError(event.message || "path worker failed");
      };
    },
    terminate: () => worker.terminate(),
  };
}

const threads = typeof Worker === "undefined" ? 1 : appThreads(navigator.hardwareConcurrency);
// One thread: the sweep stays in this worker (no nested worker would run beside it).
const pool = createPathsPool({ workers: threads > 1 ? threads : 0, hostComputes: false, spawn: spawnPathsWorker });

const scope = self as unknown as WorkerScope;
// The last document received, for the requests that send only their change against it.
const remember = createDocumentMemory();
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent) => {
  queue = queue
    .then(async () => {
      const request = remember(event.data);
      if (isNeedDocument(request)) {
        scope.postMessage(request, []);
        return;
      }
      // The report's tables are transferred, not cloned (reportCodec.ts).
      const { message, transfer } = packResponse(await handleComputeWith(request, pool.sweep, pool.louvain));
      scope.postMessage(message, transfer);
    })
    .catch(() => undefined);
};
