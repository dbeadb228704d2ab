// Wiring of local-first persistence for the running app: one controller per page, reachable by
// the UI through `currentPersistence()`; the map stays hidden until the last map is restored so
// the sample does not flash first.
import type { MapDocument } from "../../domain/model";
import type { MapStore } from "../../store/mapStore";
import { createPersistenceController, type PersistenceController } from "./controller";

export type { OpenDocumentResult, PersistenceController } from "./controller";
export type { OpenDocumentStep } from "./controllerTypes";
export type { PersistenceState, SaveStatus, Conflict } from "./state";
export type { StorageProblem, StorageProblemKind } from "./problems";
export type { MapSummary } from "./records";
export { downloadMapFile } from "./download";

let current: PersistenceController | null = null;

export function currentPersistence(): PersistenceController | null {
  return current;
}

/** For component tests. */
export function setCurrentPersistence(controller: PersistenceController | null): void {
  current = controller;
}

const RESTORE_TIMEOUT_MS = 3000;

export function startPersistence(store: MapStore, fallbackDocument: () => MapDocument): PersistenceController {
  const controller = createPersistenceController({ store, fallbackDocument });
  current = controller;
  const root = document.documentElement;
  root.dataset.restoring = "true";
  const reveal = () => delete root.dataset.restoring;
  const safety = setTimeout(reveal, RESTORE_TIMEOUT_MS);
  void controller.start().finally(() => {
    clearTimeout(safety);
    reveal();
  });
  // Save what is pending when the tab is hidden or closed (the debounce may not have fired).
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") void controller.flush();
  });
  window.addEventListener("pagehide", () => void controller.flush());
  // Ask before closing a tab whose changes are not saved anywhere.
  window.addEventListener("beforeunload", (e) => {
    const { status } = controller.state.getState();
    const unsaved = status === "failed" || status === "conflict" || (status === "off" && store.getState().canUndo);
    if (unsaved) e.preventDefault();
  });
  return controller;
}
