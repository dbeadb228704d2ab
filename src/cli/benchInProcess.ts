// The bench's in-process betweenness row: ours on 1 and 2 threads against graphology-metrics on
// random 5,000/25,000. After one warm-up run of each, IN_PROCESS_RUNS rounds of ours on 1 thread,
// ours on 2, theirs, one after the other (a load that comes and goes on the machine falls on all
// three alike); medians, each's range, and the range of the per-round speed-ups.
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import type { UndirectedGraph } from "../domain/graph/graphology";
import { buildCsr } from "../domain/metrics/csr";
import { computeBetweenness } from "../domain/metrics/paths";
import { cpuMs, median } from "./benchProcess";
import { msText, type BenchLine } from "./benchTable";
import { createNodePathsPool } from "./nodePool";

/** Rounds of the in-process betweenness rows (ours on 1 and 2 threads, graphology-metrics). */
const IN_PROCESS_RUNS = 5;

/** "median (min–max" of some times in ms, the caller closing the parenthesis. */
function spread(xs: readonly number[]): string {
  const range = (x: number) => msText(x).replace(" ms", "");
  return `${msText(median(xs))} (${range(Math.min(...xs))}–${range(Math.max(...xs))}`;
}

async function wallMs(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function betweennessRow(
  mid: UndirectedGraph,
  quick: boolean,
  log: (text: string) => void,
): Promise<BenchLine> {
  const graphology = () => betweennessCentrality(mid, { getEdgeWeight: null, normalized: true });
  const pool = createNodePathsPool(2);
  try {
    computeBetweenness(mid);
    await pool.sweep(buildCsr(mid), false);
    if (!quick) graphology();
    const one: { wall: number; cpu: number }[] = [];
    const two: number[] = [];
    const theirs: { wall: number; cpu: number }[] = [];
    for (let r = 0; r < IN_PROCESS_RUNS; r++) {
      one.push(cpuMs(() => computeBetweenness(mid)));
      two.push(await wallMs(() => pool.sweep(buildCsr(mid), false)));
      if (!quick) theirs.push(cpuMs(graphology));
    }
    const oneWall = one.map((t) => t.wall);
    const oneText = `1 thread ${spread(oneWall)}; CPU ${msText(median(one.map((t) => t.cpu)))}); 2 threads ${spread(two)})`;
    log(`  our betweenness 5,000/25,000: ${oneText}`);
    const measure = `betweenness alone, in process, wall (CPU), median of ${IN_PROCESS_RUNS} (range)`;
    if (quick) {
      return {
        workload: "random 5,000 / 25,000",
        measure,
        ours: oneText,
        peer: "graphology-metrics: not run (--quick)",
        ratio: "—",
        target: "≥ 5× / ≥ 8×",
      };
    }
    const theirWall = theirs.map((t) => t.wall);
    const theirCpu = median(theirs.map((t) => t.cpu));
    log(`  graphology-metrics betweenness: ${spread(theirWall)})`);
    const speedUp = (ours: number[]) => `${(median(theirWall) / median(ours)).toFixed(1)}×`;
    // Each round's own ratio: the range of the speed-up when both ran under the same load.
    const perRound = oneWall.map((x, r) => theirWall[r]! / x);
    return {
      workload: "random 5,000 / 25,000",
      measure,
      ours: oneText,
      peer: `graphology-metrics ${spread(theirWall)}; CPU ${msText(theirCpu)})`,
      ratio:
        `speed-up ${speedUp(oneWall)} (per round ${Math.min(...perRound).toFixed(1)}–${Math.max(...perRound).toFixed(1)}×; ` +
        `CPU ${(theirCpu / median(one.map((t) => t.cpu))).toFixed(1)}×) / ${speedUp(two)}`,
      target: "≥ 5× / ≥ 8×",
    };
  } finally {
    pool.close();
  }
}
