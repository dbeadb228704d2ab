// worker_threads entry of the CLI's path-sweep pool (src/cli/nodePool.ts): runs the jobs the
// pool posts (src/workers/pathsPool.ts) and moves each partial back.
import { parentPort } from "node:worker_threads";
import { runPathsJob } from "../workers/pathsPool";

parentPort?.on("message", (data: unknown) => {
  runPathsJob(data, (reply, transfer) => parentPort?.postMessage(reply, transfer));
});
