import { describe, expect, it } from "vitest";
import {
  actionId,
  addPerson,
  createDocument,
  mapId,
  personId,
  snapshotId,
  type MapDocument,
} from "../../../../src/domain/model";
import { takeSnapshot } from "../../../../src/domain/growth/snapshot";
import { BACKUP_MAX_BYTES, createBackup, openBackup, parseBackup, readBackupEnvelope } from "../../../../src/io/backup";
import { fromBase64, seal, toBase64 } from "../../../../src/io/crypto/passphrase";
import { serializeNative } from "../../../../src/io/native";

const FAST = 100_000;
const NOW = "2026-03-01T09:00:00.000Z";
const PASS = "correct horse battery staple";

function map(id: string, title: string, people: readonly string[]): MapDocument {
  let doc = createDocument({ id: mapId(id), title, egoId: personId("ego"), egoName: "Me", now: NOW });
  for (const [i, name] of people.entries()) doc = addPerson(doc, { id: personId(`p${i}`), name });
  return doc;
}

/** A map with a snapshot and one plan action, as the growth features write them. */
function grownMap(): MapDocument {
  const doc = map("sample", "Sample network", ["Aiko Tanaka", "Ken Sato"]);
  const planned = {
    ...doc,
    actions: [
      {
        id: actionId("a1"),
        kind: "joinCommunity" as const,
        title: "Go to the March study session",
        personIds: [],
        createdAt: NOW,
      },
    ],
  };
  const scores = {
    bridging: 42,
    diversity: 30,
    effectiveSize: 1.5,
    thirdPlaces: 0,
    weakShare: null,
    people: 2,
    ties: 0,
  };
  return takeSnapshot(planned, { id: snapshotId("s1"), name: "March", now: NOW, scores });
}

const japanese = () => map("map-ja", "転職の地図", ["鈴木 花子", "佐藤 健"]);

/** A backup file whose sealed plaintext is exactly `plain` (to test what a damaged writer could produce). */
async function backupOf(plain: string, mapCount: number): Promise<string> {
  const sealed = await seal(new TextEncoder().encode(plain), PASS, FAST);
  return JSON.stringify({ format: "tsunagari-backup", formatVersion: 1, createdAt: NOW, mapCount, sealed });
}

describe("createBackup / parseBackup", () => {
  it("restores every map exactly, snapshots and plan included", async () => {
    const maps = [grownMap(), japanese()];
    const file = await createBackup(maps, PASS, NOW, FAST);
    const parsed = await parseBackup(file, PASS);
    expect(parsed).toEqual({ ok: true, value: maps });
    const [first] = parsed.ok ? parsed.value : [];
    expect(first?.snapshots.map((s) => s.name)).toEqual(["March"]);
    expect(first?.actions.map((a) => a.title)).toEqual(["Go to the March study session"]);
  });

  it("writes the count and date in clear but no title, name or plan text", async () => {
    const file = await createBackup([grownMap(), japanese()], PASS, NOW, FAST);
    expect(JSON.parse(file)).toMatchObject({
      format: "tsunagari-backup",
      formatVersion: 1,
      createdAt: NOW,
      mapCount: 2,
      sealed: { kdf: "PBKDF2-SHA-256", iterations: FAST, cipher: "AES-GCM-256" },
    });
    // The clear part (every field but the sealed base64 ones, which a short word like "Ken" can
    // spell by chance: about 1 run in 50) names nobody.
    const { salt, iv, data } = JSON.parse(file).sealed as Record<string, string>;
    const clearPart = file.replace(salt!, "").replace(iv!, "").replace(data!, "");
    expect(clearPart.length).toBeLessThan(400);
    for (const clear of ["Aiko", "Tanaka", "Ken", "鈴木", "花子", "転職", "Sample network", "March", "study"]) {
      expect(clearPart).not.toContain(clear);
    }
    // And the sealed bytes are no encoding of the text: no word of four bytes or more is in them.
    const sealed = Buffer.from(data!, "base64");
    for (const word of ["Aiko", "Tanaka", "鈴木", "花子", "転職", "Sample network", "March", "study"]) {
      expect(sealed.includes(Buffer.from(word, "utf8"))).toBe(false);
    }
  });

  it("seals with 600,000 iterations unless told otherwise", async () => {
    const file = await createBackup([japanese()], PASS, NOW);
    expect(JSON.parse(file).sealed.iterations).toBe(600_000);
  });

  it("holds no map at all when given none", async () => {
    expect(await parseBackup(await createBackup([], PASS, NOW, FAST), PASS)).toEqual({ ok: true, value: [] });
  });

  it("opens with a Japanese passphrase typed decomposed", async () => {
    const file = await createBackup([japanese()], "ひみつのがっこう", NOW, FAST);
    const parsed = await parseBackup(file, "ひみつのがっこう".normalize("NFD"));
    expect(parsed.ok && parsed.value[0]?.title).toBe("転職の地図");
  });
});

