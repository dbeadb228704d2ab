// Benchmark of the structural metrics engine (`npm run bench`): seeded random graphs and a
// typical ego map, the full structural suite (node + edge + graph + attribute metrics) per
// graph, and — side by side, same graphs, same run — graphology-metrics' betweenness.
// Prints a markdown table of median times, the speed-up and peak memory.
//
// Extending: other suites (e.g. the full suite including ego analysis) are rows produced by a
// `BenchSuite`; pass them to `runBench({ suites })`, or add them at the HOOK below.
import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { pathToFileURL } from "node:url";
import { edgeStrength } from "../domain/model/strength";
import { computeBetweenness } from "../domain/metrics/paths";
import { createRng } from "../domain/metrics/rng";
import type { Rng } from "../domain/metrics/rng";
import { computeStructuralMetrics } from "../domain/metrics/structural";

export interface BenchGraph {
  readonly name: string;
  readonly kind: "random" | "ego";
  readonly graph: UndirectedGraph;
  /** Timed repetitions (median reported). */
  readonly runs: number;
  /** Run graphology-metrics' betweenness on it (skipped on the biggest: it takes minutes). */
  readonly compareGraphology: boolean;
  readonly attribute: { name: string; K: number | null };
  readonly egoId?: string;
}

export interface BenchSuite {
  readonly label: string;
  readonly appliesTo: (g: BenchGraph) => boolean;
  readonly run: (g: BenchGraph) => unknown;
}

export interface BenchRow {
  graph: string;
  suite: string;
  nodes: number;
  edges: number;
  runs: number;
  medianMs: number;
  oursBetweennessMs: number | null;
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
    { name: "ego map (ego + 150 alters)", kind: "ego", graph: egoMap(), runs: 30, compareGraphology: true, attribute: { name: "community_type", K: 3 }, egoId: "ego" },
    { name: "random 1,000 / 5,000", kind: "random", graph: randomGraph(1_000, 5_000, 1), runs: 7, compareGraphology: true, attribute: group },
    { name: "random 5,000 / 25,000", kind: "random", graph: randomGraph(5_000, 25_000, 2), runs: 3, compareGraphology: true, attribute: group },
    { name: "random 20,000 / 100,000", kind: "random", graph: randomGraph(20_000, 100_000, 3), runs: 1, compareGraphology: false, attribute: group },
  ];
}

export const STRUCTURAL_SUITE: BenchSuite = {
  label: "structural (node+edge+graph+attribute)",
  appliesTo: () => true,
  run: (g) => computeStructuralMetrics(g.graph, { attribute: g.attribute, louvainSeed: 1 }),
};

// HOOK (ego analysis): further suites, e.g. the full suite including ego analysis on the ego
// map — `{ label, appliesTo: (g) => g.kind === "ego", run: (g) => computeAll(g.graph, { egoId: g.egoId }) }`.
export const EXTRA_SUITES: BenchSuite[] = [];

const memory = { rss: 0, heap: 0 };
function sampleMemory(): void {
  const { rss, heapUsed } = process.memoryUsage();
  memory.rss = Math.max(memory.rss, rss, process.resourceUsage().maxRSS * 1024);
  memory.heap = Math.max(memory.heap, heapUsed);
}

/** Median wall time in ms of `runs` calls of fn (after one untimed warm-up when runs > 1). */
export function medianMs(fn: () => unknown, runs: number): number {
  if (runs > 1) fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    sampleMemory();
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

export function benchRow(g: BenchGraph, suite: BenchSuite, withBetweenness: boolean): BenchRow {
  memory.rss = 0;
  memory.heap = 0;
  const runs = g.runs;
  const medianSuite = medianMs(() => suite.run(g), runs);
  let ours: number | null = null;
  let theirs: number | null | "skipped" = null;
  if (withBetweenness) {
    ours = medianMs(() => computeBetweenness(g.graph), runs);
    theirs = g.compareGraphology
      ? medianMs(() => betweennessCentrality(g.graph, { getEdgeWeight: null, normalized: true }), Math.min(runs, 3))
      : "skipped";
  }
  return {
    graph: g.name, suite: suite.label, nodes: g.graph.order, edges: g.graph.size, runs, medianMs: medianSuite,
    oursBetweennessMs: ours, graphologyBetweennessMs: theirs,
    peakRssMb: memory.rss / 2 ** 20, peakHeapMb: memory.heap / 2 ** 20,
  };
}

export function runBench(options: { graphs?: BenchGraph[]; suites?: BenchSuite[]; log?: (row: BenchRow) => void } = {}): BenchRow[] {
  const graphs = options.graphs ?? defaultGraphs();
  const suites = options.suites ?? [STRUCTURAL_SUITE, ...EXTRA_SUITES];
  const rows: BenchRow[] = [];
  for (const g of graphs) {
    suites.forEach((suite, i) => {
      if (!suite.appliesTo(g)) return;
      const row = benchRow(g, suite, i === 0);
      options.log?.(row);
      rows.push(row);
    });
  }
  return rows;
}

const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));

export function formatBenchTable(rows: readonly BenchRow[]): string {
  const lines = [
    "| graph | suite | nodes | edges | runs | suite median (ms) | our betweenness (ms) | graphology-metrics betweenness (ms) | speed-up | peak RSS (MB) | peak heap (MB) |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    const theirs = r.graphologyBetweennessMs;
    const ratio = typeof theirs === "number" && r.oursBetweennessMs ? `${(theirs / r.oursBetweennessMs).toFixed(1)}×` : "—";
    const theirsText = theirs === "skipped" ? "skipped (minutes)" : theirs === null ? "—" : ms(theirs);
    lines.push(
      `| ${r.graph} | ${r.suite} | ${r.nodes} | ${r.edges} | ${r.runs} | ${ms(r.medianMs)} | ${r.oursBetweennessMs === null ? "—" : ms(r.oursBetweennessMs)} | ${theirsText} | ${ratio} | ${r.peakRssMb.toFixed(0)} | ${r.peakHeapMb.toFixed(0)} |`,
    );
  }
  return lines.join("\n");
}

function main(): void {
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}; medians; RSS = process peak so far.\n`);
  const rows = runBench({ log: (r) => console.error(`done: ${r.graph} — ${r.suite}: ${ms(r.medianMs)} ms`) });
  console.log(formatBenchTable(rows));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
