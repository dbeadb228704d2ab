// Whole-process timing for the bench (src/cli/bench.ts): a command run N times under
// /usr/bin/time (max RSS, user + system CPU), the peers' python3, CSV edge lists.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import type { UndirectedGraph } from "../domain/graph/graphology";

export interface Timed {
  /** Median wall-clock seconds. */
  readonly seconds: number;
  /** Median user + system seconds of the process and its threads (less sensitive to other load). */
  readonly cpuSeconds: number | null;
  /** Largest max RSS over the runs (MB), when /usr/bin/time is there. */
  readonly rssMb: number | null;
  readonly runs: number;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const TIME = "/usr/bin/time";

/** Wall-clock and user + system CPU milliseconds of `fn`, run in this process. */
export function cpuMs(fn: () => unknown): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/** Run a command `runs` times as a whole process; wall-clock median and peak RSS. */
export function timeProcess(command: string, args: readonly string[], runs: number, cwd: string): Timed {
  const useTime = existsSync(TIME);
  const walls: number[] = [];
  const cpus: number[] = [];
  let rss: number | null = null;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const res = useTime
      ? spawnSync(TIME, ["-f", "__maxrss_kb=%M __cpu=%U+%S", command, ...args], { cwd, encoding: "utf8" })
      : spawnSync(command, args, { cwd, encoding: "utf8" });
    walls.push((performance.now() - t0) / 1000);
    if (res.status !== 0) {
      throw new Error(`bench: ${command} ${args.join(" ")} failed (${res.status}): ${res.stderr.slice(-500)}`);
    }
    const kb = /__maxrss_kb=(\d+)/.exec(res.stderr)?.[1];
    if (kb !== undefined) rss = Math.max(rss ?? 0, Number(kb) / 1024);
    const cpu = /__cpu=([\d.]+)\+([\d.]+)/.exec(res.stderr);
    if (cpu !== null) cpus.push(Number(cpu[1]) + Number(cpu[2]));
  }
  return { seconds: median(walls), cpuSeconds: cpus.length > 0 ? median(cpus) : null, rssMb: rss, runs };
}

/** A python3 that imports igraph and networkx (PATH's, else Debian's), or null. */
export function findPeerPython(): string | null {
  for (const python of ["python3", "/usr/bin/python3"]) {
    const res = spawnSync(python, ["-c", "import igraph, networkx"], { encoding: "utf8" });
    if (res.status === 0) return python;
  }
  return null;
}

export function writeCsv(path: string, graph: UndirectedGraph): void {
  const lines = ["source,target,weight"];
  graph.forEachEdge((_e, attrs, s, t) => lines.push(`${s},${t},${String(attrs.weight ?? 1)}`));
  writeFileSync(path, `${lines.join("\n")}\n`);
}
