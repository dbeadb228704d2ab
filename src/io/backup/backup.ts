// Encrypted backup of one map or several (issue 14): a versioned JSON envelope
// `{ format: "tsunagari-backup", formatVersion, createdAt, mapCount, sealed }` whose sealed
// plaintext is JSON `{ maps: [native map file text, …] }` — each map a whole serializeNative, so
// snapshots and the action plan travel with it. Nothing but the count and the date is readable
// without the passphrase (see ../crypto/passphrase.ts: PBKDF2-SHA-256 → AES-GCM-256).
// Pure apart from WebCrypto: reading checks the envelope first (so a wrong file is refused before
// the passphrase is asked), then decrypts and runs every map through parseNative.
import type { MapDocument } from "../../domain/model";
import { err, ok, type Result } from "../../domain/result";
import { open, PBKDF2_ITERATIONS, seal, type Sealed } from "../crypto/passphrase";
import { jsonErrorLine } from "../jsonErrorLine";
import { parseNative, serializeNative, type NativeParseError } from "../native";

export const BACKUP_FORMAT = "tsunagari-backup";
export const BACKUP_VERSION = 1;
export const BACKUP_EXTENSION = ".tsunagari-backup";
/** Four times a native map's limit: a backup holds several maps, base64 adds a third. */
export const BACKUP_MAX_BYTES = 200_000_000;

export interface BackupEnvelope {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  readonly createdAt: string;
  readonly mapCount: number;
  readonly sealed: Sealed;
}

/** Which map of a backup a problem is in: its position, and its title when that could be read. */
export interface BackupMapRef {
  readonly index: number;
  readonly title: string | null;
}

export type BackupError =
  | { readonly kind: "tooLarge"; readonly bytes: number; readonly limit: number }
  | { readonly kind: "notJson"; readonly message: string; readonly line?: number }
  /** `found`: the file's own `format` (e.g. "tsunagari-map" for a map file), null when it has none. */
  | { readonly kind: "notOurFormat"; readonly found: string | null }
  /** The backup, or a map inside it (`map`), was written by a newer Tsunagari. */
  | {
      readonly kind: "versionTooNew";
      readonly found: number;
      readonly supported: number;
      readonly map?: BackupMapRef;
    }
  /** The passphrase is not the one it was sealed with, or the sealed bytes changed. */
  | { readonly kind: "wrongPassphraseOrDamaged" }
  /** `path` names the field: `sealed.iv`, `maps[1].document.people.p2.name`, … */
  | { readonly kind: "invalid"; readonly path: string; readonly message: string; readonly map?: BackupMapRef };

type Raw = Record<string, unknown>;
const isObject = (x: unknown): x is Raw => typeof x === "object" && x !== null && !Array.isArray(x);
const invalid = (path: string, message: string, map?: BackupMapRef): BackupError =>
  map ? { kind: "invalid", path, message, map } : { kind: "invalid", path, message };

/** Seals `docs` under `passphrase` and returns the backup file's text. */
export async function createBackup(
  docs: readonly MapDocument[],
  passphrase: string,
  createdAt: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  const plain = JSON.stringify({ maps: docs.map((doc) => serializeNative(doc)) });
  const sealed = await seal(new TextEncoder().encode(plain), passphrase, iterations);
  const file: BackupEnvelope = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    createdAt,
    mapCount: docs.length,
    sealed,
  };
  return JSON.stringify(file, null, 2);
}

