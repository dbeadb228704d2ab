// The bench's one table (src/cli/bench.ts): its rows and how figures are written in them.
import type { Timed } from "./benchProcess";

export interface BenchLine {
  readonly workload: string;
  readonly measure: string;
  readonly ours: string;
  readonly peer: string;
  readonly ratio: string;
  readonly target: string;
}

export const sec = (s: number): string => (s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`);
export const msText = (x: number): string => (x < 100 ? `${x.toFixed(1)} ms` : `${x.toFixed(0)} ms`);
const mb = (x: number | null): string => (x === null ? "" : `, peak ${x.toFixed(0)} MB`);
export const timed = (t: Timed): string =>
  `${sec(t.seconds)}${t.cpuSeconds === null ? "" : ` (CPU ${sec(t.cpuSeconds)})`}${mb(t.rssMb)}`;
export const ratioText = (ours: Timed, theirs: Timed): string =>
  `${(ours.seconds / theirs.seconds).toFixed(3)}×` +
  (ours.cpuSeconds !== null && theirs.cpuSeconds !== null
    ? ` (CPU ${(ours.cpuSeconds / theirs.cpuSeconds).toFixed(3)}×)`
    : "");

export function formatBenchTable(lines: readonly BenchLine[]): string {
  const rows = [
    "| workload | measure | ours | peer | ours / peer | target |",
    "|---|---|---|---|---:|---|",
    ...lines.map((l) => `| ${l.workload} | ${l.measure} | ${l.ours} | ${l.peer} | ${l.ratio} | ${l.target} |`),
  ];
  return rows.join("\n");
}
