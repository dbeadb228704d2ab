import { describe, expect, it } from "vitest";
import {
  addPerson,
  createDocument,
  mapId,
  personId,
  renameMap,
  setInterview,
  type MapDocument,
} from "../../../src/domain/model";
import { HISTORY_LIMIT } from "../../../src/store/history";
import { createMapStore } from "../../../src/store/mapStore";

function doc(title = "Test map"): MapDocument {
  return createDocument({
    id: mapId("m1"),
    title,
    egoId: personId("ego"),
    egoName: "Me",
    now: "2026-01-01T00:00:00.000Z",
  });
}

describe("map store history", () => {
  it("undoes and redoes document edits, bumping the revision each time", () => {
    const store = createMapStore(doc());
    const s = () => store.getState();
    s().apply((d) => renameMap(d, "First"));
    s().apply((d) => addPerson(d, { id: personId("p1"), name: "Aiko" }));
    expect(s().canUndo).toBe(true);
    expect(s().canRedo).toBe(false);
    const rev = s().revision;

    s().undo();
    expect(s().doc.people[personId("p1")]).toBeUndefined();
    expect(s().doc.title).toBe("First");
    expect(s().revision).toBe(rev + 1);
    expect(s().canRedo).toBe(true);

    s().undo();
    expect(s().doc.title).toBe("Test map");
    expect(s().canUndo).toBe(false);

    s().redo();
    s().redo();
    expect(s().doc.people[personId("p1")]?.name).toBe("Aiko");
    expect(s().canRedo).toBe(false);
    expect(s().revision).toBe(rev + 4);
  });

  it("ignores undo and redo when there is nothing to step to", () => {
    const store = createMapStore(doc());
    const before = store.getState();
    before.undo();
    before.redo();
    expect(store.getState().revision).toBe(before.revision);
    expect(store.getState().doc).toBe(before.doc);
  });

  it("coalesces consecutive edits that share a key into one undo step", () => {
    const store = createMapStore(doc());
    const s = () => store.getState();
    for (const title of ["T", "Ti", "Tit", "Title"])
      s().apply((d) => renameMap(d, title), { coalesceKey: "map:title" });
    s().apply((d) => addPerson(d, { id: personId("p1"), name: "Aiko" }));
    s().undo();
    expect(s().doc.title).toBe("Title");
    s().undo();
    expect(s().doc.title).toBe("Test map");
    expect(s().canUndo).toBe(false);
  });

  it("keeps a bounded history", () => {
    const store = createMapStore(doc());
    for (let i = 0; i < HISTORY_LIMIT + 25; i++) store.getState().apply((d) => renameMap(d, `Title ${i}`));
    let steps = 0;
    while (store.getState().canUndo) {
      store.getState().undo();
      steps++;
    }
    expect(steps).toBe(HISTORY_LIMIT);
    expect(store.getState().doc.title).toBe("Title 24");
  });

  it("clears the history when another document is opened", () => {
    const store = createMapStore(doc());
    store.getState().apply((d) => renameMap(d, "Changed"));
    store.getState().replaceDocument(doc("Other"));
    expect(store.getState().canUndo).toBe(false);
    store.getState().undo();
    expect(store.getState().doc.title).toBe("Other");
  });

  it("drops the selection when undo removes the selected person", () => {
    const store = createMapStore(doc());
    store.getState().apply((d) => addPerson(d, { id: personId("p1"), name: "Aiko" }));
    store.getState().select(personId("p1"));
    store.getState().undo();
    expect(store.getState().selectedId).toBeNull();
    store.getState().select(personId("ego"));
    store.getState().redo();
    expect(store.getState().selectedId).toBe("ego");
  });

  it("records nothing when an updater fails or changes nothing", () => {
    const store = createMapStore(doc());
    expect(() => store.getState().apply((d) => addPerson(d, { id: personId("p1"), name: "  " }))).toThrow();
    store.getState().apply((d) => d);
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().revision).toBe(1);
  });

  it("keeps a change that is not an undo step through undo and redo", () => {
    const store = createMapStore(doc());
    const s = () => store.getState();
    s().apply((d) => addPerson(d, { id: personId("p1"), name: "Aiko" }));
    s().apply((d) => addPerson(d, { id: personId("p2"), name: "Ben" }));
    s().undo();
    const rev = s().revision;
    s().apply((d) => setInterview(d, { step: "work", mentions: {} }), { undoable: false });
    expect(s().revision).toBe(rev + 1);
    expect(s().canRedo).toBe(true);
    expect(s().history.past).toHaveLength(1);

    s().undo();
    expect(s().doc.people[personId("p1")]).toBeUndefined();
    expect(s().doc.interview?.step).toBe("work");
    s().redo();
    s().redo();
    expect(s().doc.people[personId("p2")]?.name).toBe("Ben");
    expect(s().doc.interview?.step).toBe("work");
  });
});
