import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { addPerson, createDocument, mapId, personId, type MapDocument } from "../../../../src/domain/model";
import { createPersistenceController, type ControllerOptions } from "../../../../src/app/persistence/controller";
import { createMapStore } from "../../../../src/store/mapStore";

/** A fresh, empty IndexedDB for each test. */
export function freshDatabase(): void {
  globalThis.indexedDB = new IDBFactory();
}

export function sampleDoc(title = "Sample network", id = "sample"): MapDocument {
  const doc = createDocument({
    id: mapId(id),
    title,
    egoId: personId("ego"),
    egoName: "Me",
    now: "2026-01-01T00:00:00.000Z",
  });
  return addPerson(doc, { id: personId("aiko"), name: "Aiko" });
}

let ids = 0;
/** One browser tab: its own store and controller on the shared database. */
export function openTab(options: Partial<Omit<ControllerOptions, "store">> = {}, initial = sampleDoc()) {
  const store = createMapStore(initial);
  const controller = createPersistenceController({
    store,
    debounceMs: 20,
    channelName: null,
    newMapId: () => `map-${++ids}`,
    fallbackDocument: () => sampleDoc(),
    ...options,
  });
  return { store, controller, state: () => store.getState().persistence, doc: () => store.getState().doc };
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not met in time");
    await wait(5);
  }
}