/** Checks the unencrypted part of a backup file: what can be said before a passphrase is asked. */
export function readBackupEnvelope(text: string): Result<BackupEnvelope, BackupError> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > BACKUP_MAX_BYTES) return err({ kind: "tooLarge", bytes, limit: BACKUP_MAX_BYTES });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const line = jsonErrorLine(text, message);
    return err({ kind: "notJson", message, ...(line ? { line } : {}) });
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT) {
    const found = isObject(raw) && typeof raw.format === "string" ? raw.format : null;
    return err({ kind: "notOurFormat", found });
  }
  const version = raw.formatVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return err(invalid("formatVersion", "must be a whole number ≥ 1"));
  }
  if (version > BACKUP_VERSION) return err({ kind: "versionTooNew", found: version, supported: BACKUP_VERSION });
  if (typeof raw.createdAt !== "string") return err(invalid("createdAt", "must be a date (text)"));
  const count = raw.mapCount;
  if (typeof count !== "number" || !Number.isInteger(count) || count < 0) {
    return err(invalid("mapCount", "must be a whole number ≥ 0"));
  }
  const sealed = readSealed(raw.sealed);
  if (!sealed.ok) return sealed;
  return ok({
    format: BACKUP_FORMAT,
    formatVersion: version,
    createdAt: raw.createdAt,
    mapCount: count,
    sealed: sealed.value,
  });
}

function readSealed(raw: unknown): Result<Sealed, BackupError> {
  if (!isObject(raw)) return err(invalid("sealed", "must be an object"));
  for (const field of ["kdf", "salt", "cipher", "iv", "data"] as const) {
    if (typeof raw[field] !== "string") return err(invalid(`sealed.${field}`, "must be text"));
  }
  if (typeof raw.iterations !== "number") return err(invalid("sealed.iterations", "must be a number"));
  return ok(raw as unknown as Sealed);
}

/** Decrypts a backup and checks every map inside it; nothing is returned unless all of them are whole. */
export async function openBackup(
  envelope: BackupEnvelope,
  passphrase: string,
): Promise<Result<MapDocument[], BackupError>> {
  const opened = await open(envelope.sealed, passphrase);
  if (!opened.ok) {
    return err(
      opened.error.kind === "invalid" ? invalid("sealed", opened.error.message) : { kind: "wrongPassphraseOrDamaged" },
    );
  }
  let plain: unknown;
  try {
    plain = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(opened.value));
  } catch (e) {
    return err(invalid("sealed.data", `the decrypted content is not JSON text (${String(e)})`));
  }
  if (!isObject(plain) || !Array.isArray(plain.maps)) return err(invalid("maps", "must be a list of maps"));
  const texts: unknown[] = plain.maps;
  if (texts.length !== envelope.mapCount) {
    return err(invalid("mapCount", `says ${envelope.mapCount} maps but the backup holds ${texts.length}`));
  }
  const docs: MapDocument[] = [];
  for (const [index, text] of texts.entries()) {
    if (typeof text !== "string") return err(invalid(`maps[${index}]`, "must be a map file's text"));
    const parsed = parseNative(text);
    if (!parsed.ok) return err(mapError(parsed.error, { index, title: titleOf(text) }));
    docs.push(parsed.value);
  }
  return ok(docs);
}

/** readBackupEnvelope then openBackup: the whole file, or the first reason it cannot be restored. */
export async function parseBackup(text: string, passphrase: string): Promise<Result<MapDocument[], BackupError>> {
  const envelope = readBackupEnvelope(text);
  return envelope.ok ? openBackup(envelope.value, passphrase) : envelope;
}

function mapError(e: NativeParseError, map: BackupMapRef): BackupError {
  const at = `maps[${map.index}]`;
  switch (e.kind) {
    case "versionTooNew":
      return { kind: "versionTooNew", found: e.found, supported: e.supported, map };
    case "invalid":
      return invalid(`${at}.${e.path}`, e.message, map);
    case "tooLarge":
      return invalid(at, `the map is ${e.bytes} bytes; at most ${e.limit} can be opened`, map);
    case "notJson":
      return invalid(at, `not JSON: ${e.message}`, map);
    case "notOurFormat":
      return invalid(`${at}.format`, 'must be "tsunagari-map"', map);
  }
}

/** The title of a map file that did not parse, for a message that says which map is damaged. */
function titleOf(text: string): string | null {
  try {
    const raw: unknown = JSON.parse(text);
    const doc = isObject(raw) ? raw.document : null;
    return isObject(doc) && typeof doc.title === "string" ? doc.title : null;
  } catch {
    return null;
  }
}
