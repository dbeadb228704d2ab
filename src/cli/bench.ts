// Benchmark of the structural metrics engine (`npm run bench`): seeded random graphs and a
// typical ego map, the full structural suite (node + edge + graph + attribute metrics) per
// graph, and — side by side, same graphs, same run — graphology-metrics' betweenness.
// Prints a markdown table of median times, the speed-up and peak memory.
//
// Two rows per graph: the suite on one thread (as the app's metrics worker runs it) and with the
// shortest-path sweep split over 2 threads (main + 1 worker_thread; the machine has 2 cores).
// The full engine with the ego analysis (and diffusion) is benched by the suites in benchFull.ts.
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { analyzeStructure } from "../domain/metrics/analysis";
import { computeBetweenness } from "../domain/metrics/paths";
import { computeStructuralMetrics } from "../domain/metrics/structural";
import { defaultGraphs } from "./benchGraphs";
import type { BenchGraph } from "./benchGraphs";
import { createPathsPool } from "./benchParallel";
import { FULL_SUITE, FULL_WITH_DIFFUSION_SUITE } from "./benchFull";
import type { PathsPool } from "./benchParallel";

export type { BenchGraph };
export { defaultGraphs, egoMap, randomGraph } from "./benchGraphs";

export interface BenchSuite {
  readonly label: string;
  readonly appliesTo: (g: BenchGraph) => boolean;
  readonly run: (g: BenchGraph) => unknown;
  /** Compare betweenness with graphology-metrics in this suite's row. */
  readonly withBetweenness?: boolean;
}

export interface BenchRow {
  graph: string;
  suite: string;
  nodes: number;
  edges: number;
  runs: number;
  medianMs: number;
  /** Median CPU time (user + system, all threads) — less sensitive to other load than wall time. */
  cpuMs: number;
  oursBetweennessMs: number | null;
  oursBetweennessCpuMs: number | null;
  oursBetweenness2ThreadsMs: number | null;
  graphologyBetweennessMs: number | null | "skipped";
  graphologyBetweennessCpuMs: number | null;
  peakRssMb: number;
  peakHeapMb: number;
}

export const STRUCTURAL_SUITE: BenchSuite = {
  label: "structural suite, 1 thread",
  appliesTo: () => true,
  run: (g) => computeStructuralMetrics(g.graph, { attribute: g.attribute, louvainSeed: 1 }),
  withBetweenness: true,
};

let sharedPool: PathsPool | null = null;
function pool(): PathsPool {
  sharedPool ??= createPathsPool(1);
  return sharedPool;
}

/** The same suite with the shortest-path sweep (the dominant cost) on 2 threads. */
export const PARALLEL_SUITE: BenchSuite = {
  label: "structural suite, paths on 2 threads",
  // Not on the biggest graph: on a loaded machine it only doubles the bench's duration.
  appliesTo: (g) => g.kind === "random" && g.runs > 1,
  run: async (g) => {
    const analysis = analyzeStructure(g.graph);
    analysis.providePaths(await pool().run(analysis.csr));
    return computeStructuralMetrics(g.graph, { analysis, attribute: g.attribute, louvainSeed: 1 });
  },
};

