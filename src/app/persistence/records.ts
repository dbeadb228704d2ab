// The stored map record and its migrations. The database holds one record per map; the map
// itself is kept as the native file text (io/native), so a document-format migration applies on
// load exactly as it does for a file, and the record envelope has its own `schemaVersion`.
//
// Record schema history
//   1  early development builds: { id, schemaVersion: 1, title, document (object), updatedAt }
//   2  native file text + summary fields + savedRevision (cross-tab overwrite check); later
//      additions, still version 2 (older builds read such records and ignore them): client and
//      sessions (issue 14). A record without `sessions` was written before them; its client and
//      session dates are read from the native text (see summaryFieldsOf).
import { sessionsOf } from "../../domain/growth/sessions";
import type { MapSnapshot } from "../../domain/model";
import { NATIVE_FORMAT } from "../../io/native";
import type { MapSummary } from "../../store/persistenceSlice";

/** Native format version of the documents that record schema 1 held (migrated on load). */
const RECORD_V1_NATIVE_VERSION = 1;

export const RECORD_SCHEMA_VERSION = 2;

export interface MapRecord {
  readonly id: string;
  readonly schemaVersion: typeof RECORD_SCHEMA_VERSION;
  readonly title: string;
  readonly peopleCount: number;
  /** serializeNative(document, { compact: true }) (older records: indented; both parse alike) */
  readonly native: string;
  /** Incremented by every write of this record, in any tab. */
  readonly savedRevision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Tab that wrote the record last. */
  readonly savedBy: string;
  /** MapDocument.client, for the Maps dialog without opening the map. */
  readonly client?: string;
  /** sessionsOf(document): session dates, newest first. */
  readonly sessions: readonly string[];
}

export type { MapSummary } from "../../store/persistenceSlice";

export function summaryOf(r: MapRecord): MapSummary {
  return {
    id: r.id,
    title: r.title,
    peopleCount: r.peopleCount,
    updatedAt: r.updatedAt,
    ...(r.client !== undefined ? { client: r.client } : {}),
    sessions: r.sessions,
  };
}

/**
 * Client and session dates of a record written before they were summary fields, read from its
 * native text. Only maps of native format 3 can have them, so most old records are not parsed.
 */
export function summaryFieldsOf(native: string): { client?: string; sessions: string[] } {
  if (!native.includes('"client"') && !native.includes('"session"')) return { sessions: [] };
  try {
    const file = JSON.parse(native) as { document?: { client?: unknown; snapshots?: unknown } };
    const doc = file.document;
    const client = typeof doc?.client === "string" && doc.client.trim() !== "" ? doc.client : undefined;
    const snapshots = Array.isArray(doc?.snapshots)
      ? (doc.snapshots as unknown[]).filter(
          (s): s is MapSnapshot =>
            typeof s === "object" && s !== null && typeof (s as { takenAt?: unknown }).takenAt === "string",
        )
      : [];
    return { ...(client !== undefined ? { client } : {}), sessions: sessionsOf({ snapshots }) };
  } catch {
    return { sessions: [] };
  }
}

/** The list with `s` added or replaced, newest first. */
export function upsert(maps: readonly MapSummary[], s: MapSummary): MapSummary[] {
  return [s, ...maps.filter((m) => m.id !== s.id)].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Maps to try opening on start: the last open one first, then the newest. */
export function restoreOrder(last: string | null, maps: readonly MapSummary[]): string[] {
  return [...new Set([last, ...maps.map((m) => m.id)])].filter(
    (id): id is string => id !== null && maps.some((m) => m.id === id),
  );
}

type Raw = Record<string, unknown>;

const str = (x: unknown, fallback: string): string => (typeof x === "string" ? x : fallback);
const num = (x: unknown, fallback: number): number => (typeof x === "number" && Number.isFinite(x) ? x : fallback);

/** Record migrations from version v to v + 1. */
export const RECORD_MIGRATIONS: Readonly<Record<number, (raw: Raw) => Raw>> = {
  1: (raw) => {
    const document = (raw.document ?? {}) as Raw;
    const people = document.people;
    const updatedAt = str(raw.updatedAt, str(document.updatedAt, new Date(0).toISOString()));
    return {
      id: raw.id,
      schemaVersion: 2,
      title: str(raw.title, str(document.title, "")),
      peopleCount: people && typeof people === "object" ? Object.keys(people).length : 0,
      native: JSON.stringify({ format: NATIVE_FORMAT, formatVersion: RECORD_V1_NATIVE_VERSION, document }, null, 2),
      savedRevision: 0,
      createdAt: str(document.createdAt, updatedAt),
      updatedAt,
      savedBy: "",
    };
  },
};

export type RecordReadResult =
  | { readonly ok: true; readonly record: MapRecord }
  | { readonly ok: false; readonly reason: "newer" | "invalid"; readonly title: string };

/** Brings a stored value to the current record schema, or says why it cannot be used. */
export function migrateRecord(value: unknown): RecordReadResult {
  if (!value || typeof value !== "object") return { ok: false, reason: "invalid", title: "" };
  let raw = value as Raw;
  const title = str(raw.title, "");
  const version = num(raw.schemaVersion, 1);
  if (version > RECORD_SCHEMA_VERSION) return { ok: false, reason: "newer", title };
  for (let v = version; v < RECORD_SCHEMA_VERSION; v++) {
    const step = RECORD_MIGRATIONS[v];
    if (!step) return { ok: false, reason: "invalid", title };
    raw = step(raw);
  }
  if (typeof raw.id !== "string" || typeof raw.native !== "string") return { ok: false, reason: "invalid", title };
  const updatedAt = str(raw.updatedAt, new Date(0).toISOString());
  const sessions = raw.sessions;
  const fields =
    Array.isArray(sessions) && sessions.every((d) => typeof d === "string")
      ? { ...(typeof raw.client === "string" ? { client: raw.client } : {}), sessions: sessions as string[] }
      : summaryFieldsOf(raw.native);
  return {
    ok: true,
    record: {
      id: raw.id,
      schemaVersion: RECORD_SCHEMA_VERSION,
      title: str(raw.title, ""),
      peopleCount: num(raw.peopleCount, 0),
      native: raw.native,
      savedRevision: num(raw.savedRevision, 0),
      createdAt: str(raw.createdAt, updatedAt),
      updatedAt,
      savedBy: str(raw.savedBy, ""),
      ...fields,
    },
  };
}
