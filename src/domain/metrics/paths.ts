// Shortest-path centralities from ONE breadth-first search per source (metrics-spec §C2, C3,
// C6): betweenness (Freeman 1977; Brandes 2001), edge betweenness and closeness (Wasserman &
// Faust improved form), all unweighted and normalised like NetworkX. The kernel itself (a
// direction-optimising BFS that records each node's parents) is in sweepKernel.ts and, compiled
// to WebAssembly, in assembly/sweep.ts; this module splits the sources and normalises.
import type { AbstractGraph } from "graphology-types";
import { buildCsr } from "./csr";
import type { Csr } from "./csr";
import { dict } from "../model";
import { sweepRange, sweepTopology } from "./sweepKernel";
import { wasmSweepRange } from "./sweepWasm";
import { normalizeSums, sweepPlan } from "./leafFold";

export interface PathCentralities {
  /** Per node, normalised by 1/((n−1)(n−2)) over ordered pairs (NetworkX normalized=True). */
  readonly betweenness: Float64Array;
  /** Per edge, normalised by 1/(n(n−1)) over ordered pairs. */
  readonly edgeBetweenness: Float64Array;
  /** Per node, ((r−1)/(n−1)) · ((r−1)/Σd); 0 when nothing is reachable. */
  readonly closeness: Float64Array;
}

/**
 * The part of the CSR the sweep reads (so it can run on arrays shipped to another thread), and
 * each node's mass — how many people it stands for, itself and its folded leaves (leafFold.ts);
 * all 1 when absent.
 */
export type PathsInput = Pick<Csr, "n" | "m" | "offsets" | "neighbours" | "arcEdge"> & {
  readonly mass?: Float64Array;
};

/** Sources s = from, from + step, … < to; a host may split the sources across threads. */
export interface SourceRange {
  from: number;
  to: number;
  step: number;
}

export function emptyPaths(n: number, m: number): PathCentralities {
  return { betweenness: new Float64Array(n), edgeBetweenness: new Float64Array(m), closeness: new Float64Array(n) };
}

/**
 * Add the unnormalised dependencies of the given sources to `out`, and each source's distance
 * sum in `closeness` (partial results over disjoint sources simply add up; normalizePaths makes
 * them centralities): the WebAssembly kernel where it runs,
 * else the same arithmetic in JavaScript (sweepKernel.ts) — bit-identical sums either way.
 */
export function accumulatePaths(csr: PathsInput, range: SourceRange, out: PathCentralities, withEdges = true): void {
  const topology = sweepTopology(csr);
  if (!wasmSweepRange(csr, topology, range, out, withEdges)) sweepRange(csr, topology, range, out, withEdges);
}

/** Apply NetworkX's normalisation in place to the sums over all sources of `csr` (nothing folded). */
export function normalizePaths(paths: PathCentralities, csr: PathsInput): PathCentralities {
  return normalizeSums(paths, csr, null);
}

/**
 * Graphs whose sweep costs at least this many arc visits (sources × arcs, n · 2m) are split into
 * PATH_RANGES fixed source ranges, which a pool of threads may share (with the CLI's workers
 * started while the file is read, and the weighted Louvain partition on a worker too); below it,
 * one range on one thread. The crossover, measured whole process with the WebAssembly kernel on
 * this 2-core machine at a 1-min load below 1 (`npm run analyze`, --threads 1 against 2, medians
 * of 5, random n/5n): 600/3,000 0.44 s against 0.47 s; 1,000/5,000 0.56 against 0.56;
 * 1,400/7,000 (2·10⁷ visits) 0.75 against 0.75; 2,000/10,000 1.05 against 0.86; 3,000/15,000
 * 1.56 against 1.19. Two threads pay from about 2·10⁷ visits: the threshold.
 */
export const PARALLEL_MIN_WORK = 20_000_000;

/** Number of source ranges of a split sweep (fixed, so the reduction order never depends on the thread count). */
export const PATH_RANGES = 16;

/** Arc visits of a full sweep: every source scans every arc once. */
export function sweepWork(csr: Pick<PathsInput, "n" | "m">): number {
  return csr.n * 2 * csr.m;
}

/**
 * The fixed partition of the sources: one range below PARALLEL_MIN_WORK, else PATH_RANGES
 * contiguous ranges of near-equal size. It depends on the graph only, so a sweep computed on
 * any number of threads reduces the same partial sums in the same order (bit-identical).
 */
export function sourceRanges(csr: Pick<PathsInput, "n" | "m">): SourceRange[] {
  const { n } = csr;
  if (sweepWork(csr) < PARALLEL_MIN_WORK || n < PATH_RANGES) return [{ from: 0, to: n, step: 1 }];
  return Array.from({ length: PATH_RANGES }, (_, r) => ({
    from: Math.floor((r * n) / PATH_RANGES),
    to: Math.floor(((r + 1) * n) / PATH_RANGES),
    step: 1,
  }));
}

/** The unnormalised sums of one source range, in fresh arrays. */
export function partialPaths(csr: PathsInput, range: SourceRange, withEdges = true): PathCentralities {
  const out = emptyPaths(csr.n, withEdges ? csr.m : 0);
  accumulatePaths(csr, range, out, withEdges);
  return out;
}

/** Adds `part` into `total`: the one reduction every host uses, in range order. */
export function addPaths(total: PathCentralities, part: PathCentralities): void {
  for (const key of ["betweenness", "edgeBetweenness", "closeness"] as const) {
    const a = total[key];
    const b = part[key];
    for (let i = 0; i < a.length; i++) a[i] = a[i]! + b[i]!;
  }
}

/**
 * Betweenness, edge betweenness and closeness from one BFS per source, normalised (one thread):
 * the sweep of sweepPlan(csr) (leaves folded), over its source ranges summed in range order.
 */
export function pathCentralities(csr: PathsInput, withEdges = true): PathCentralities {
  const plan = sweepPlan(csr);
  const { input } = plan;
  const ranges = sourceRanges(input);
  const sums = partialPaths(input, ranges[0]!, withEdges);
  for (const range of ranges.slice(1)) addPaths(sums, partialPaths(input, range, withEdges));
  return plan.finish(sums, withEdges);
}

/** Computes the sweep of a CSR somewhere (this thread, a pool of workers); withEdges defaults to true. */
export type PathSweep = (csr: PathsInput, withEdges?: boolean) => Promise<PathCentralities>;

/** The sweep on the calling thread. */
export const localSweep: PathSweep = (csr, withEdges = true) => Promise.resolve(pathCentralities(csr, withEdges));

function nodeRecord(csr: Csr, values: Float64Array): Record<string, number> {
  const out: Record<string, number> = dict();
  for (let i = 0; i < csr.n; i++) out[csr.ids[i]!] = values[i]!;
  return out;
}

/** Normalised unweighted betweenness per node (NetworkX betweenness_centrality). */
export function computeBetweenness(graph: AbstractGraph): Record<string, number> {
  const csr = buildCsr(graph, "computeBetweenness");
  return nodeRecord(csr, pathCentralities(csr, false).betweenness);
}

/** Wasserman–Faust closeness per node (NetworkX closeness_centrality). */
export function computeCloseness(graph: AbstractGraph): Record<string, number> {
  const csr = buildCsr(graph, "computeCloseness");
  return nodeRecord(csr, pathCentralities(csr, false).closeness);
}
