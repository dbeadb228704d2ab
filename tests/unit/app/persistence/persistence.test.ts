import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import { addPerson, personId, renameMap } from "../../../../src/domain/model";
import { DB_NAME, DB_VERSION } from "../../../../src/app/persistence/repository";
import { RECORD_SCHEMA_VERSION } from "../../../../src/app/persistence/records";
import { sampleDoc, storedRecord, tabsPerTest, until, wait } from "./helpers";

const tab = tabsPerTest();

describe("persistence controller: save and restore", () => {
  it("saves the map in memory on first start and restores it in the next session", async () => {
    const first = tab();
    await first.controller.start();
    expect(first.state().status).toBe("saved");
    expect(first.state().maps.map((m) => m.title)).toEqual(["Sample network"]);
    first.controller.dispose();

    const second = tab({}, sampleDoc("Something else", "other"));
    await second.controller.start();
    expect(second.doc().id).toBe("sample");
    expect(second.doc().people[personId("aiko")]?.name).toBe("Aiko");
  });

  it("autosaves an edit after the debounce, not before", async () => {
    const t = tab({ debounceMs: 80 });
    await t.controller.start();
    t.store.getState().apply((d) => renameMap(d, "Renamed"));
    expect(t.state().status).toBe("pending");
    await wait(20);
    expect((await storedRecord("sample"))?.title).toBe("Sample network");
    await until(() => t.state().status === "saved");
    expect((await storedRecord("sample"))?.title).toBe("Renamed");

    const next = tab();
    await next.controller.start();
    expect(next.doc().title).toBe("Renamed");
  });

  it("saves an undo like any other edit", async () => {
    const t = tab();
    await t.controller.start();
    t.store.getState().apply((d) => addPerson(d, { id: personId("ken"), name: "Ken" }));
    await t.controller.flush();
    t.store.getState().undo();
    await t.controller.flush();
    const next = tab();
    await next.controller.start();
    expect(next.doc().people[personId("ken")]).toBeUndefined();
  });

  it("reopens the map that was open last", async () => {
    const t = tab();
    await t.controller.start();
    expect(await t.controller.newMap({ title: "Second map", egoName: "Yui" })).toBe(true);
    expect(t.doc().title).toBe("Second map");
    expect(await t.controller.openMap("sample")).toBe(true);
    expect(await t.controller.openMap(t.state().maps.find((m) => m.title === "Second map")!.id)).toBe(true);
    t.controller.dispose();
    const next = tab();
    await next.controller.start();
    expect(next.doc().title).toBe("Second map");
    expect(next.doc().people[next.doc().egoId]?.name).toBe("Yui");
    expect(next.state().maps).toHaveLength(2);
  });

  it("saves pending edits before switching to another map", async () => {
    const t = tab({ debounceMs: 10_000 });
    await t.controller.start();
    await t.controller.newMap({ title: "Second", egoName: "Me" });
    t.store.getState().apply((d) => renameMap(d, "Second, edited"));
    await t.controller.openMap("sample");
    expect(
      t
        .state()
        .maps.map((m) => m.title)
        .sort(),
    ).toEqual(["Sample network", "Second, edited"]);
  });
});

