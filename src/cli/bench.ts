// Benchmark of the structural metrics engine (`npm run bench`): seeded random graphs and a
// typical ego map, the full structural suite (node + edge + graph + attribute metrics) per
// graph, and — side by side, same graphs, same run — graphology-metrics' betweenness.
// Prints a markdown table of median times, the speed-up and peak memory.
//
// Two rows per graph: the suite on one thread (as the app's metrics worker runs it) and with the
// shortest-path sweep split over 2 threads (main + 1 worker_thread; the machine has 2 cores).
//
// Extending (HOOK): other suites, e.g. the full suite including ego analysis, are `BenchSuite`s.
// Either pass them to `runBench({ suites })`, or create `src/cli/benchEgo.ts` exporting
// `suites: BenchSuite[]` — `npm run bench` picks that module up when it exists.
import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { edgeStrength } from "../domain/model/strength";
import { analyzeStructure } from "../domain/metrics/analysis";
import { computeBetweenness } from "../domain/metrics/paths";
import { createRng } from "../domain/metrics/rng";
import type { Rng } from "../domain/metrics/rng";
import { computeStructuralMetrics } from "../domain/metrics/structural";
import { createPathsPool } from "./benchParallel";
import type { PathsPool } from "./benchParallel";

export interface BenchGraph {
  readonly name: string;
  readonly kind: "random" | "ego";
  readonly graph: UndirectedGraph;
  /** Timed repetitions (median reported). */
  readonly runs: number;
  /** Timed runs of graphology-metrics' betweenness; 0 = skipped (the biggest: it takes minutes). */
  readonly graphologyRuns: number;
  readonly attribute: { name: string; K: number | null };
  readonly egoId?: string;
}

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
  oursBetweennessMs: number | null;
  oursBetweenness2ThreadsMs: number | null;
  graphologyBetweennessMs: number | null | "skipped";
  peakRssMb: number;
  peakHeapMb: number;
}

/** Seeded G(n, m): m distinct random edges, weights in [0.1, 1], a 10-category `group` attribute. */
export function randomGraph(n: number, m: number, seed: number): UndirectedGraph {
  const rng = createRng(seed);
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { group: `g${Math.floor(rng() * 10)}` });
  const seen = new Set<number>();
  while (seen.size < m) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    g.addUndirectedEdge(`n${a}`, `n${b}`, { weight: Math.round((0.1 + 0.9 * rng()) * 100) / 100 });
  }
  return g;
}

const TYPES = ["family", "family", "workplace", "workplace", "workplace", "third", "third", "third"] as const;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

/** A typical ego map: ego + alters in ~8 labelled circles, alter–alter ties mostly within circles. */
export function egoMap(alters = 150, alterTies = 1000, seed = 7): UndirectedGraph {
  const rng = createRng(seed);
  const g = new UndirectedGraph();
  g.addNode("ego", { role: "ego" });
  const circle: number[] = [];
  for (let i = 0; i < alters; i++) {
    const c = i % TYPES.length;
    circle.push(c);
    const communities = rng() < 0.2 ? [`C${c}`, `C${(c + 1) % TYPES.length}`] : [`C${c}`];
    g.addNode(`a${i}`, { role: "alter", communities, community_type: TYPES[c] });
    const dimensions =
      rng() < 0.1
        ? {}
        : {
            frequency_category: pick(rng, ["often", "occasionally", "rarely"] as const),
            emotional: 1 + Math.floor(rng() * 5),
            ...(rng() < 0.6 ? { intimacy: 1 + Math.floor(rng() * 5) } : {}),
          };
    g.addUndirectedEdge("ego", `a${i}`, { dimensions, weight: edgeStrength({ dimensions }) ?? 0.5 });
  }
  let added = 0;
  while (added < alterTies) {
    const a = Math.floor(rng() * alters);
    const b = Math.floor(rng() * alters);
    const within = circle[a] === circle[b];
    if (a === b || (!within && rng() < 0.85) || g.hasEdge(`a${a}`, `a${b}`)) continue;
    g.addUndirectedEdge(`a${a}`, `a${b}`, { weight: Math.round((0.2 + 0.8 * rng()) * 100) / 100 });
    added++;
  }
  return g;
}

