// Encrypted backup through the persistence controller: what is read for an export, and a restore
// that adds maps all or nothing without ever replacing a map already saved.
import { afterEach, describe, expect, it } from "vitest";
import { addPerson, personId, renameMap } from "../../../../src/domain/model";
import {
  backupFileName,
  buildBackup,
  passphraseStrength,
  readBackupFile,
  restoreBackup,
} from "../../../../src/app/backup";
import { readBackupEnvelope, type BackupEnvelope } from "../../../../src/io/backup";
import { freshDatabase, sampleDoc, storedKeys, storedRecord, tabsPerTest, type Tab } from "./helpers";

const tab = tabsPerTest();
const FAST = { iterations: 100_000, now: "2026-03-01T09:00:00.000Z" };
const PASS = "correct horse battery staple";
const restored = (title: string) => `${title} (restored)`;

const realPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

/** A tab with the sample map (edited, unsaved) and a second saved map, "転職の地図". */
async function twoMaps(): Promise<Tab> {
  const t = tab();
  await t.controller.start();
  expect(await t.controller.newMap({ title: "転職の地図", egoName: "わたし" })).toBe(true);
  t.store.getState().apply((d) => addPerson(d, { id: personId("hanako"), name: "鈴木 花子" }));
  expect(await t.controller.openMap("sample")).toBe(true);
  t.store.getState().apply((d) => renameMap(d, "Sample, edited"));
  return t;
}

async function backupOf(t: Tab, scope: "open" | "all"): Promise<BackupEnvelope> {
  const built = await buildBackup(t.store, t.controller, scope, PASS, FAST);
  if (!built.ok) throw new Error(built.error.kind);
  const envelope = readBackupEnvelope(built.value.text);
  if (!envelope.ok) throw new Error(envelope.error.kind);
  return envelope.value;
}

describe("buildBackup", () => {
  it("seals every saved map, the open one as it is in memory, and names the file by date only", async () => {
    const t = await twoMaps();
    const built = await buildBackup(t.store, t.controller, "all", PASS, FAST);
    expect(built.ok && built.value.titles).toEqual(["Sample, edited", "転職の地図"]);
    expect(built.ok && built.value.fileName).toBe("tsunagari-2026-03-01.tsunagari-backup");
    expect(built.ok && built.value.text).not.toContain("花子");
    expect(backupFileName("2026-12-02T16:00:00.000Z")).toBe("tsunagari-2026-12-02.tsunagari-backup");
  });

  it("seals only the open map when asked for this map", async () => {
    const t = await twoMaps();
    const built = await buildBackup(t.store, t.controller, "open", PASS, FAST);
    expect(built.ok && built.value.titles).toEqual(["Sample, edited"]);
  });
});

describe("restoreBackup", () => {
  it("adds both maps in a fresh browser, with their people, and keeps the open map open", async () => {
    const envelope = await backupOf(await twoMaps(), "all");
    // Another device: an empty database whose first start saved its own sample map.
    freshDatabase();
    const other = tab({}, sampleDoc("Fresh sample", "fresh"));
    await other.controller.start();
    const result = await restoreBackup(other.controller, envelope, PASS, restored);
    expect(result).toEqual({ ok: true, value: ["Sample, edited", "転職の地図"] });
    expect(other.doc().id).toBe("fresh");
    expect(
      other
        .state()
        .maps.map((m) => m.title)
        .sort(),
    ).toEqual(["Fresh sample", "Sample, edited", "転職の地図"]);
    const ja = other.state().maps.find((m) => m.title === "転職の地図");
    expect(await other.controller.openMap(ja?.id ?? "")).toBe(true);
    expect(Object.values(other.doc().people).map((p) => p.name)).toContain("鈴木 花子");

    const next = tab({}, sampleDoc("Unused", "unused"));
    await next.controller.start();
    expect(next.doc().title).toBe("転職の地図");
  });

  it("adds a map whose id is taken as a copy with a new id, leaving the saved one as it was", async () => {
    const t = await twoMaps();
    await t.controller.flush();
    const envelope = await backupOf(t, "open");
    t.store.getState().apply((d) => renameMap(d, "Changed after the backup"));
    await t.controller.flush();
    const result = await restoreBackup(t.controller, envelope, PASS, restored);
    expect(result).toEqual({ ok: true, value: ["Sample, edited (restored)"] });
    expect((await storedRecord("sample"))?.title).toBe("Changed after the backup");
    expect((await storedKeys("maps")).length).toBe(3);
    expect(t.doc().title).toBe("Changed after the backup");
  });

  it("changes nothing for a wrong passphrase", async () => {
    const t = await twoMaps();
    await t.controller.flush();
    const envelope = await backupOf(t, "all");
    const before = await storedKeys("maps");
    const result = await restoreBackup(t.controller, envelope, "wrong passphrase", restored);
    expect(result).toEqual({ ok: false, error: { kind: "wrongPassphraseOrDamaged" } });
    expect(await storedKeys("maps")).toEqual(before);
    expect(t.state().maps).toHaveLength(2);
  });

  it("removes the first map again when writing the second one fails", async () => {
    const first = await twoMaps();
    const envelope = await backupOf(first, "all");
    // The first tab's pending save of its edit lands now, not as a stray write during the restore.
    await first.controller.flush();
    freshDatabase();
    const other = tab({}, sampleDoc("Fresh sample", "fresh"));
    await other.controller.start();
    let puts = 0;
    IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
      if (this.name === "maps" && ++puts === 2)
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return realPut.apply(this, args);
    };
    const result = await restoreBackup(other.controller, envelope, PASS, restored);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: "storage", problem: { kind: "quota", mapTitle: "転職の地図" } },
    });
    expect(await storedKeys("maps")).toEqual(["fresh"]);
    expect(other.state().maps.map((m) => m.title)).toEqual(["Fresh sample"]);
    expect(other.doc().id).toBe("fresh");
  });

  it("says a browser that does not save maps cannot restore", async () => {
    const envelope = await backupOf(await twoMaps(), "open");
    expect(await restoreBackup(null, envelope, PASS, restored)).toEqual({ ok: false, error: { kind: "noStorage" } });
  });
});

describe("readBackupFile", () => {
  it("refuses a file over the limit from its size, before reading it", async () => {
    const huge = { size: 300_000_000, text: () => Promise.reject(new Error("read")) } as unknown as Blob;
    expect(await readBackupFile(huge)).toMatchObject({ ok: false, error: { kind: "tooLarge", bytes: 300_000_000 } });
  });
});

describe("passphraseStrength", () => {
  it("counts characters, so a Japanese passphrase of 8 kana is long enough", () => {
    expect(passphraseStrength("")).toBe("empty");
    expect(passphraseStrength("short")).toBe("tooShort");
    expect(passphraseStrength("ひみつのあいことば")).toBe("fair");
    expect(passphraseStrength("🍵🍵🍵🍵🍵🍵🍵")).toBe("tooShort");
    expect(passphraseStrength("correct horse battery")).toBe("strong");
  });
});
