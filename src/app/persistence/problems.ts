// What can go wrong with the browser's storage, as data the UI phrases through i18n.
// Classification follows the DOMException names of the IndexedDB spec
// (https://www.w3.org/TR/IndexedDB/#exceptions) plus the quota wording some engines use instead.
export type StorageProblemKind =
  /** IndexedDB missing or refused (private window, policies, disabled site data). */
  | "unavailable"
  /** Another tab keeps an older version of the database open, so this one cannot open it. */
  | "blocked"
  /** A newer version of the app opened the database in another tab; this tab stopped saving. */
  | "versionChange"
  /** The site's storage quota is used up. */
  | "quota"
  /** A save failed for another reason. */
  | "writeFailed"
  /** A saved map could not be read. */
  | "readFailed"
  /** A saved map was written by a newer version of the app. */
  | "newerRecord";

export interface StorageProblem {
  readonly kind: StorageProblemKind;
  /** Title of the map concerned, when there is one. */
  readonly mapTitle?: string;
  /** The browser's own message, for the details line. */
  readonly detail?: string;
}

export class StorageError extends Error {
  readonly problem: StorageProblem;
  constructor(problem: StorageProblem) {
    super(`${problem.kind}${problem.detail ? `: ${problem.detail}` : ""}`);
    this.name = "StorageError";
    this.problem = problem;
  }
}

function errorName(e: unknown): string {
  if (e && typeof e === "object" && "name" in e && typeof e.name === "string") return e.name;
  return "";
}

function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === "object" && "message" in e && typeof e.message === "string") return e.message;
  return String(e);
}

export function isQuotaError(e: unknown): boolean {
  return errorName(e) === "QuotaExceededError" || /quota/i.test(errorMessage(e));
}

/** Turns anything thrown by IndexedDB into a problem; `during` says which operation failed. */
export function toProblem(e: unknown, during: "open" | "write" | "read", mapTitle?: string): StorageProblem {
  if (e instanceof StorageError) return e.problem;
  const detail = errorMessage(e) || errorName(e);
  const base = { ...(mapTitle !== undefined ? { mapTitle } : {}), ...(detail ? { detail } : {}) };
  if (isQuotaError(e)) return { kind: "quota", ...base };
  if (during === "open") return { kind: "unavailable", ...base };
  if (during === "read") return { kind: "readFailed", ...base };
  return { kind: "writeFailed", ...base };
}

export const isWriteProblem = (p: StorageProblem | null): boolean =>
  p !== null && (p.kind === "quota" || p.kind === "writeFailed");

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
