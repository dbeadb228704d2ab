// Worker side of the bench's parallel shortest-path sweep: receives the CSR arrays (shared
// memory) and a source range, returns the unnormalised partial sums.
import { parentPort } from "node:worker_threads";
import { accumulatePaths, emptyPaths } from "../domain/metrics/paths";
import type { PathsInput, SourceRange } from "../domain/metrics/paths";

export interface PathsJob {
  input: PathsInput;
  range: SourceRange;
}

parentPort?.on("message", (job: PathsJob) => {
  const out = emptyPaths(job.input.n, job.input.m);
  accumulatePaths(job.input, job.range, out);
  parentPort?.postMessage(out, [
    out.betweenness.buffer as ArrayBuffer,
    out.edgeBetweenness.buffer as ArrayBuffer,
    out.closeness.buffer as ArrayBuffer,
  ]);
});
