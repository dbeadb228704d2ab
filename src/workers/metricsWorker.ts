// Metrics Web Worker entry: every "compute" message is answered with a "result" or "error"
// message carrying the same revision (see protocol.ts). Metrics never run on the main thread.
import { handleCompute } from "./handleCompute";

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event: MessageEvent) => {
  scope.postMessage(handleCompute(event.data));
};
