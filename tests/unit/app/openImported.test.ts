// "Open as a new map" from the import dialog's review step, with the app's own persistence wiring:
// a failure at any step (making the document, drawing it, saving it) keeps the open map.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openImportedAsNewMap, type ImportedMap } from "../../../src/app/importExport";
import { addPerson, personId } from "../../../src/domain/model";
import { importFile } from "../../../src/io/import";
import { XmldomParser } from "../../../src/io/import/xmldom";
import { freshDatabase, openTab } from "./persistence/helpers";

type Tab = ReturnType<typeof openTab>;
let t: Tab;

function starFile(): ImportedMap {
  const bytes = new Uint8Array(readFileSync("tests/fixtures/graphs/star.graphology.json"));
  const r = importFile("star.graphology.json", bytes, { domParser: XmldomParser });
  if (!r.ok) throw new Error("fixture does not import");
  return r.value;
}

const realPut = IDBObjectStore.prototype.put;

beforeEach(async () => {
  freshDatabase();
  t = openTab();
  await t.controller.start();
  t.store.getState().apply((d) => addPerson(d, { id: personId("ken"), name: "Ken" }));
  expect(await t.controller.flush()).toBe(true);
});
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
  t.controller.dispose();
});

async function expectPreviousMapKept(): Promise<void> {
  expect(t.doc().id).toBe("sample");
  expect(t.doc().people[personId("ken")]?.name).toBe("Ken");
  expect(t.store.getState().canUndo).toBe(true);
  expect(t.state().status).toBe("saved");
  const next = openTab();
  await next.controller.start();
  expect(next.doc().id).toBe("sample");
  expect(next.doc().people[personId("ken")]?.name).toBe("Ken");
  next.controller.dispose();
}

describe("openImportedAsNewMap", () => {
  it("opens and saves the imported map", async () => {
    const result = await openImportedAsNewMap(t.store, t.controller, starFile(), "star", "Mina");
    expect(result).toEqual({ ok: true, title: "star.graphology" });
    expect(t.state().status).toBe("saved");
    const next = openTab();
    await next.controller.start();
    expect(next.doc().title).toBe("star.graphology");
    expect(next.doc().people[next.doc().egoId]?.name).toBe("Mina");
    next.controller.dispose();
  });

  it("keeps the open map, saved, when the imported map cannot be saved", async () => {
    const imported = starFile();
    IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
      if (this.name === "maps" && args[1] !== "sample")
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return realPut.apply(this, args);
    };
    const result = await openImportedAsNewMap(t.store, t.controller, imported, "star");
    expect(result).toMatchObject({ ok: false, step: "save", problem: { kind: "quota" } });
    await expectPreviousMapKept();
  });

  it("keeps the open map when drawing the imported map throws", async () => {
    const imported = starFile();
    t.store.subscribe((s) => {
      if (s.doc.id !== "sample") throw new Error("cannot draw this map");
    });
    const result = await openImportedAsNewMap(t.store, t.controller, imported, "star");
    expect(result).toMatchObject({ ok: false, step: "display", detail: "cannot draw this map" });
    await expectPreviousMapKept();
  });

  it("keeps the open map when the imported document cannot be made", async () => {
    const imported = starFile();
    const broken = { ...imported, doc: { ...imported.doc, title: undefined as unknown as string } };
    const result = await openImportedAsNewMap(t.store, t.controller, broken, "star");
    expect(result).toMatchObject({ ok: false, step: "create" });
    await expectPreviousMapKept();
  });
});
