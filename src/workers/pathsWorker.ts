// Web Worker entry of the app's path-sweep pool, started by the metrics worker (nested
// workers): runs the jobs the pool posts (pathsPool.ts) and moves each partial back.
import { runPathsJob } from "./pathsPool";

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event: MessageEvent) => {
  runPathsJob(event.data, (reply, transfer) => scope.postMessage(reply, transfer));
};
