// A pool of threads for the shortest-path sweep (betweenness, edge betweenness, closeness: one
// BFS per source). The sources are cut into the fixed ranges of sourceRanges(csr), handed out
// one at a time to whichever thread is free (each worker holds AHEAD of them, so it never waits
// for the host); every range comes back as one partial sum, and the host adds them in range
// order (the sum of pathCentralities, done as they arrive) — the same partition and the same order as
// the one-thread pathCentralities, so the result is bit-identical whatever the number of threads
// and whoever computed which range. A host that computes too (the CLI's main thread) takes
// ranges only when it is idle, between its other work: the path-free part of the report runs
// first while the workers sweep. The threads are Web Workers in the app (nested in the metrics
// worker) and worker_threads in the CLI: both reach the pool through PoolWorker, and both run
// runPathsJob on their side.
import { sweepPlan } from "../domain/metrics/leafFold";
import {
  addPaths,
  localSweep,
  partialPaths,
  pathCentralities,
  sourceRanges,
  type PathCentralities,
  type PathSweep,
  type PathsInput,
  type SourceRange,
} from "../domain/metrics/paths";
import type { LouvainOffload } from "../domain/metrics/computeAll";
import { louvainCommunities, type LouvainInput } from "../domain/metrics/louvain";

export interface PathsJob {
  readonly type: "paths";
  readonly job: number;
  /** The graph, on the first message of a job to each worker (later ones reuse it). */
  readonly input?: PathsInput;
  /** The ranges this participant computes, with their index in sourceRanges(input). */
  readonly ranges: readonly { readonly index: number; readonly range: SourceRange }[];
  /**
   * Shared dispatch (where SharedArrayBuffer exists: Node, a cross-origin-isolated page): every
   * thread claims the next range of `all` with Atomics.add on claim[0] until none is left, so no
   * thread waits for a busy host to answer; `ranges` is then empty.
   */
  readonly claim?: Int32Array;
  readonly all?: readonly SourceRange[];
  readonly withEdges: boolean;
}

/** The weighted Louvain partition, computed by a worker while the host does other work. */
export interface LouvainJob {
  readonly type: "louvain";
  readonly job: number;
  readonly input: LouvainInput;
}

export type PathsReply =
  | { readonly type: "partial"; readonly job: number; readonly index: number; readonly partial: PathCentralities }
  | { readonly type: "louvain"; readonly job: number; readonly communities: Int32Array }
  | { readonly type: "error"; readonly job: number; readonly message: string };

/** What the pool needs of one thread (a Web Worker or a worker_threads Worker, adapted). */
export interface PoolWorker {
  post(job: PathsJob | LouvainJob): void;
  /** Set the handlers of replies and of the thread failing. */
  listen(onReply: (reply: PathsReply) => void, onError: (message: string) => void): void;
  terminate(): void;
}

/** Arrays of a partial, for a transfer list (moved, not copied, back to the host). */
export function partialBuffers(partial: PathCentralities): ArrayBuffer[] {
  return [partial.betweenness, partial.edgeBetweenness, partial.closeness].map((a) => a.buffer as ArrayBuffer);
}

/** The input of the job a worker is on (kept between its messages; the same arrays, so the kernel's set-up is reused). */
let current: { readonly job: number; readonly input: PathsInput } | null = null;

/** The worker side: compute every range of the message, posting each partial as soon as it is done. */
export function runPathsJob(data: unknown, post: (reply: PathsReply, transfer: ArrayBuffer[]) => void): void {
  const job = data as PathsJob | LouvainJob;
  try {
    if (job.type === "louvain") {
      const communities = louvainCommunities(job.input);
      post({ type: "louvain", job: job.job, communities }, [communities.buffer as ArrayBuffer]);
      return;
    }
    if (job.input !== undefined) current = { job: job.job, input: job.input };
    if (current?.job !== job.job) throw new Error(`paths job ${job.job}: no graph was sent`);
    const { input } = current;
    const send = (index: number, range: SourceRange): void => {
      const partial = partialPaths(input, range, job.withEdges);
      post({ type: "partial", job: job.job, index, partial }, partialBuffers(partial));
    };
    for (const { index, range } of job.ranges) send(index, range);
    if (job.claim !== undefined && job.all !== undefined) {
      for (let index = Atomics.add(job.claim, 0, 1); index < job.all.length; index = Atomics.add(job.claim, 0, 1)) {
        send(index, job.all[index]!);
      }
    }
  } catch (e) {
    post({ type: "error", job: job.job, message: e instanceof Error ? e.message : String(e) }, []);
  }
}

export interface PathsPool {
  /** Threads sharing a split sweep (workers, plus the host when it computes too). */
  readonly threads: number;
  readonly sweep: PathSweep;
  /** Start the workers now (e.g. while the input is read), not at the first split sweep. */
  warm(): void;
  /** louvainCommunities on a worker (post it before the sweep: a worker takes jobs in order), else null. */
  readonly louvain: LouvainOffload;
  close(): void;
}

/** Smaller graphs partition Louvain on the host: a worker's start and the copies cost more. */
export const LOUVAIN_OFFLOAD_MIN_EDGES = 2_000;

/** Ranges each worker holds at once: one to compute, one queued behind it. */
const AHEAD = 2;

/** Job numbers, unique in this thread (a worker keeps the graph of the job it is on). */
let jobs = 0;

/** A fresh shared range counter, where threads can share memory; else null (messages dispatch). */
function sharedCounter(): Int32Array | null {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated;
  if (typeof SharedArrayBuffer !== "function" || isolated === false) return null;
  return new Int32Array(new SharedArrayBuffer(4));
}

