// `npm run bench`: one table, measured as a user runs things. Whole-process rows: the built CLI
// (`node scripts/cli.mjs analyze FILE --out …`, every metric) on the same CSV edge lists as
// python-igraph (betweenness + constraint + bridges) and NetworkX (the same set of metrics as ours,
// scripts/bench_peers.py), side by side in the same run, wall-clock medians and the ratio
// ours / peer; peak memory from /usr/bin/time. In-process rows: betweenness alone against
// graphology-metrics (1 and 2 threads) and the diffusion of a 150-alter ego map per recompute.
// Peers are skipped (and the table says so) when no python3 can import igraph and networkx.
//
// Options: --runs N (whole-process repetitions, default 3; the 20,000-node graph runs once),
// --networkx-max N (largest graph NetworkX runs on, default 1,000 nodes: it takes minutes on
// 5,000/25,000), --igraph-max N (default 30,000: the LinkedIn-shaped star, on which igraph runs
// once, ~20 s), --quick (no 20,000-node graph, no star, no graphology-metrics), --no-peers.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpuMs, findPeerPython, median, timeProcess, writeCsv } from "./benchProcess";
import { formatBenchTable, msText, ratioText, timed, type BenchLine } from "./benchTable";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { wasmSweepAvailable } from "../domain/metrics/sweepWasm";
import type { UndirectedGraph } from "../domain/graph/graphology";
import { diffusionOfNetwork } from "../domain/metrics/diffusion";
import { buildEgoNetwork } from "../domain/metrics/egoNetwork";
import { groupsOfNetwork } from "../domain/metrics/groups";
import { egoMap, randomGraph, STAR_PEOPLE, writeStarCsv } from "./benchGraphs";
import { betweennessRow } from "./benchInProcess";

export { defaultGraphs, egoMap, randomGraph } from "./benchGraphs";
export type { BenchGraph } from "./benchGraphs";

/** The repository root (the bench runs from dist-cli/ or, under tsx, from src/cli/). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
}

export interface BenchOptions {
  readonly runs: number;
  readonly networkxMax: number;
  readonly igraphMax: number;
  readonly quick: boolean;
  readonly peers: boolean;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const opts = { runs: 3, networkxMax: 1_000, igraphMax: 30_000, quick: false, peers: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = Number(argv[i + 1]);
    if (arg === "--quick") opts.quick = true;
    else if (arg === "--no-peers") opts.peers = false;
    else if ((arg === "--runs" || arg === "--networkx-max" || arg === "--igraph-max") && Number.isInteger(value)) {
      if (arg === "--runs") opts.runs = Math.max(1, value);
      else if (arg === "--networkx-max") opts.networkxMax = value;
      else opts.igraphMax = value;
      i++;
    } else {
      throw new Error(
        `bench: unknown option ${String(arg)} (--runs N, --networkx-max N, --igraph-max N, --quick, --no-peers)`,
      );
    }
  }
  return opts;
}

interface Workload {
  readonly name: string;
  readonly file: string;
  readonly nodes: number;
  readonly edges: number;
  readonly runs: number;
  /** More arguments for our CLI (the star names its ego). */
  readonly args?: readonly string[];
  /** Runs of each peer when not `runs` (igraph takes ~20 s on the star). */
  readonly peerRuns?: number;
}

