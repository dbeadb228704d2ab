// Typed maps from the persistence states the UI shows to their literal keys (namespace
// "editor-core"): a new status or storage problem without its text fails `npm run typecheck`.
import type { SaveStatus, StorageProblemKind } from "../app/persistence";
import type { Key } from "../i18n/keys";

export const SAVE_STATUS_KEY = {
  restoring: "save.restoring",
  saved: "save.saved",
  pending: "save.pending",
  saving: "save.saving",
  failed: "save.failed",
  conflict: "save.conflict",
  off: "save.off",
} as const satisfies Record<SaveStatus, Key<"editor-core">>;

export const PROBLEM_KEYS = {
  unavailable: { title: "problem.unavailable.title", body: "problem.unavailable.body" },
  blocked: { title: "problem.blocked.title", body: "problem.blocked.body" },
  versionChange: { title: "problem.versionChange.title", body: "problem.versionChange.body" },
  quota: { title: "problem.quota.title", body: "problem.quota.body" },
  writeFailed: { title: "problem.writeFailed.title", body: "problem.writeFailed.body" },
  readFailed: { title: "problem.readFailed.title", body: "problem.readFailed.body" },
  newerRecord: { title: "problem.newerRecord.title", body: "problem.newerRecord.body" },
} as const satisfies Record<StorageProblemKind, Record<"title" | "body", Key<"editor-core">>>;