describe("parseBackup errors", () => {
  it("returns wrongPassphraseOrDamaged for a wrong passphrase", async () => {
    const file = await createBackup([japanese()], PASS, NOW, FAST);
    expect(await parseBackup(file, "correct horse battery")).toEqual({
      ok: false,
      error: { kind: "wrongPassphraseOrDamaged" },
    });
  });

  it("returns wrongPassphraseOrDamaged when one byte of the sealed data changed", async () => {
    const file = JSON.parse(await createBackup([japanese()], PASS, NOW, FAST));
    const data = fromBase64(file.sealed.data) ?? new Uint8Array();
    const middle = Math.floor(data.length / 2);
    data[middle] = (data[middle] ?? 0) ^ 0x80;
    const damaged = JSON.stringify({ ...file, sealed: { ...file.sealed, data: toBase64(data) } });
    expect(await parseBackup(damaged, PASS)).toEqual({ ok: false, error: { kind: "wrongPassphraseOrDamaged" } });
  });

  it("returns notJson with a line for a truncated file", async () => {
    const file = await createBackup([japanese()], PASS, NOW, FAST);
    const result = readBackupEnvelope(file.slice(0, Math.floor(file.length * 0.7)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe("notJson");
  });

  it("returns notOurFormat naming the format of a map file chosen by mistake", () => {
    expect(readBackupEnvelope(serializeNative(japanese()))).toEqual({
      ok: false,
      error: { kind: "notOurFormat", found: "tsunagari-map" },
    });
    expect(readBackupEnvelope("[1, 2]")).toEqual({ ok: false, error: { kind: "notOurFormat", found: null } });
  });

  it("returns versionTooNew for a backup from a newer app", async () => {
    const file = JSON.parse(await createBackup([japanese()], PASS, NOW, FAST));
    expect(readBackupEnvelope(JSON.stringify({ ...file, formatVersion: 2 }))).toEqual({
      ok: false,
      error: { kind: "versionTooNew", found: 2, supported: 1 },
    });
  });

  it("returns tooLarge before parsing a file over the limit", () => {
    const result = readBackupEnvelope("x".repeat(BACKUP_MAX_BYTES + 1));
    expect(result).toEqual({
      ok: false,
      error: { kind: "tooLarge", bytes: BACKUP_MAX_BYTES + 1, limit: BACKUP_MAX_BYTES },
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["no date", { createdAt: 5 }, "createdAt"],
    ["a negative count", { mapCount: -1 }, "mapCount"],
    ["no sealed part", { sealed: null }, "sealed"],
    ["an IV that is not text", { sealed: { iv: 12 } }, "sealed.iv"],
    ["iterations that are not a number", { sealed: { iterations: "600000" } }, "sealed.iterations"],
  ])("returns invalid naming the field for %s", async (_, change, path) => {
    const file = JSON.parse(await createBackup([japanese()], PASS, NOW, FAST));
    const sealed = isRecord(change.sealed)
      ? { ...file.sealed, ...change.sealed }
      : "sealed" in change
        ? change.sealed
        : file.sealed;
    const result = readBackupEnvelope(JSON.stringify({ ...file, ...change, sealed }));
    expect(result).toMatchObject({ ok: false, error: { kind: "invalid", path } });
  });

  it("returns invalid for sealed fields the decryption refuses (too few iterations)", async () => {
    const file = JSON.parse(await createBackup([japanese()], PASS, NOW, FAST));
    const weak = JSON.stringify({ ...file, sealed: { ...file.sealed, iterations: 1000 } });
    expect(await parseBackup(weak, PASS)).toMatchObject({ ok: false, error: { kind: "invalid", path: "sealed" } });
  });

  it("returns invalid naming the map and field when a map inside is damaged", async () => {
    const good = serializeNative(grownMap());
    const raw = JSON.parse(serializeNative(japanese()));
    raw.document.people.p1.name = 42;
    const file = await backupOf(JSON.stringify({ maps: [good, JSON.stringify(raw)] }), 2);
    const result = await parseBackup(file, PASS);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "invalid",
        path: "maps[1].document.people.p1.name",
        message: expect.any(String),
        map: { index: 1, title: "転職の地図" },
      },
    });
  });

  it("returns versionTooNew naming the map written by a newer app", async () => {
    const raw = JSON.parse(serializeNative(japanese()));
    const file = await backupOf(JSON.stringify({ maps: [JSON.stringify({ ...raw, formatVersion: 99 })] }), 1);
    expect(await parseBackup(file, PASS)).toMatchObject({
      ok: false,
      error: { kind: "versionTooNew", found: 99, map: { index: 0, title: "転職の地図" } },
    });
  });

  it.each<[string, string, number, string]>([
    ["a count that does not match", JSON.stringify({ maps: [] }), 1, "mapCount"],
    ["no list of maps", JSON.stringify({ maps: "x" }), 0, "maps"],
    ["a map that is not text", JSON.stringify({ maps: [{}] }), 1, "maps[0]"],
    ["a map that is not JSON", JSON.stringify({ maps: ["{"] }), 1, "maps[0]"],
    ["a map in another format", JSON.stringify({ maps: ['{"format":"x"}'] }), 1, "maps[0].format"],
    ["content that is not JSON", "not json", 0, "sealed.data"],
  ])("returns invalid for %s", async (_, plain, count, path) => {
    const parsed = await openBackup(expectOk(readBackupEnvelope(await backupOf(plain, count))), PASS);
    expect(parsed).toMatchObject({ ok: false, error: { kind: "invalid", path } });
  });
});

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null;
}

function expectOk<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}
