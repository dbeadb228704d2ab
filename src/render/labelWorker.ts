// Web Worker entry of label placing off the main thread (labelPack.ts, labelPlacer.ts): each job
// is placed with placeLabels and its labels are moved back.
import { runLabelJob, type LabelJob, type LabelReply } from "./labelPack";

interface WorkerScope {
  onmessage: ((event: MessageEvent<LabelJob>) => void) | null;
  postMessage(message: LabelReply, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const job = event.data;
  try {
    const placed = runLabelJob(job);
    scope.postMessage({ seq: job.seq, placed }, [placed.buffer]);
  } catch (e) {
    scope.postMessage({ seq: job.seq, error: e instanceof Error ? e.message : String(e) }, []);
  }
};
