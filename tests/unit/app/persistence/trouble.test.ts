import { afterEach, describe, expect, it } from "vitest";
import { addPerson, personId, renameMap } from "../../../../src/domain/model";
import { storedRecord, tabsPerTest, until } from "./helpers";

const tab = tabsPerTest();

const storedTitle = async (id: string): Promise<unknown> => (await storedRecord(id))?.title;

const realPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

function failWrites(name: string, message: string): void {
  IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
    if (this.name === "maps") throw new DOMException(message, name);
    return realPut.apply(this, args);
  };
}

describe("storage trouble", () => {
  it("reports a full quota, keeps the edited map in memory and the saved copy intact", async () => {
    const t = tab();
    await t.controller.start();
    failWrites("QuotaExceededError", "The quota has been exceeded.");
    t.store.getState().apply((d) => renameMap(d, "Edited while full"));
    t.store.getState().apply((d) => addPerson(d, { id: personId("ken"), name: "Ken" }));
    expect(await t.controller.flush()).toBe(false);

    expect(t.state().status).toBe("failed");
    expect(t.state().problem).toMatchObject({ kind: "quota", mapTitle: "Edited while full" });
    expect(t.doc().title).toBe("Edited while full");
    expect(t.doc().people[personId("ken")]?.name).toBe("Ken");
    expect(t.store.getState().canUndo).toBe(true);
    expect(await storedTitle("sample")).toBe("Sample network");

    // Still editable; once space is freed, "Try again" saves everything and clears the message.
    t.store.getState().apply((d) => renameMap(d, "Edited, then saved"));
    IDBObjectStore.prototype.put = realPut;
    expect(await t.controller.flush()).toBe(true);
    expect(t.state().problem).toBeNull();
    expect(t.state().status).toBe("saved");
    expect(await storedTitle("sample")).toBe("Edited, then saved");
  });

  it("reports any other failed write as not saved, with the browser's reason", async () => {
    const t = tab();
    await t.controller.start();
    failWrites("UnknownError", "Disk I/O error");
    t.store.getState().apply((d) => renameMap(d, "X"));
    await until(() => t.state().status === "failed");
    expect(t.state().problem).toMatchObject({ kind: "writeFailed", detail: "Disk I/O error" });
    expect(await storedTitle("sample")).toBe("Sample network");
  });

  it("keeps working in memory when IndexedDB is unavailable (private mode)", async () => {
    Reflect.deleteProperty(globalThis, "indexedDB");
    const t = tab();
    await t.controller.start();
    expect(t.state().status).toBe("off");
    expect(t.state().problem?.kind).toBe("unavailable");
    t.store.getState().apply((d) => renameMap(d, "Still editable"));
    expect(t.doc().title).toBe("Still editable");
    expect(t.state().status).toBe("off");
  });

  it("reports a database that refuses to open", async () => {
    globalThis.indexedDB = {
      open() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    } as unknown as IDBFactory;
    const t = tab();
    await t.controller.start();
    expect(t.state().problem).toMatchObject({ kind: "unavailable", detail: "The operation is insecure." });
  });
});

describe("two tabs on the same map", () => {
  it("tells the other tab when one saved a newer version, and lets it load that version", async () => {
    const channelName = `test-${Math.random()}`;
    const a = tab({ channelName });
    const b = tab({ channelName });
    await a.controller.start();
    await b.controller.start();
    a.store.getState().apply((d) => renameMap(d, "Saved in tab A"));
    await a.controller.flush();
    await until(() => b.state().conflict !== null);
    expect(b.state().conflict).toMatchObject({ mapId: "sample", title: "Saved in tab A" });
    expect(b.state().status).toBe("conflict");

    // B's own edit is not written over A's.
    b.store.getState().apply((d) => renameMap(d, "Edited in tab B"));
    expect(await b.controller.flush()).toBe(false);
    expect(await storedTitle("sample")).toBe("Saved in tab A");

    expect(await b.controller.loadTheirs()).toBe(true);
    expect(b.doc().title).toBe("Saved in tab A");
    expect(b.state().conflict).toBeNull();
    b.store.getState().apply((d) => renameMap(d, "Then edited in B"));
    expect(await b.controller.flush()).toBe(true);
    expect(await storedTitle("sample")).toBe("Then edited in B");
  });

  it("detects the conflict at write time without notices, and keeps both versions on 'keep mine'", async () => {
    const a = tab();
    const b = tab();
    await a.controller.start();
    await b.controller.start();
    a.store.getState().apply((d) => renameMap(d, "A's version"));
    expect(await a.controller.flush()).toBe(true);
    b.store.getState().apply((d) => addPerson(d, { id: personId("ken"), name: "Ken" }));
    expect(await b.controller.flush()).toBe(false);
    expect(b.state().conflict?.title).toBe("A's version");
    expect(await storedTitle("sample")).toBe("A's version");

    expect(await b.controller.keepMineAsCopy("Sample network (copy)")).toBe(true);
    expect(b.doc().id).not.toBe("sample");
    expect(b.doc().people[personId("ken")]?.name).toBe("Ken");
    expect(await storedTitle(b.doc().id)).toBe("Sample network (copy)");
    expect(await storedTitle("sample")).toBe("A's version");
  });

  it("keeps a map opened from a file whose id is already saved as a separate map", async () => {
    const t = tab();
    await t.controller.start();
    await t.controller.newMap({ title: "Other", egoName: "Me" });
    const imported = renameMap(t.doc(), "x");
    t.store.getState().replaceDocument({ ...imported, id: "sample" as typeof imported.id, title: "Imported file" });
    await until(() => t.state().status === "saved");
    expect(t.doc().id).not.toBe("sample");
    expect(await storedTitle("sample")).toBe("Sample network");
    expect(await storedTitle(t.doc().id)).toBe("Imported file");
  });
});

describe("opening late", () => {
  it("keeps edits made while the database was still opening instead of replacing them", async () => {
    const first = tab();
    await first.controller.start();
    first.controller.dispose();

    const t = tab();
    const started = t.controller.start();
    t.store.getState().apply((d) => renameMap(d, "Edited before the database opened"));
    await started;
    expect(t.doc().title).toBe("Edited before the database opened");
    expect(t.doc().id).not.toBe("sample");
    expect(await storedTitle("sample")).toBe("Sample network");
    expect(await storedTitle(t.doc().id)).toBe("Edited before the database opened");
  });
});