const memory = { heap: 0 };
function sampleMemory(): void {
  memory.heap = Math.max(memory.heap, process.memoryUsage().heapUsed);
}
const peakRss = (): number => Math.max(process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

export interface Timing {
  wall: number;
  cpu: number;
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Median wall and CPU time in ms of `runs` calls of fn (after one untimed warm-up when runs > 1). */
export async function measure(fn: () => unknown, runs: number): Promise<Timing> {
  if (runs > 1) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    sampleMemory();
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export async function benchRow(g: BenchGraph, suite: BenchSuite): Promise<BenchRow> {
  memory.heap = 0;
  const runs = g.runs;
  const timing = await measure(() => suite.run(g), runs);
  let ours: Timing | null = null;
  let ours2: Timing | null = null;
  let theirs: Timing | null | "skipped" = null;
  if (suite.withBetweenness === true) {
    ours = await measure(() => computeBetweenness(g.graph), runs);
    if (PARALLEL_SUITE.appliesTo(g)) {
      const csr = analyzeStructure(g.graph).csr;
      ours2 = await measure(() => pool().run(csr), runs);
    }
    theirs =
      g.graphologyRuns > 0
        ? await measure(
            () => betweennessCentrality(g.graph, { getEdgeWeight: null, normalized: true }),
            g.graphologyRuns,
          )
        : "skipped";
  }
  const theirsTiming = theirs === "skipped" ? null : theirs;
  return {
    graph: g.name,
    suite: suite.label,
    nodes: g.graph.order,
    edges: g.graph.size,
    runs,
    medianMs: timing.wall,
    cpuMs: timing.cpu,
    oursBetweennessMs: ours?.wall ?? null,
    oursBetweennessCpuMs: ours?.cpu ?? null,
    oursBetweenness2ThreadsMs: ours2?.wall ?? null,
    graphologyBetweennessMs: theirs === "skipped" ? "skipped" : (theirs?.wall ?? null),
    graphologyBetweennessCpuMs: theirsTiming?.cpu ?? null,
    peakRssMb: peakRss() / 2 ** 20,
    peakHeapMb: memory.heap / 2 ** 20,
  };
}

export async function runBench(
  options: { graphs?: BenchGraph[]; suites?: BenchSuite[]; log?: (row: BenchRow) => void } = {},
): Promise<BenchRow[]> {
  const graphs = options.graphs ?? defaultGraphs();
  const suites = options.suites ?? [STRUCTURAL_SUITE, PARALLEL_SUITE];
  const rows: BenchRow[] = [];
  try {
    for (const g of graphs) {
      for (const suite of suites) {
        if (!suite.appliesTo(g)) continue;
        const row = await benchRow(g, suite);
        options.log?.(row);
        rows.push(row);
      }
    }
  } finally {
    await sharedPool?.close();
    sharedPool = null;
  }
  return rows;
}

const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));

export function formatBenchTable(rows: readonly BenchRow[]): string {
  const lines = [
    "| graph | suite | nodes | edges | runs | suite wall (ms) | suite CPU (ms) | our betweenness 1 thread (ms) | our betweenness 2 threads (ms) | graphology-metrics betweenness (ms) | speed-up wall: 1 thread / 2 threads | speed-up CPU, 1 thread | peak RSS (MB) | peak heap (MB) |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const opt = (x: number | null): string => (x === null ? "—" : ms(x));
  const ratio = (theirs: number | null | "skipped", ours: number | null): string =>
    typeof theirs === "number" && ours !== null ? `${(theirs / ours).toFixed(1)}×` : "—";
  for (const r of rows) {
    const theirs = r.graphologyBetweennessMs;
    const theirsText = theirs === "skipped" ? "skipped (minutes)" : opt(theirs);
    const wallUp =
      typeof theirs === "number"
        ? `${ratio(theirs, r.oursBetweennessMs)} / ${ratio(theirs, r.oursBetweenness2ThreadsMs)}`
        : "—";
    const cpuUp = ratio(r.graphologyBetweennessCpuMs, r.oursBetweennessCpuMs);
    lines.push(
      `| ${r.graph} | ${r.suite} | ${r.nodes} | ${r.edges} | ${r.runs} | ${ms(r.medianMs)} | ${ms(r.cpuMs)} | ${opt(r.oursBetweennessMs)} | ${opt(r.oursBetweenness2ThreadsMs)} | ${theirsText} | ${wallUp} | ${cpuUp} | ${r.peakRssMb.toFixed(0)} | ${r.peakHeapMb.toFixed(0)} |`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const load = (): string => loadavg()[0]!.toFixed(2);
  console.log(
    `Node ${process.version}, ${process.platform}/${process.arch}, 1-min load average ${load()} at start. ` +
      "Medians; CPU = user + system time of all threads (less sensitive to other processes on the " +
      "shared cores than wall time); peak RSS = process peak so far, heap = max heapUsed sampled after each run.\n",
  );
  const suites = [STRUCTURAL_SUITE, PARALLEL_SUITE, FULL_SUITE, FULL_WITH_DIFFUSION_SUITE];
  const rows = await runBench({
    suites,
    log: (r) => console.error(`done: ${r.graph} — ${r.suite}: ${ms(r.medianMs)} ms wall, ${ms(r.cpuMs)} ms CPU`),
  });
  console.log(formatBenchTable(rows));
  console.log(`\n1-min load average at the end: ${load()}.`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