export function defaultGraphs(): BenchGraph[] {
  const group = { name: "group", K: null };
  return [
    { name: "ego map (ego + 150 alters)", kind: "ego", graph: egoMap(), runs: 30, graphologyRuns: 30, attribute: { name: "community_type", K: 3 }, egoId: "ego" },
    { name: "random 1,000 / 5,000", kind: "random", graph: randomGraph(1_000, 5_000, 1), runs: 7, graphologyRuns: 3, attribute: group },
    { name: "random 5,000 / 25,000", kind: "random", graph: randomGraph(5_000, 25_000, 2), runs: 3, graphologyRuns: 1, attribute: group },
    { name: "random 20,000 / 100,000", kind: "random", graph: randomGraph(20_000, 100_000, 3), runs: 1, graphologyRuns: 0, attribute: group },
  ];
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
  appliesTo: (g) => g.kind === "random",
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

/** Median wall time in ms of `runs` calls of fn (after one untimed warm-up when runs > 1). */
export async function medianMs(fn: () => unknown, runs: number): Promise<number> {
  if (runs > 1) await fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
    sampleMemory();
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

export async function benchRow(g: BenchGraph, suite: BenchSuite): Promise<BenchRow> {
  memory.heap = 0;
  const runs = g.runs;
  const medianSuite = await medianMs(() => suite.run(g), runs);
  let ours: number | null = null;
  let ours2: number | null = null;
  let theirs: number | null | "skipped" = null;
  if (suite.withBetweenness === true) {
    ours = await medianMs(() => computeBetweenness(g.graph), runs);
    if (g.kind === "random") {
      const csr = analyzeStructure(g.graph).csr;
      ours2 = await medianMs(() => pool().run(csr), runs);
    }
    theirs =
      g.graphologyRuns > 0
        ? await medianMs(() => betweennessCentrality(g.graph, { getEdgeWeight: null, normalized: true }), g.graphologyRuns)
        : "skipped";
  }
  return {
    graph: g.name, suite: suite.label, nodes: g.graph.order, edges: g.graph.size, runs, medianMs: medianSuite,
    oursBetweennessMs: ours, oursBetweenness2ThreadsMs: ours2, graphologyBetweennessMs: theirs,
    peakRssMb: peakRss() / 2 ** 20, peakHeapMb: memory.heap / 2 ** 20,
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
    "| graph | suite | nodes | edges | runs | suite median (ms) | our betweenness 1 thread (ms) | our betweenness 2 threads (ms) | graphology-metrics betweenness (ms) | speed-up 1 thread / 2 threads | peak RSS (MB) | peak heap (MB) |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const opt = (x: number | null): string => (x === null ? "—" : ms(x));
  for (const r of rows) {
    const theirs = r.graphologyBetweennessMs;
    const ratio = (ours: number | null): string =>
      typeof theirs === "number" && ours !== null ? `${(theirs / ours).toFixed(1)}×` : "—";
    const theirsText = theirs === "skipped" ? "skipped (minutes)" : opt(theirs);
    const speedUp = typeof theirs === "number" ? `${ratio(r.oursBetweennessMs)} / ${ratio(r.oursBetweenness2ThreadsMs)}` : "—";
    lines.push(
      `| ${r.graph} | ${r.suite} | ${r.nodes} | ${r.edges} | ${r.runs} | ${ms(r.medianMs)} | ${opt(r.oursBetweennessMs)} | ${opt(r.oursBetweenness2ThreadsMs)} | ${theirsText} | ${speedUp} | ${r.peakRssMb.toFixed(0)} | ${r.peakHeapMb.toFixed(0)} |`,
    );
  }
  return lines.join("\n");
}

async function extraSuites(): Promise<BenchSuite[]> {
  try {
    const mod = (await import(new URL("./benchEgo.ts", import.meta.url).href)) as { suites?: BenchSuite[] };
    return mod.suites ?? [];
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== "ERR_MODULE_NOT_FOUND") console.error(`benchEgo.ts not loaded: ${String(error)}`);
    return [];
  }
}

async function main(): Promise<void> {
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}; wall-clock medians; peak RSS is the process peak so far; 1-min load average at start ${loadavg()[0]!.toFixed(2)} (other processes share the 2 cores).\n`);
  const suites = [STRUCTURAL_SUITE, PARALLEL_SUITE, ...(await extraSuites())];
  const rows = await runBench({ suites, log: (r) => console.error(`done: ${r.graph} — ${r.suite}: ${ms(r.medianMs)} ms`) });
  console.log(formatBenchTable(rows));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
