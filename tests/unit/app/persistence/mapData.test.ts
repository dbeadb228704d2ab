// Census answers, interview progress and layout provenance are saved with the map (its record),
// and entries that earlier versions left in localStorage are moved into the map once.
import { describe, expect, it } from "vitest";
import {
  addAlter,
  answerCensusNo,
  personId,
  setInterview,
  setLayoutPositions,
  setPositions,
  tieId,
  type MapDocument,
} from "../../../../src/domain/model";
import {
  attachLegacyImport,
  legacyCensusKey,
  legacyWizardKey,
  mergeLegacyEntries,
  readLegacyEntries,
} from "../../../../src/app/persistence/legacyLocalStorage";
import { StorageError } from "../../../../src/app/persistence/problems";
import { sampleDoc, storedRecord, tabsPerTest, until } from "./helpers";

const ego = personId("ego");
const aiko = personId("aiko");
const ken = personId("ken");

const tab = tabsPerTest();

/** localStorage as earlier versions used it. */
function memoryStorage(entries: Record<string, string> = {}): Storage {
  const m = new Map(Object.entries(entries));
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

const withKen = () => {
  const doc = sampleDoc();
  return { ...doc, people: { ...doc.people, [ken]: { id: ken, name: "Ken", communityIds: [] } } };
};

describe("map data in the saved map", () => {
  it("restores census answers, interview progress and layout positions in the next session", async () => {
    const first = tab({}, withKen());
    await first.controller.start();
    const s = first.store.getState;
    s().apply((d) => answerCensusNo(d, aiko, ken));
    s().apply((d) => setLayoutPositions(setPositions(d, { [ego]: { x: 1, y: 1 } }), { [aiko]: { x: 5, y: 5 } }));
    s().apply((d) => setInterview(d, { step: "dormant", mentions: { dormant: [ken] } }), { undoable: false });
    await first.controller.flush();
    first.controller.dispose();

    const second = tab({}, sampleDoc("Other", "other"));
    await second.controller.start();
    expect(second.doc().censusNo).toEqual([tieId(aiko, ken)]);
    expect(second.doc().interview).toEqual({ step: "dormant", mentions: { dormant: [ken] } });
    expect(second.doc().positions).toEqual({ [ego]: { x: 1, y: 1 }, [aiko]: { x: 5, y: 5, source: "layout" } });
  });

  it("deletes them with the map", async () => {
    const t = tab();
    await t.controller.start();
    await t.controller.newMap({ title: "Work", egoName: "Me" });
    const workId = t.doc().id;
    const s = t.store.getState;
    s().apply((d) => addAlter(addAlter(d, { id: aiko, name: "Aiko" }), { id: ken, name: "Ken" }));
    s().apply((d) => setLayoutPositions(answerCensusNo(d, aiko, ken), { [aiko]: { x: 2, y: 3 } }));
    s().apply((d) => setInterview(d, { step: "work", mentions: {} }), { undoable: false });
    await t.controller.flush();
    const saved = JSON.parse(String((await storedRecord(workId))?.native)) as { document: MapDocument };
    expect(saved.document.censusNo).toEqual([tieId(aiko, ken)]);
    expect(saved.document.interview).toEqual({ step: "work", mentions: {} });
    await t.controller.deleteMap(workId);
    expect(await storedRecord(workId)).toBeUndefined();
    expect(t.doc().id).toBe("sample");
    expect(t.doc().censusNo).toEqual([]);
    expect(t.doc().interview).toBeNull();
  });
});

describe("attachLegacyImport", () => {
  const legacy = () =>
    memoryStorage({
      [legacyCensusKey("sample")]: JSON.stringify([tieId(aiko, ken), tieId(aiko, personId("gone")), 7]),
      [legacyWizardKey("sample")]: JSON.stringify({ step: "job", mentions: { job: ["ken"], start: ["x"] } }),
      [legacyWizardKey("elsewhere")]: JSON.stringify({ step: "work", mentions: {} }),
    });

  it("moves a map's entries into its document once, and removes them after the save", async () => {
    const first = tab({}, withKen());
    await first.controller.start();
    first.controller.dispose();

    const storage = legacy();
    const t = tab({}, sampleDoc("Other", "other"));
    const detach = attachLegacyImport(t.store, storage);
    await t.controller.start();
    await until(() => storage.getItem(legacyWizardKey("sample")) === null);
    detach();
    expect(t.doc().censusNo).toEqual([tieId(aiko, ken)]);
    expect(t.doc().interview).toEqual({ step: "job", mentions: { job: [ken] } });
    expect(t.store.getState().canUndo).toBe(false);
    expect(storage.getItem(legacyCensusKey("sample"))).toBeNull();
    // Another map's entries wait until that map is opened.
    expect(storage.getItem(legacyWizardKey("elsewhere"))).not.toBeNull();
    t.controller.dispose();

    const next = tab({}, sampleDoc("Other", "other"));
    await next.controller.start();
    expect(next.doc().censusNo).toEqual([tieId(aiko, ken)]);
    expect(next.doc().interview?.step).toBe("job");
  });

  it("keeps the entries while the map cannot be saved", async () => {
    const storage = legacy();
    const t = tab(
      { openRepository: () => Promise.reject(new StorageError({ kind: "unavailable", detail: "test" })) },
      withKen(),
    );
    attachLegacyImport(t.store, storage);
    await t.controller.start();
    await until(() => t.doc().interview !== null);
    expect(t.state().status).toBe("off");
    expect(t.doc().interview?.step).toBe("job");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(storage.getItem(legacyWizardKey("sample"))).not.toBeNull();
  });
});

describe("readLegacyEntries / mergeLegacyEntries", () => {
  it("keeps the interview already in the map and ignores an interview that never left the start", () => {
    const storage = memoryStorage({
      [legacyWizardKey("sample")]: JSON.stringify({ step: "family", mentions: {} }),
      [legacyWizardKey("other")]: JSON.stringify({ step: "start", mentions: {} }),
    });
    const entries = readLegacyEntries(storage, "sample");
    if (!entries) throw new Error("expected entries");
    const inProgress = setInterview(sampleDoc(), { step: "census", mentions: {} });
    expect(mergeLegacyEntries(inProgress, entries)).toBe(inProgress);
    expect(mergeLegacyEntries(sampleDoc(), entries).interview?.step).toBe("family");
    expect(readLegacyEntries(storage, "other")).toMatchObject({ interview: null, keys: [legacyWizardKey("other")] });
    expect(readLegacyEntries(storage, "none")).toBeNull();
  });

  it("reads a pair whose ids contain the separator", () => {
    const a = personId("x~1");
    const b = personId("y");
    const doc = {
      ...sampleDoc(),
      people: {
        ...sampleDoc().people,
        [a]: { id: a, name: "A", communityIds: [] },
        [b]: { id: b, name: "B", communityIds: [] },
      },
    };
    const storage = memoryStorage({ [legacyCensusKey("sample")]: JSON.stringify([tieId(a, b)]) });
    expect(mergeLegacyEntries(doc, readLegacyEntries(storage, "sample")!).censusNo).toEqual([tieId(a, b)]);
  });
});
