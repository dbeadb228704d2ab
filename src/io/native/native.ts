// Native map file: versioned JSON `{ format: "tsunagari-map", formatVersion, document }`.
// parse: size check → JSON → format check → migrations (old → current) → schema → invariants.
import { checkInvariants, type MapDocument } from "../../domain/model";
import { jsonErrorLine } from "../jsonErrorLine";
import { err, ok, type Result } from "../../domain/result";
import type { NativeParseError } from "./errors";
import { documentSchema } from "./schema";

export const NATIVE_FORMAT = "tsunagari-map";
export const NATIVE_VERSION = 3;
export const NATIVE_MAX_BYTES = 50_000_000;

type RawFile = Record<string, unknown>;

/**
 * Migrations from version v to v + 1, applied in order before validation; a new version adds
 * its step here.
 *   1 → 2  census answers, interview progress and layout provenance moved into the document
 *          (they were kept beside it): none yet, and every saved position counts as placed by hand.
 *   2 → 3  dated snapshots, the action plan and the client name (issue 14): no snapshots, an
 *          empty plan, no client.
 */
export const MIGRATIONS: Readonly<Record<number, (raw: RawFile) => RawFile>> = {
  1: (raw) => {
    const doc = raw.document;
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return { ...raw, formatVersion: 2 };
    return { ...raw, formatVersion: 2, document: { censusNo: [], interview: null, ...doc } };
  },
  2: (raw) => {
    const doc = raw.document;
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return { ...raw, formatVersion: 3 };
    return { ...raw, formatVersion: 3, document: { snapshots: [], actions: [], ...doc } };
  },
};

export interface NativeFile {
  format: typeof NATIVE_FORMAT;
  formatVersion: number;
  document: MapDocument;
}

/**
 * The native file text: indented for a file a person may open (export, download, backup), or
 * `compact` for the browser's own storage, which nobody reads by eye — on a 30,000-person map
 * that is about half the text and half the time, and the store copies it in a little more than
 * half the time again (the text is the same JSON either way; parseNative reads both).
 */
export function serializeNative(doc: MapDocument, options: { readonly compact?: boolean } = {}): string {
  const file: NativeFile = { format: NATIVE_FORMAT, formatVersion: NATIVE_VERSION, document: doc };
  return options.compact ? JSON.stringify(file) : JSON.stringify(file, null, 2);
}

export function parseNative(text: string): Result<MapDocument, NativeParseError> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > NATIVE_MAX_BYTES) return err({ kind: "tooLarge", bytes, limit: NATIVE_MAX_BYTES });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const line = jsonErrorLine(text, message);
    return err({ kind: "notJson", message, ...(line ? { line } : {}) });
  }
  if (typeof raw !== "object" || raw === null || (raw as { format?: unknown }).format !== NATIVE_FORMAT) {
    return err({ kind: "notOurFormat" });
  }
  let file = raw as RawFile;
  const version = file.formatVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return err({ kind: "invalid", path: "formatVersion", message: "must be a whole number ≥ 1" });
  }
  if (version > NATIVE_VERSION) return err({ kind: "versionTooNew", found: version, supported: NATIVE_VERSION });
  for (let v = version; v < NATIVE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return err({ kind: "invalid", path: "formatVersion", message: `no migration from version ${v}` });
    file = step(file);
  }
  const parsed = documentSchema.safeParse(file.document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ["document", ...(issue?.path ?? [])].join(".");
    return err({ kind: "invalid", path, message: issue?.message ?? "invalid value" });
  }
  const doc = parsed.data as unknown as MapDocument;
  const problems = checkInvariants(doc);
  if (problems.length > 0) {
    const [first = ""] = problems;
    const [path = "document", ...rest] = first.split(": ");
    return err({ kind: "invalid", path: `document.${path}`, message: rest.join(": ") });
  }
  return ok(doc);
}