export async function runBench(opts: BenchOptions, log: (text: string) => void): Promise<BenchLine[]> {
  const root = repoRoot();
  const dir = mkdtempSync(join(tmpdir(), "tsunagari-bench-"));
  const lines: BenchLine[] = [];
  try {
    const tiny = join(dir, "three.csv");
    writeFileSync(tiny, "source,target,weight\nana,ben,0.5\nben,cy,0.8\n");
    const specs: [string, number, number, number, number][] = [
      ["random 1,000 / 5,000", 1_000, 5_000, 1, opts.runs],
      ["random 5,000 / 25,000", 5_000, 25_000, 2, opts.runs],
      ...(opts.quick
        ? []
        : [["random 20,000 / 100,000", 20_000, 100_000, 3, 1] as [string, number, number, number, number]]),
    ];
    const graphs = new Map<string, UndirectedGraph>();
    const workloads: Workload[] = [
      { name: "3-node file", file: tiny, nodes: 3, edges: 2, runs: Math.max(5, opts.runs) },
    ];
    for (const [name, n, m, seed, runs] of specs) {
      const g = randomGraph(n, m, seed);
      graphs.set(name, g);
      const file = join(dir, `random-${n}-${m}.csv`);
      writeCsv(file, g);
      workloads.push({ name, file, nodes: n, edges: m, runs });
    }
    if (!opts.quick) {
      const file = join(dir, "star-30000.csv");
      writeStarCsv(file, STAR_PEOPLE);
      workloads.push({
        name: "LinkedIn-shaped star 30,000 (you + 29,999 contacts)",
        file,
        nodes: STAR_PEOPLE,
        edges: STAR_PEOPLE - 1,
        runs: opts.runs,
        args: ["--ego", "n0"],
        peerRuns: 1,
      });
    }
    const python = opts.peers ? findPeerPython() : null;
    if (python === null) {
      log(opts.peers ? "bench: no python3 imports igraph and networkx; skipping the peers." : "bench: --no-peers.");
    }
    const cli = join(root, "scripts/cli.mjs");
    const peers = join(root, "scripts/bench_peers.py");
    const out = join(dir, "report.json");
    // Build the bundle now if it is stale, so no run below pays for it.
    spawnSync(process.execPath, [cli, "analyze", tiny, "--out", out], { cwd: root });

    for (const w of workloads) {
      const ours = timeProcess(
        process.execPath,
        [cli, "analyze", w.file, ...(w.args ?? []), "--out", out],
        w.runs,
        root,
      );
      const oursText = timed(ours);
      log(`  ours ${w.name}: ${oursText}`);
      const measure = `whole process, median of ${ours.runs}`;
      if (w.nodes <= 3) {
        lines.push({ workload: w.name, measure, ours: oursText, peer: "—", ratio: "—", target: "< 0.3 s" });
        continue;
      }
      const target = (peer: string): string =>
        w.args !== undefined
          ? ""
          : peer === "igraph"
            ? w.nodes === 1_000
              ? "≤ 0.5×"
              : w.nodes === 5_000
                ? "≤ 0.7×"
                : "peak < 400 MB"
            : w.nodes === 1_000
              ? "≤ 0.02×"
              : "";
      if (python === null) {
        lines.push({
          workload: w.name,
          measure,
          ours: oursText,
          peer: "peers skipped (no python3 with igraph + networkx)",
          ratio: "—",
          target: w.nodes >= 20_000 && w.args === undefined ? "peak < 400 MB" : "",
        });
        continue;
      }
      for (const [peer, max] of [
        ["igraph", opts.igraphMax],
        ["networkx", opts.networkxMax],
      ] as const) {
        const label =
          peer === "igraph" ? "igraph (betweenness + constraint + bridges)" : "NetworkX (our set of metrics)";
        if (w.nodes > max) {
          lines.push({
            workload: w.name,
            measure,
            ours: oursText,
            peer: `${label}: not run (over --${peer}-max ${max})`,
            ratio: "—",
            target: target(peer),
          });
          continue;
        }
        const runs = peer === "networkx" ? 1 : (w.peerRuns ?? w.runs);
        const theirs = timeProcess(python, [peers, peer, w.file], runs, root);
        log(`  ${peer} ${w.name}: ${timed(theirs)}`);
        lines.push({
          workload: w.name,
          measure,
          ours: oursText,
          peer: `${label}: ${timed(theirs)}${runs === 1 && w.runs > 1 ? ", 1 run" : ""}`,
          ratio: ratioText(ours, theirs),
          target: target(peer),
        });
      }
    }

    // Betweenness alone, in process, against graphology-metrics (benchInProcess.ts).
    const mid = graphs.get("random 5,000 / 25,000");
    if (mid !== undefined) lines.push(await betweennessRow(mid, opts.quick, log));

    // Diffusion per recompute on the 150-alter ego map (the app's 20,000 draws).
    const net = buildEgoNetwork(egoMap(), "ego", "bench");
    const groups = groupsOfNetwork(net);
    diffusionOfNetwork(net, groups, 20_000, 1);
    const times: number[] = [];
    for (let r = 0; r < 15; r++) times.push(cpuMs(() => diffusionOfNetwork(net, groups, 20_000, 1 + r)).wall);
    log(`  diffusion: ${msText(median(times))}`);
    lines.push({
      workload: "ego map, 150 alters / 1,000 alter ties",
      measure: "diffusion per recompute (20,000 draws), in process, median of 15",
      ours: msText(median(times)),
      peer: "before this change: 487 ms",
      ratio: `${(487 / median(times)).toFixed(1)}× faster`,
      target: "< 50 ms",
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

export async function main(argv: readonly string[]): Promise<number> {
  let opts: BenchOptions;
  try {
    opts = parseBenchArgs(argv);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const load = (): string => loadavg()[0]!.toFixed(2);
  const started = performance.now();
  console.log(
    `Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} cores, 1-min load average ${load()} at start; ` +
      `path-sweep kernel: ${wasmSweepAvailable() ? "WebAssembly" : "JavaScript (WebAssembly unavailable)"}. ` +
      `Whole-process rows: wall-clock median of the runs shown, the same CSV for every program; ` +
      `NetworkX runs only on graphs up to ${opts.networkxMax.toLocaleString("en")} nodes (--networkx-max) — it takes minutes on 5,000/25,000.\n`,
  );
  const lines = await runBench(opts, (text) => console.error(text));
  console.log(formatBenchTable(lines));
  console.log(
    `\n1-min load average at the end: ${load()}; the bench took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
