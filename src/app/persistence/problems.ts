// What can go wrong with the browser's storage, as data the UI phrases through i18n.
// Classification follows the DOMException names of the IndexedDB spec
// (https://www.w3.org/TR/IndexedDB/#exceptions) plus the quota wording some engines use instead.
import type { StorageProblem } from "../../store/persistenceSlice";

export type { StorageProblem, StorageProblemKind } from "../../store/persistenceSlice";

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
