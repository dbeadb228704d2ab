// A whole map posted to a worker as JSON text, written once per document object. A structured
// clone of a 30,000-person map costs the page 45–55 ms per postMessage, and opening a map posts
// it whole twice (the save worker, then the metrics worker); JSON.stringify costs about the same
// once, and posting the text is a copy of one string. The text is the document as storage keeps
// it (the repository writes JSON too), so a worker reads the map that a reload would read.
import type { MapDocument } from "../domain/model";

const packed = new WeakMap<MapDocument, string>();

/** `doc` as JSON text, stringified at most once per document object. */
export function packDocument(doc: MapDocument): string {
  let text = packed.get(doc);
  if (text === undefined) {
    text = JSON.stringify(doc);
    packed.set(doc, text);
  }
  return text;
}

/** The document of packDocument's text ("__proto__" and "constructor" stay own keys). */
export function unpackDocument(text: string): MapDocument {
  return JSON.parse(text) as MapDocument;
}
