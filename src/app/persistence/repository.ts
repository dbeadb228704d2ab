// IndexedDB access for saved maps (via `idb`). Every write is one readwrite transaction that
// reads the current record, checks its savedRevision and puts the whole new record, so a failed
// or refused write leaves the previous copy exactly as it was.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { sessionsOf } from "../../domain/growth/sessions";
import { renameMap, type MapDocument } from "../../domain/model";
import { parseNative, serializeNative } from "../../io/native";
import { StorageError, toProblem } from "./problems";
import { migrateRecord, RECORD_SCHEMA_VERSION, summaryOf, type MapRecord, type MapSummary } from "./records";

export const DB_NAME = "tsunagari";
/** Bump with a new `if (oldVersion < n)` block in `upgrade`. */
export const DB_VERSION = 1;
const LAST_OPEN_KEY = "lastOpenMapId";
/** meta key of a map's unsaved draft: `draft:<map id>`. */
const DRAFT_PREFIX = "draft:";

interface TsunagariDB extends DBSchema {
  maps: { key: string; value: Record<string, unknown> };
  meta: { key: string; value: string };
}

export interface StoredMap {
  readonly doc: MapDocument;
  readonly savedRevision: number;
  readonly summary: MapSummary;
  /** Tab that wrote the record last. */
  readonly savedBy: string;
}

/**
 * The open map as it was when its page went away with a save still pending: written in one
 * committed request from `pagehide` (a read-then-write save cannot finish there), never over the
 * saved map itself; the next start merges it (see recoverDrafts in the controller).
 */
export interface Draft {
  readonly doc: MapDocument;
  /** savedRevision the tab last read or wrote (null: never saved from there). */
  readonly expected: number | null;
  readonly savedBy: string;
}

export type SaveOutcome =
  | { readonly kind: "saved"; readonly savedRevision: number; readonly summary: MapSummary }
  /** `newer`: someone else wrote the record since we read it; `exists`: a new map's id is taken. */
  | {
      readonly kind: "conflict";
      readonly reason: "newer" | "exists";
      readonly theirs: MapSummary;
      readonly theirSavedRevision: number;
    };

export interface SaveOptions {
  /** savedRevision this tab last read or wrote; null for a map never saved from here. */
  readonly expected: number | null;
  readonly savedBy: string;
  readonly now: string;
}

export interface MapRepository {
  list(): Promise<MapSummary[]>;
  load(id: string): Promise<StoredMap>;
  save(doc: MapDocument, options: SaveOptions): Promise<SaveOutcome>;
  /** Renames a map that is not open in this tab. */
  rename(
    id: string,
    title: string,
    options: Omit<SaveOptions, "expected">,
  ): Promise<{ savedRevision: number; summary: MapSummary }>;
  /** Changes a map that is not open in this tab with a pure updater (e.g. its client). */
  update(
    id: string,
    change: (doc: MapDocument) => MapDocument,
    options: Omit<SaveOptions, "expected">,
  ): Promise<{ savedRevision: number; summary: MapSummary }>;
  remove(id: string): Promise<void>;
  /** Issues the draft write synchronously and commits it; false when it could not be issued. */
  writeDraft(doc: MapDocument, options: SaveOptions, done?: (ok: boolean) => void): boolean;
  drafts(): Promise<Draft[]>;
  removeDraft(mapId: string): Promise<void>;
  lastOpenId(): Promise<string | null>;
  setLastOpenId(id: string): Promise<void>;
  close(): void;
}

export interface OpenCallbacks {
  /** An older connection in another tab is blocking the upgrade. */
  onBlocked?(): void;
  /** A newer version wants to upgrade; this connection has been closed. */
  onVersionChange?(): void;
}

function toRecord(doc: MapDocument, savedRevision: number, savedBy: string, now: string): MapRecord {
  return {
    id: doc.id,
    schemaVersion: RECORD_SCHEMA_VERSION,
    title: doc.title,
    peopleCount: Object.keys(doc.people).length,
    native: serializeNative({ ...doc, updatedAt: now }, { compact: true }),
    savedRevision,
    createdAt: doc.createdAt,
    updatedAt: now,
    savedBy,
    ...(doc.client !== undefined ? { client: doc.client } : {}),
    sessions: sessionsOf(doc),
  };
}

function decode(value: unknown, id: string): { record: MapRecord; doc: MapDocument } {
  const read = migrateRecord(value);
  if (!read.ok) {
    throw new StorageError({
      kind: read.reason === "newer" ? "newerRecord" : "readFailed",
      mapTitle: read.title || id,
    });
  }
  const parsed = parseNative(read.record.native);
  if (!parsed.ok) {
    const detail =
      parsed.error.kind === "invalid" ? `${parsed.error.path}: ${parsed.error.message}` : parsed.error.kind;
    if (parsed.error.kind === "versionTooNew")
      throw new StorageError({ kind: "newerRecord", mapTitle: read.record.title });
    throw new StorageError({ kind: "readFailed", mapTitle: read.record.title, detail });
  }
  return { record: read.record, doc: parsed.value };
}

async function guard<T>(during: "read" | "write", title: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw new StorageError(toProblem(e, during, title));
  }
}

