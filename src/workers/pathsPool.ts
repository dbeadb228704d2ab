// A pool of threads for the shortest-path sweep (betweenness, edge betweenness, closeness: one
// BFS per source). The sources are cut into the fixed ranges of sourceRanges(csr); range r goes
// to participant r mod P; every participant returns one partial sum per range, and the host adds
// them in range order (reducePaths) — the same partition and the same order as the one-thread
// pathCentralities, so the result is bit-identical whatever the number of threads. The threads
// are Web Workers in the app (nested in the metrics worker) and worker_threads in the CLI: both
// reach the pool through PoolWorker, and both run runPathsJob on their side.
import {
  localSweep,
  partialPaths,
  pathCentralities,
  reducePaths,
  sourceRanges,
  type PathCentralities,
  type PathSweep,
  type PathsInput,
  type SourceRange,
} from "../domain/metrics/paths";

export interface PathsJob {
  readonly type: "paths";
  readonly job: number;
  readonly input: PathsInput;
  /** The ranges this participant computes, with their index in sourceRanges(input). */
  readonly ranges: readonly { readonly index: number; readonly range: SourceRange }[];
  readonly withEdges: boolean;
}

export type PathsReply =
  | { readonly type: "partial"; readonly job: number; readonly index: number; readonly partial: PathCentralities }
  | { readonly type: "error"; readonly job: number; readonly message: string };

/** What the pool needs of one thread (a Web Worker or a worker_threads Worker, adapted). */
export interface PoolWorker {
  post(job: PathsJob): void;
  /** Set the handlers of replies and of the thread failing. */
  listen(onReply: (reply: PathsReply) => void, onError: (message: string) => void): void;
  terminate(): void;
}

/** Arrays of a partial, for a transfer list (moved, not copied, back to the host). */
export function partialBuffers(partial: PathCentralities): ArrayBuffer[] {
  return [partial.betweenness, partial.edgeBetweenness, partial.closeness].map((a) => a.buffer as ArrayBuffer);
}

/** The worker side: compute every range of the job, posting each partial as soon as it is done. */
export function runPathsJob(data: unknown, post: (reply: PathsReply, transfer: ArrayBuffer[]) => void): void {
  const job = data as PathsJob;
  try {
    for (const { index, range } of job.ranges) {
      const partial = partialPaths(job.input, range, job.withEdges);
      post({ type: "partial", job: job.job, index, partial }, partialBuffers(partial));
    }
  } catch (e) {
    post({ type: "error", job: job.job, message: e instanceof Error ? e.message : String(e) }, []);
  }
}

export interface PathsPool {
  /** Threads sharing a split sweep (workers, plus the host when it computes too). */
  readonly threads: number;
  readonly sweep: PathSweep;
  close(): void;
}

export interface PathsPoolOptions {
  /** Worker threads to start (lazily, at the first split sweep; kept until close). */
  readonly workers: number;
  readonly spawn: () => PoolWorker;
  /** The host takes its share of the ranges too (the CLI's main thread; not the app's metrics worker). */
  readonly hostComputes: boolean;
}

/** Threads for the app: navigator.hardwareConcurrency − 1 (one core stays with the page), 1…8. */
export function appThreads(hardwareConcurrency: number | undefined): number {
  const cores = Number.isInteger(hardwareConcurrency) && hardwareConcurrency! > 0 ? hardwareConcurrency! : 2;
  return Math.min(8, Math.max(1, cores - 1));
}

export function createPathsPool(options: PathsPoolOptions): PathsPool {
  const threads = options.workers + (options.hostComputes ? 1 : 0);
  const workers: PoolWorker[] = [];
  let jobs = 0;
  let pending: ((reply: PathsReply) => void) | null = null;
  let failed: ((message: string) => void) | null = null;

  function ensureWorkers(): void {
    while (workers.length < options.workers) {
      const w = options.spawn();
      w.listen(
        (reply) => pending?.(reply),
        (message) => failed?.(message),
      );
      workers.push(w);
    }
  }

  async function split(csr: PathsInput, ranges: readonly SourceRange[], withEdges: boolean): Promise<PathCentralities> {
    ensureWorkers();
    const job = ++jobs;
    const input: PathsInput = {
      n: csr.n,
      m: csr.m,
      offsets: csr.offsets,
      neighbours: csr.neighbours,
      arcEdge: csr.arcEdge,
    };
    const partials: (PathCentralities | undefined)[] = new Array<PathCentralities | undefined>(ranges.length);
    let remote = 0;
    const done = new Promise<void>((resolve, reject) => {
      pending = (reply) => {
        if (reply.job !== job) return;
        if (reply.type === "error") {
          reject(new Error(reply.message));
          return;
        }
        partials[reply.index] = reply.partial;
        if (--remote === 0) resolve();
      };
      failed = (message) => reject(new Error(message));
    });
    const share = (p: number) => ranges.flatMap((range, index) => (index % threads === p ? [{ index, range }] : []));
    const hostIndex = options.hostComputes ? workers.length : -1;
    workers.forEach((w, p) => {
      const mine = share(p);
      remote += mine.length;
      if (mine.length > 0) w.post({ type: "paths", job, input, ranges: mine, withEdges });
    });
    if (hostIndex >= 0) {
      for (const { index, range } of share(hostIndex)) partials[index] = partialPaths(csr, range, withEdges);
    }
    try {
      if (remote > 0) await done;
    } finally {
      pending = null;
      failed = null;
    }
    return reducePaths(csr, partials as PathCentralities[]);
  }

  let broken = false;
  let queue: Promise<unknown> = Promise.resolve();
  async function sweepNow(csr: PathsInput, withEdges: boolean): Promise<PathCentralities> {
    const ranges = sourceRanges(csr);
    if (ranges.length === 1 || options.workers < 1 || broken) return localSweep(csr, withEdges);
    try {
      return await split(csr, ranges, withEdges);
    } catch {
      // A thread failed (or nested workers are unavailable): the same numbers on this thread.
      broken = true;
      close();
      return pathCentralities(csr, withEdges);
    }
  }

  return {
    threads,
    sweep(csr, withEdges = true) {
      // One split sweep at a time: replies are matched to the running job.
      const result = queue.then(() => sweepNow(csr, withEdges));
      queue = result.catch(() => undefined);
      return result;
    },
    close,
  };

  function close(): void {
    for (const w of workers.splice(0)) w.terminate();
  }
}
