import "fake-indexeddb/auto";
import { openDB } from "idb";
import { afterEach, beforeEach } from "vitest";
import { IDBFactory } from "fake-indexeddb";
import { addPerson, createDocument, mapId, personId, type MapDocument } from "../../../../src/domain/model";
import { createPersistenceController, type ControllerOptions } from "../../../../src/app/persistence/controller";
import { createMapStore } from "../../../../src/store/mapStore";
import { DB_NAME, DB_VERSION } from "../../../../src/app/persistence/repository";

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

export type Tab = ReturnType<typeof openTab>;
type TabOptions = Partial<Omit<ControllerOptions, "store">>;

/**
 * Every test of the file starts on a fresh database and the tabs it opened are disposed after it.
 * Returns the function that opens a tab (with `defaults` under the options it is given).
 */
export function tabsPerTest(defaults: TabOptions = {}): (options?: TabOptions, initial?: MapDocument) => Tab {
  const tabs: Tab[] = [];
  beforeEach(freshDatabase);
  afterEach(() => {
    for (const t of tabs.splice(0)) t.controller.dispose();
  });
  return (options = {}, initial) => {
    const t = openTab({ ...defaults, ...options }, initial);
    tabs.push(t);
    return t;
  };
}

/** The record saved for map `id`, as IndexedDB holds it. */
export async function storedRecord(id: string): Promise<Record<string, unknown> | undefined> {
  const db = await openDB(DB_NAME, DB_VERSION);
  const value = (await db.get("maps", id)) as Record<string, unknown> | undefined;
  db.close();
  return value;
}

/** The keys of an object store, sorted. */
export async function storedKeys(store: "maps" | "meta"): Promise<string[]> {
  const db = await openDB(DB_NAME, DB_VERSION);
  const keys = (await db.getAllKeys(store)).map(String);
  db.close();
  return keys.sort();
}
