// The one size limit of every import, for the app and the command line alike: checked against
// the file's size (File.size, fs.stat) before a byte is read, so that a 200 MB file is refused at
// once instead of being decoded and parsed until memory runs out.
import type { ImportError } from "./types";

/** Files larger than this are refused before reading (spreadsheets, contacts, graph files). */
export const IMPORT_MAX_BYTES = 20_000_000;
/** Our own map format and images carrying it may be larger (positions, notes). */
export const NATIVE_IMPORT_MAX_BYTES = 50_000_000;

const NATIVE_EXTENSIONS = new Set(["json", "svg", "png", "tsunagari"]);

/** The limit for a file called `name` (by extension: the content is not read yet). */
export function importLimit(name: string): number {
  const ext = /\.([^./\\]+)$/u.exec(name.toLowerCase())?.[1] ?? "";
  return NATIVE_EXTENSIONS.has(ext) ? NATIVE_IMPORT_MAX_BYTES : IMPORT_MAX_BYTES;
}

/** A tooLarge error when a file of `bytes` bytes called `name` exceeds its limit, else null. */
export function checkImportSize(name: string, bytes: number): ImportError | null {
  const limit = importLimit(name);
  return bytes > limit ? { kind: "tooLarge", file: name, bytes, limit } : null;
}