/** Runs `task` after the events already queued (worker replies among them). */
const later: (task: () => void) => void =
  typeof setImmediate === "function" ? (task) => void setImmediate(task) : (task) => void setTimeout(task, 0);

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
  let pending: ((reply: PathsReply, worker: PoolWorker) => void) | null = null;
  let failed: ((message: string) => void) | null = null;
  /** Louvain jobs on workers: called with the answer, or null when the worker failed. */
  const louvains = new Map<number, (communities: Int32Array | null) => void>();

  function ensureWorkers(): void {
    while (workers.length < options.workers) {
      const w = options.spawn();
      w.listen(
        (reply) => {
          const louvainDone = louvains.get(reply.job);
          if (louvainDone) louvainDone(reply.type === "louvain" ? reply.communities : null);
          else pending?.(reply, w);
        },
        (message) => {
          for (const done of [...louvains.values()]) done(null);
          failed?.(message);
        },
      );
      workers.push(w);
    }
  }

  function split(csr: PathsInput, ranges: readonly SourceRange[], withEdges: boolean): Promise<PathCentralities> {
    ensureWorkers();
    const job = ++jobs;
    const input: PathsInput = {
      n: csr.n,
      m: csr.m,
      offsets: csr.offsets,
      neighbours: csr.neighbours,
      arcEdge: csr.arcEdge,
      ...(csr.mass ? { mass: csr.mass } : {}),
    };
    // Partials that arrived before an earlier range's: held until the sum reaches them.
    const held: (PathCentralities | undefined)[] = new Array<PathCentralities | undefined>(ranges.length);
    let total: PathCentralities | null = null;
    let reduced = 0;
    let next = 0;
    let settled = false;
    const shared = sharedCounter();
    return new Promise<PathCentralities>((resolve, reject) => {
      const stop = (error: Error | null): void => {
        if (settled) return;
        settled = true;
        pending = null;
        failed = null;
        if (error) reject(error);
        else resolve(total!);
      };
      // The sum in range order, as pathCentralities adds them (the first partial is the total).
      const arrive = (index: number, partial: PathCentralities): void => {
        held[index] = partial;
        for (let part = held[reduced]; part !== undefined; part = held[reduced]) {
          held[reduced++] = undefined;
          if (total === null) total = part;
          else addPaths(total, part);
        }
        if (reduced === ranges.length) stop(null);
      };
      // The next range nobody has taken yet.
      const claim = shared ? () => Atomics.add(shared, 0, 1) : () => next++;
      const give = (w: PoolWorker, first: boolean): void => {
        if (shared) {
          w.post({ type: "paths", job, input, ranges: [], claim: shared, all: ranges, withEdges });
          return;
        }
        if (next >= ranges.length) return;
        const index = next++;
        w.post({
          type: "paths",
          job,
          ...(first ? { input } : {}),
          ranges: [{ index, range: ranges[index]! }],
          withEdges,
        });
      };
      pending = (reply, w) => {
        if (reply.job !== job) return;
        if (reply.type === "error") {
          stop(new Error(reply.message));
          return;
        }
        if (reply.type !== "partial") return;
        if (!shared) give(w, false);
        arrive(reply.index, reply.partial);
      };
      failed = (message) => stop(new Error(message));
      for (const w of workers) for (let k = 0; k < (shared ? 1 : AHEAD); k++) give(w, k === 0);
      if (options.hostComputes) {
        // One range per turn of the event loop, so replies are answered in between.
        const tick = (): void => {
          if (settled) return;
          const index = claim();
          if (index >= ranges.length) return;
          try {
            arrive(index, partialPaths(csr, ranges[index]!, withEdges));
          } catch (e) {
            stop(e instanceof Error ? e : new Error(String(e)));
          }
          later(tick);
        };
        later(tick);
      }
    });
  }

  let broken = false;
  /** The last sweep asked for, while one runs (null when idle). */
  let queue: Promise<unknown> | null = null;
  async function sweepNow(csr: PathsInput, withEdges: boolean): Promise<PathCentralities> {
    // The graph with its leaves folded (leafFold.ts): what every thread sweeps.
    const plan = sweepPlan(csr);
    const ranges = sourceRanges(plan.input);
    // One range (a small graph) goes to a worker only when one is already started (warm(), or
    // the Louvain job): the host meanwhile does the path-free work. The same partial either way.
    if (options.workers < 1 || broken || (ranges.length === 1 && workers.length === 0))
      return localSweep(csr, withEdges);
    try {
      return plan.finish(await split(plan.input, ranges, withEdges), withEdges);
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
      // One split sweep at a time: replies are matched to the running job. When idle, the
      // ranges are posted before this returns, so the caller's next work overlaps them.
      const run = (): Promise<PathCentralities> => sweepNow(csr, withEdges);
      const result = queue === null ? run() : queue.then(run);
      const tail = result.catch(() => undefined);
      queue = tail;
      void tail.then(() => {
        if (queue === tail) queue = null;
      });
      return result;
    },
    warm() {
      if (!broken) ensureWorkers();
    },
    louvain(input) {
      // Only to a worker already started (warm(), or an earlier split sweep): starting one for
      // this alone costs about as much as the partition of a small graph.
      if (workers.length === 0 || broken || input.edgeSource.length < LOUVAIN_OFFLOAD_MIN_EDGES) return null;
      const job = ++jobs;
      return new Promise((resolve) => {
        // A failed worker: the same partition on this thread.
        louvains.set(job, (communities) => {
          louvains.delete(job);
          resolve(communities ?? louvainCommunities(input));
        });
        workers[0]!.post({ type: "louvain", job, input });
      });
    },
    close,
  };

  function close(): void {
    for (const w of workers.splice(0)) w.terminate();
  }
}
