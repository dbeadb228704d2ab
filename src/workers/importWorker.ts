// Import worker: parses a file off the main thread (a 30,000-row LinkedIn export or a large GEXF
// would freeze the page). Web workers have no DOMParser, so XML goes through @xmldom/xmldom.
import type { ImportOptions } from "../io/import";
import { XmldomParser } from "../io/import/xmldom";
import { importWithSheet, type ImportRequest, type ImportResponse } from "./importClient";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, name, bytes, options } = event.data;
  const full: ImportOptions = { ...options, domParser: XmldomParser };
  try {
    scope.postMessage({ id, ...importWithSheet(name, bytes, full) });
  } catch (e) {
    // importFile returns Results; this only catches a bug, reported instead of hanging the UI.
    scope.postMessage({ id, crash: e instanceof Error ? e.message : String(e) });
  }
};