describe("persistence controller: managing maps", () => {
  it("renames, duplicates and deletes maps", async () => {
    const t = tab();
    await t.controller.start();
    await t.controller.newMap({ title: "Work", egoName: "Me" });
    const workId = t.doc().id;

    expect(await t.controller.renameMap("sample", "Old sample")).toBe(true);
    expect((await storedRecord("sample"))?.title).toBe("Old sample");
    expect(t.doc().title).toBe("Work");

    expect(await t.controller.renameMap(workId, "Work life")).toBe(true);
    expect(t.doc().title).toBe("Work life");
    expect(t.store.getState().canUndo).toBe(true);

    expect(await t.controller.duplicateMap("sample", "Old sample (copy)")).toBe(true);
    const copy = t.state().maps.find((m) => m.title === "Old sample (copy)");
    expect(copy?.peopleCount).toBe(2);
    expect(copy?.id).not.toBe("sample");

    expect(await t.controller.deleteMap("sample")).toBe(true);
    expect(await storedRecord("sample")).toBeUndefined();
    expect(
      t
        .state()
        .maps.map((m) => m.title)
        .sort(),
    ).toEqual(["Old sample (copy)", "Work life"]);
  });

  it("opens another saved map when the open one is deleted, and the sample when none is left", async () => {
    const t = tab();
    await t.controller.start();
    await t.controller.newMap({ title: "Work", egoName: "Me" });
    await t.controller.deleteMap(t.doc().id);
    expect(t.doc().id).toBe("sample");
    await t.controller.deleteMap("sample");
    expect(t.doc().title).toBe("Sample network");
    await until(() => t.state().status === "saved");
    expect(t.state().maps).toHaveLength(1);
  });
});

describe("persistence controller: stored schema", () => {
  it("migrates a record from schema version 1 (document object) and rewrites it as version 2", async () => {
    const db = await openDB(DB_NAME, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore("maps");
        database.createObjectStore("meta");
      },
    });
    const legacy = sampleDoc("Legacy map", "legacy");
    await db.put(
      "maps",
      { id: "legacy", schemaVersion: 1, title: "Legacy map", document: legacy, updatedAt: "2025-05-01T00:00:00.000Z" },
      "legacy",
    );
    db.close();

    const t = tab({}, sampleDoc("Fresh", "fresh"));
    await t.controller.start();
    expect(t.doc().id).toBe("legacy");
    expect(t.doc().people[personId("aiko")]?.name).toBe("Aiko");
    t.store.getState().apply((d) => renameMap(d, "Legacy map, kept"));
    expect(await t.controller.flush()).toBe(true);
    const stored = await storedRecord("legacy");
    expect(stored?.schemaVersion).toBe(RECORD_SCHEMA_VERSION);
    expect(typeof stored?.native).toBe("string");
    expect(stored?.savedRevision).toBe(1);
    expect(stored?.title).toBe("Legacy map, kept");
  });

  it("opens a map an earlier build stored as indented text, and stores the next save compactly", async () => {
    const first = tab();
    await first.controller.start();
    first.controller.dispose();
    const record = await storedRecord("sample");
    const indented = JSON.stringify(JSON.parse(String(record?.native)), null, 2);
    const db = await openDB(DB_NAME, DB_VERSION);
    await db.put("maps", { ...record, native: indented }, "sample");
    db.close();

    const second = tab();
    await second.controller.start();
    expect(second.doc().people[personId("aiko")]?.name).toBe("Aiko");
    second.store.getState().apply((d) => addPerson(d, { id: personId("__proto__"), name: "__proto__" }));
    await second.controller.flush();
    const saved = String((await storedRecord("sample"))?.native);
    expect(saved.length).toBeLessThan(indented.length);
    expect(saved).not.toContain("\n");
    const people = (JSON.parse(saved) as { document: { people: Record<string, { name: string }> } }).document.people;
    expect(Object.hasOwn(people, "__proto__") && people["__proto__"]?.name).toBe("__proto__");
    expect(people["aiko"]?.name).toBe("Aiko");
  });

  it("refuses to open or overwrite a record saved by a newer version, and says so", async () => {
    const db = await openDB(DB_NAME, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore("maps");
        database.createObjectStore("meta");
      },
    });
    await db.put("maps", { id: "future", schemaVersion: 99, title: "From the future", native: "{}" }, "future");
    db.close();
    const t = tab();
    await t.controller.start();
    expect(t.state().problem).toMatchObject({ kind: "newerRecord", mapTitle: "From the future" });
    expect(t.doc().id).toBe("sample");
    expect((await storedRecord("future"))?.schemaVersion).toBe(99);
  });
});
