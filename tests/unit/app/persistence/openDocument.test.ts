// Opening a document that was never saved (an import "as a new map") is all or nothing: a failure
// while saving the open map first, drawing the new one or saving it leaves the previous map open,
// with its undo history, saved, and the one restored next time; the status never says "Saved"
// for a document that is not in IndexedDB.
import { afterEach, describe, expect, it } from "vitest";
import { addPerson, createDocument, mapId, personId, renameMap, type MapDocument } from "../../../../src/domain/model";
import type { SaveStatus } from "../../../../src/app/persistence/state";
import { createPersistenceController } from "../../../../src/app/persistence/controller";
import { createMapStore } from "../../../../src/store/mapStore";
import { sampleDoc, storedKeys, tabsPerTest, type Tab } from "./helpers";

const tab = tabsPerTest();

const IMPORTED_ID = "imported-map";

function importedDoc(): MapDocument {
  const doc = createDocument({
    id: mapId(IMPORTED_ID),
    title: "Imported network",
    egoId: personId("me"),
    egoName: "Mina",
    now: "2026-02-01T00:00:00.000Z",
  });
  return addPerson(doc, { id: personId("proto"), name: "Proto" });
}

const storedIds = () => storedKeys("maps");

const realPut = IDBObjectStore.prototype.put;
/** The next write of the map `id` throws (as IndexedDB does for a full disk or a refused write). */
function failWriteOf(id: string, name: string, message: string): void {
  IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
    if (this.name === "maps" && args[1] === id) throw new DOMException(message, name);
    return realPut.apply(this, args);
  };
}

/** Every save status shown while a document with this id was in the store. */
function statusesWhileOpen(t: Tab, id: string): SaveStatus[] {
  const seen: SaveStatus[] = [];
  const note = () => {
    if (t.doc().id === id) seen.push(t.state().status);
  };
  t.store.subscribe(note);
  return seen;
}

/** A started tab whose map has one unsaved-then-saved edit (so it has undo history). */
async function editedTab(): Promise<Tab> {
  const t = tab();
  await t.controller.start();
  t.store.getState().apply((d) => addPerson(d, { id: personId("ken"), name: "Ken" }));
  expect(await t.controller.flush()).toBe(true);
  return t;
}

function expectPreviousMapOpen(t: Tab): void {
  expect(t.doc().id).toBe("sample");
  expect(t.doc().people[personId("ken")]?.name).toBe("Ken");
  expect(t.store.getState().canUndo).toBe(true);
  expect(t.state().status).toBe("saved");
}

async function expectRestoredNextTime(): Promise<void> {
  const next = tab();
  await next.controller.start();
  expect(next.doc().id).toBe("sample");
  expect(next.doc().people[personId("ken")]?.name).toBe("Ken");
}

afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

describe("opening a new document (import as a new map)", () => {
  it("opens, saves and restores it next time", async () => {
    const t = await editedTab();
    expect(await t.controller.openDocument(importedDoc())).toEqual({ ok: true });
    expect(t.doc().title).toBe("Imported network");
    expect(t.state().status).toBe("saved");
    expect(await storedIds()).toEqual([IMPORTED_ID, "sample"]);
    const next = tab();
    await next.controller.start();
    expect(next.doc().id).toBe(IMPORTED_ID);
  });

  it("a failed save of the new map reopens the previous one, saved, with its undo history", async () => {
    const t = await editedTab();
    const seen = statusesWhileOpen(t, IMPORTED_ID);
    failWriteOf(IMPORTED_ID, "UnknownError", "Disk I/O failed");
    const result = await t.controller.openDocument(importedDoc());
    expect(result).toMatchObject({
      ok: false,
      step: "save",
      problem: { kind: "writeFailed", detail: "Disk I/O failed" },
    });
    expectPreviousMapOpen(t);
    expect(t.state().problem).toBeNull();
    expect(seen).not.toContain("saved");
    expect(seen.length).toBeGreaterThan(0);
    expect(await storedIds()).toEqual(["sample"]);
    await expectRestoredNextTime();

    // The previous map goes on being saved.
    IDBObjectStore.prototype.put = realPut;
    t.store.getState().apply((d) => renameMap(d, "Edited after the failed import"));
    expect(await t.controller.flush()).toBe(true);
    const next = tab();
    await next.controller.start();
    expect(next.doc().title).toBe("Edited after the failed import");
  });

  it("says the storage is full when the new map does not fit", async () => {
    const t = await editedTab();
    failWriteOf(IMPORTED_ID, "QuotaExceededError", "The quota has been exceeded.");
    const result = await t.controller.openDocument(importedDoc());
    expect(result).toMatchObject({ ok: false, step: "save", problem: { kind: "quota" } });
    expectPreviousMapOpen(t);
    await expectRestoredNextTime();
  });

  it("a render rebuild that throws reopens the previous map and writes nothing", async () => {
    const t = await editedTab();
    const seen = statusesWhileOpen(t, IMPORTED_ID);
    t.store.subscribe((s) => {
      if (s.doc.id === IMPORTED_ID) throw new Error("an edge linking these nodes already exists");
    });
    const result = await t.controller.openDocument(importedDoc());
    expect(result).toEqual({
      ok: false,
      step: "display",
      problem: null,
      detail: "an edge linking these nodes already exists",
    });
    expectPreviousMapOpen(t);
    expect(seen).not.toContain("saved");
    expect(await storedIds()).toEqual(["sample"]);
    await expectRestoredNextTime();
  });

  it("does not open the new map when the open map's pending edits cannot be saved first", async () => {
    const t = await editedTab();
    t.store.getState().apply((d) => renameMap(d, "Pending edit"));
    failWriteOf("sample", "UnknownError", "Disk I/O failed");
    const result = await t.controller.openDocument(importedDoc());
    expect(result).toMatchObject({ ok: false, step: "saveCurrent", problem: { kind: "writeFailed" } });
    expect(t.doc().title).toBe("Pending edit");
    expect(t.state().status).toBe("failed");
    expect(await storedIds()).toEqual(["sample"]);
  });
});

describe("a store subscriber that throws", () => {
  it("does not keep persistence from saving the document (status stays truthful)", async () => {
    // Subscribed before the controller, like the metrics wiring in the app.
    const store = createMapStore(sampleDoc());
    const broken = (doc: MapDocument) => Object.values(doc.people).some((p) => p.name === "Broken");
    store.subscribe((s) => {
      if (broken(s.doc)) throw new Error("cannot analyse this map");
    });
    const controller = createPersistenceController({ store, channelName: null, fallbackDocument: () => sampleDoc() });
    try {
      await controller.start();
      expect(() => store.getState().apply((d) => addPerson(d, { id: personId("b"), name: "Broken" }))).toThrow(
        "cannot analyse this map",
      );
      expect(store.getState().persistence.status).toBe("pending");
      expect(await controller.flush()).toBe(true);
      expect(store.getState().persistence.status).toBe("saved");
    } finally {
      controller.dispose();
    }
    const next = tab();
    await next.controller.start();
    expect(next.doc().people[personId("b")]?.name).toBe("Broken");
  });
});
