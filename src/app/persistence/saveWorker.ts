// Save worker: writes the open map to IndexedDB off the main thread (offThreadSave.ts), through
// the repository's own save on this worker's connection to the database.
import { createSaveHandler, type SaveReply, type SaveRequest } from "./offThreadSave";
import { openMapRepository } from "./repository";

interface WorkerScope {
  onmessage: ((event: MessageEvent<SaveRequest>) => void) | null;
  postMessage(message: SaveReply): void;
}

const scope = self as unknown as WorkerScope;
// A newer version upgrading the database closes this connection (the main thread's closes too,
// and the controller stops saving); the next save here opens a fresh one.
const handle = createSaveHandler(() => openMapRepository());

scope.onmessage = (event) => {
  void handle(event.data).then((reply) => scope.postMessage(reply));
};
