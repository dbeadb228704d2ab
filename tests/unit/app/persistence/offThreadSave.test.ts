// Autosave through the save worker (offThreadSave.ts), with the worker run in this process on
// structured clones of its messages: the map on disk is the map in the tab, edit after edit (the
// worker gets only the change after the first save); another tab's newer save is still a
// conflict; a failed write is the same problem as on the main thread; and a worker that cannot
// open the database or stops saves nothing twice and loses nothing — the main thread saves.
import { describe, expect, it } from "vitest";
import { addPerson, personId, renameMap, type MapDocument } from "../../../../src/domain/model";
import {
  createSaveHandler,
  offThreadSaves,
  type SaveRequest,
  type SaveWorkerLike,
} from "../../../../src/app/persistence/offThreadSave";
import { StorageError } from "../../../../src/app/persistence/problems";
import { openMapRepository, type MapRepository } from "../../../../src/app/persistence/repository";
import { sampleDoc, tabsPerTest, until } from "./helpers";

const tab = tabsPerTest();

interface FakeWorker extends SaveWorkerLike {
  readonly sent: SaveRequest["type"][];
  terminated: boolean;
}

/** A save worker in this process: the handler on structured clones, replies a turn later. */
function inProcessWorker(open: () => Promise<MapRepository> = () => openMapRepository()): FakeWorker {
  const handle = createSaveHandler(open);
  const w: FakeWorker = {
    sent: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      w.sent.push(message.type);
      void handle(structuredClone(message)).then((reply) => {
        if (!w.terminated) w.onmessage?.({ data: structuredClone(reply) } as MessageEvent);
      });
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}

const options = (expected: number | null) => ({ expected, savedBy: "tab-1", now: "2026-12-04T10:00:00.000Z" });

async function loaded(id: string): Promise<MapDocument> {
  const repo = await openMapRepository();
  try {
    return (await repo.load(id)).doc;
  } finally {
    repo.close();
  }
}

describe("saving through the save worker", () => {
  it("writes the tab's map, then each edit as a change, and the stored map is the tab's", async () => {
    tab();
    const worker = inProcessWorker();
    const repo = offThreadSaves(await openMapRepository(), () => worker);
    let doc = sampleDoc();
    const first = await repo.save(doc, options(null));
    expect(first.kind).toBe("saved");
    doc = addPerson(doc, { id: personId("sakura"), name: "渡辺 さくら" });
    doc = renameMap(doc, "佐藤さんのつながり");
    const second = await repo.save(doc, options(first.kind === "saved" ? first.savedRevision : null));
    expect(second).toMatchObject({ kind: "saved", savedRevision: 2 });
    expect(worker.sent).toEqual(["save", "save-delta"]);
    // As the main thread writes it: the document, stamped with the save's time.
    expect(await loaded(doc.id)).toEqual({ ...doc, updatedAt: options(1).now });
    repo.close();
    expect(worker.terminated).toBe(true);
  });

  it("still refuses to overwrite a newer save from another tab", async () => {
    tab();
    const repo = offThreadSaves(await openMapRepository(), () => inProcessWorker());
    const doc = sampleDoc();
    await repo.save(doc, options(null));
    await repo.save(renameMap(doc, "From tab one"), options(1));
    const stale = await repo.save(renameMap(doc, "From a stale tab"), options(1));
    expect(stale).toMatchObject({ kind: "conflict", reason: "newer", theirSavedRevision: 2 });
    expect((await loaded(doc.id)).title).toBe("From tab one");
    repo.close();
  });

  it("reports a failed write as the main thread would, and keeps the copy on disk", async () => {
    tab();
    const failing = async (): Promise<MapRepository> => ({
      ...(await openMapRepository()),
      save: () => Promise.reject(new StorageError({ kind: "quota", mapTitle: "Sample network" })),
    });
    const repo = offThreadSaves(await openMapRepository(), () => inProcessWorker(failing));
    const error = await repo.save(sampleDoc(), options(null)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toEqual({ kind: "quota", mapTitle: "Sample network" });
    repo.close();
  });

  it("saves on the main thread when the worker cannot open the database, or stops, or is unavailable", async () => {
    tab();
    const noDatabase = inProcessWorker(() => Promise.reject(new Error("no IndexedDB in workers here")));
    const repo = offThreadSaves(await openMapRepository(), () => noDatabase);
    const doc = sampleDoc();
    expect(await repo.save(doc, options(null))).toMatchObject({ kind: "saved", savedRevision: 1 });
    expect(noDatabase.terminated).toBe(true);
    // Later saves do not try the worker again.
    expect(await repo.save(renameMap(doc, "Again"), options(1))).toMatchObject({ kind: "saved", savedRevision: 2 });
    expect(noDatabase.sent).toEqual(["save"]);
    repo.close();

    const dying = inProcessWorker();
    dying.postMessage = () => dying.onerror?.({ message: "worker script failed" } as ErrorEvent);
    const second = offThreadSaves(await openMapRepository(), () => dying);
    expect(await second.save(renameMap(doc, "Third"), options(2))).toMatchObject({ kind: "saved", savedRevision: 3 });
    second.close();

    const none = offThreadSaves(await openMapRepository(), () => null);
    expect(await none.save(renameMap(doc, "Fourth"), options(3))).toMatchObject({ kind: "saved", savedRevision: 4 });
    expect((await loaded(doc.id)).title).toBe("Fourth");
    none.close();
  });

  it("takes a save the worker committed just before it died as saved, not as a conflict with itself", async () => {
    tab();
    const repo0 = await openMapRepository();
    const handle = createSaveHandler(() => openMapRepository());
    const dying = inProcessWorker();
    dying.postMessage = (message) => {
      // The write commits; the worker dies before it answers.
      void handle(structuredClone(message)).then(() => dying.onerror?.({ message: "out of memory" } as ErrorEvent));
    };
    const repo = offThreadSaves(repo0, () => dying);
    const doc = sampleDoc();
    expect(await repo.save(doc, options(null))).toMatchObject({ kind: "saved", savedRevision: 1 });
    // The next save goes on from there, on this thread.
    expect(await repo.save(renameMap(doc, "Next"), options(1))).toMatchObject({ kind: "saved", savedRevision: 2 });
    expect((await loaded(doc.id)).title).toBe("Next");
    repo.close();
  });

  it("autosaves a tab's edits through it and restores them in the next session", async () => {
    const workers: FakeWorker[] = [];
    const openRepository = async (callbacks: Parameters<typeof openMapRepository>[0]) =>
      offThreadSaves(await openMapRepository(callbacks), () => {
        const w = inProcessWorker();
        workers.push(w);
        return w;
      });
    const t = tab({ openRepository });
    await t.controller.start();
    t.store.getState().apply((d) => addPerson(d, { id: personId("ken"), name: "高橋 健" }));
    await until(() => t.state().status === "saved");
    expect(workers[0]?.sent).toEqual(["save", "save-delta"]);
    t.controller.dispose();
    const next = tab();
    await next.controller.start();
    expect(next.doc().people[personId("ken")]?.name).toBe("高橋 健");
  });
});
