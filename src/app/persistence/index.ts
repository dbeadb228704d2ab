// Wiring of local-first persistence for the running app: one controller per page, created by
// the bootstrap and handed down to the UI (AppHandles); the map stays hidden until the last map
// is restored so the sample does not flash first.
import type { MapDocument } from "../../domain/model";
import type { MapStore } from "../../store/mapStore";
import { createPersistenceController, type PersistenceController } from "./controller";
import { attachLegacyImport } from "./legacyLocalStorage";
import { offThreadSaves, type SaveWorkerLike } from "./offThreadSave";
import { openMapRepository } from "./repository";

export type { OpenDocumentResult, PersistenceController } from "./controller";
export type { OpenDocumentStep } from "./controllerTypes";
export type { PersistenceState, SaveStatus, Conflict } from "./state";
export type { StorageProblem, StorageProblemKind } from "./problems";
export type { MapSummary } from "./records";
export type { AddMapsOutcome, StoredMaps } from "./backupMaps";
export { downloadMapFile } from "./download";
export { loadLanguagePreference, saveLanguagePreference } from "./preferences";

const RESTORE_TIMEOUT_MS = 3000;

function spawnSaveWorker(): SaveWorkerLike | null {
  if (typeof Worker !== "function") return null;
  return new Worker(new URL("./saveWorker.ts", import.meta.url), { type: "module" }) as unknown as SaveWorkerLike;
}

export function startPersistence(
  store: MapStore,
  fallbackDocument: () => MapDocument,
  copyTitle?: (title: string) => string,
): PersistenceController {
  const controller = createPersistenceController({
    store,
    fallbackDocument,
    ...(copyTitle ? { copyTitle } : {}),
    // Saves are written by a worker (offThreadSave.ts); everything else on this thread.
    openRepository: async (callbacks) => offThreadSaves(await openMapRepository(callbacks), spawnSaveWorker),
  });
  attachLegacyImport(store);
  const root = document.documentElement;
  root.dataset.restoring = "true";
  const reveal = () => delete root.dataset.restoring;
  const safety = setTimeout(reveal, RESTORE_TIMEOUT_MS);
  void controller.start().finally(() => {
    clearTimeout(safety);
    reveal();
  });
  // Save what is pending when the tab is hidden (the debounce may not have fired).
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") void controller.flush();
  });
  // On reload, close or navigation a read-then-write save cannot finish (the page is gone before
  // its second request), so pending edits go to a draft in one committed request, merged on the
  // next start. A beforeunload prompt would not help: while Chromium shows it the page runs no
  // code, so no save can finish, and leaving then loses the edit all the same.
  window.addEventListener("pagehide", () => {
    controller.writeDraft();
    void controller.flush();
  });
  // Ask before closing a tab whose changes cannot be saved at all.
  window.addEventListener("beforeunload", (e) => {
    const { status } = store.getState().persistence;
    const unsaved = status === "failed" || status === "conflict" || (status === "off" && store.getState().canUndo);
    if (unsaved) e.preventDefault();
  });
  return controller;
}
