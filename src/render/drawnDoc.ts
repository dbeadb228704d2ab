// Which revision the mounted renderer has drawn, per store: a sliced patch (renderSync.ts) draws a
// new 30,000-person map a second after the store holds it, and the map's accessible name tells
// the people and ties drawn, not the ones still being written. No sigma here.
import type { MapDocument } from "../domain/model";
import type { MapStore } from "../store/mapStore";

interface Drawn {
  doc: MapDocument | null;
  readonly listeners: Set<() => void>;
}

const byStore = new WeakMap<MapStore, Drawn>();

function entry(store: MapStore): Drawn {
  let e = byStore.get(store);
  if (!e) {
    e = { doc: null, listeners: new Set() };
    byStore.set(store, e);
  }
  return e;
}

/** The document the renderer of `store` shows; null while none is mounted. */
export function drawnDoc(store: MapStore): MapDocument | null {
  return byStore.get(store)?.doc ?? null;
}

/** Set by the renderer after each finished patch (null when it unmounts). */
export function setDrawnDoc(store: MapStore, doc: MapDocument | null): void {
  const e = entry(store);
  if (e.doc === doc) return;
  e.doc = doc;
  for (const l of [...e.listeners]) l();
}

export function subscribeDrawnDoc(store: MapStore, listener: () => void): () => void {
  const e = entry(store);
  e.listeners.add(listener);
  return () => e.listeners.delete(listener);
}