export async function openMapRepository(callbacks: OpenCallbacks = {}): Promise<MapRepository> {
  if (typeof indexedDB === "undefined")
    throw new StorageError({ kind: "unavailable", detail: "indexedDB is not defined" });
  let db: IDBPDatabase<TsunagariDB>;
  try {
    db = await openDB<TsunagariDB>(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore("maps");
          database.createObjectStore("meta");
        }
      },
      blocked: () => callbacks.onBlocked?.(),
      blocking: () => {
        db.close();
        callbacks.onVersionChange?.();
      },
    });
  } catch (e) {
    throw new StorageError(toProblem(e, "open"));
  }

  async function update(
    id: string,
    change: (doc: MapDocument) => MapDocument,
    { savedBy, now }: Omit<SaveOptions, "expected">,
    title?: string,
  ): Promise<{ savedRevision: number; summary: MapSummary }> {
    return guard("write", title, async () => {
      const tx = db.transaction("maps", "readwrite");
      try {
        const { record, doc } = decode(await tx.store.get(id), id);
        const next = toRecord(change(doc), record.savedRevision + 1, savedBy, now);
        await tx.store.put({ ...next }, id);
        await tx.done;
        return { savedRevision: next.savedRevision, summary: summaryOf(next) };
      } catch (e) {
        abortQuietly(tx);
        await tx.done.catch(() => undefined);
        throw e;
      }
    });
  }

  return {
    list: () =>
      guard("read", undefined, async () => {
        const tx = db.transaction("maps");
        const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
        const summaries: MapSummary[] = [];
        for (const [i, v] of values.entries()) {
          const read = migrateRecord(v);
          if (read.ok) summaries.push(summaryOf(read.record));
          else {
            const id = String(keys[i] ?? "");
            const updatedAt = typeof v.updatedAt === "string" ? v.updatedAt : "";
            summaries.push({ id, title: read.title || id, peopleCount: 0, updatedAt, unreadable: read.reason });
          }
        }
        return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      }),

    load: (id) =>
      guard("read", undefined, async () => {
        const value = await db.get("maps", id);
        if (value === undefined) throw new StorageError({ kind: "readFailed", mapTitle: id, detail: "not found" });
        const { record, doc } = decode(value, id);
        return { doc, savedRevision: record.savedRevision, summary: summaryOf(record), savedBy: record.savedBy };
      }),

    save: (doc, { expected, savedBy, now }) =>
      guard("write", doc.title, async () => {
        const tx = db.transaction(["maps", "meta"], "readwrite");
        try {
          const current = await tx.objectStore("maps").get(doc.id);
          const read = current === undefined ? null : migrateRecord(current);
          if (read && !read.ok) {
            tx.abort();
            throw new StorageError({
              kind: read.reason === "newer" ? "newerRecord" : "writeFailed",
              mapTitle: doc.title,
            });
          }
          const theirs = read?.record;
          if (theirs && (expected === null || theirs.savedRevision !== expected)) {
            abortQuietly(tx);
            await tx.done.catch(() => undefined);
            const reason = expected === null ? "exists" : "newer";
            return {
              kind: "conflict",
              reason,
              theirs: summaryOf(theirs),
              theirSavedRevision: theirs.savedRevision,
            } as const;
          }
          const record = toRecord(doc, (theirs?.savedRevision ?? expected ?? 0) + 1, savedBy, now);
          await tx.objectStore("maps").put({ ...record }, doc.id);
          await tx.objectStore("meta").put(doc.id, LAST_OPEN_KEY);
          await tx.done;
          return { kind: "saved", savedRevision: record.savedRevision, summary: summaryOf(record) } as const;
        } catch (e) {
          abortQuietly(tx);
          await tx.done.catch(() => undefined);
          throw e;
        }
      }),

    rename: (id, title, options) => update(id, (doc) => renameMap(doc, title), options, title),
    update: (id, change, options) => update(id, change, options),

    remove: (id) => guard("write", undefined, () => db.delete("maps", id)),

    writeDraft(doc, { expected, savedBy, now }, done) {
      try {
        const value = JSON.stringify({
          native: serializeNative({ ...doc, updatedAt: now }, { compact: true }),
          expected,
          savedBy,
        });
        const tx = db.transaction("meta", "readwrite");
        tx.objectStore("meta")
          .put(value, DRAFT_PREFIX + doc.id)
          .catch(() => undefined);
        tx.commit();
        tx.done.then(
          () => done?.(true),
          () => done?.(false),
        );
        return true;
      } catch {
        return false;
      }
    },

    drafts: () =>
      guard("read", undefined, async () => {
        const tx = db.transaction("meta");
        const keys = (await tx.store.getAllKeys()).filter((k) => k.startsWith(DRAFT_PREFIX));
        const out: Draft[] = [];
        for (const key of keys) {
          const draft = parseDraft(await tx.store.get(key));
          if (draft) out.push(draft);
        }
        return out;
      }),

    removeDraft: (mapId) => guard("write", undefined, () => db.delete("meta", DRAFT_PREFIX + mapId)),
    lastOpenId: () => guard("read", undefined, async () => (await db.get("meta", LAST_OPEN_KEY)) ?? null),
    setLastOpenId: (id) => guard("write", undefined, async () => void (await db.put("meta", id, LAST_OPEN_KEY))),
    close: () => db.close(),
  };
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}

function parseDraft(value: string | undefined): Draft | null {
  try {
    const raw = JSON.parse(value ?? "") as { native?: unknown; expected?: unknown; savedBy?: unknown };
    const parsed = typeof raw.native === "string" ? parseNative(raw.native) : null;
    if (!parsed?.ok) return null;
    const expected = typeof raw.expected === "number" ? raw.expected : null;
    return { doc: parsed.value, expected, savedBy: typeof raw.savedBy === "string" ? raw.savedBy : "" };
  } catch {
    return null;
  }
}
