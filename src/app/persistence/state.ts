// What the persistence UI shows: save status, the list of saved maps, a storage problem and a
// conflict with another tab. Written only by the persistence controller.
import { createStore, type StoreApi } from "zustand/vanilla";
import type { StorageProblem } from "./problems";
import type { MapSummary } from "./records";

export type SaveStatus =
  /** Opening the database and the last map. */
  | "restoring"
  /** Everything in memory is saved. */
  | "saved"
  /** Edits waiting for the debounce. */
  | "pending"
  | "saving"
  /** The last save failed; the map in memory is intact. */
  | "failed"
  /** Saving is blocked until the user resolves a conflict with another tab. */
  | "conflict"
  /** No storage: nothing is saved in this browser. */
  | "off";

export interface Conflict {
  readonly mapId: string;
  readonly title: string;
  readonly theirUpdatedAt: string;
}

export interface PersistenceState {
  readonly status: SaveStatus;
  readonly maps: readonly MapSummary[];
  readonly problem: StorageProblem | null;
  readonly conflict: Conflict | null;
  readonly lastSavedAt: string | null;
  /** Milliseconds the last successful write took (transaction only). */
  readonly lastWriteMs: number | null;
  /** Milliseconds the last draft write (page unload) took, when the page lived to see it end. */
  readonly lastDraftWriteMs: number | null;
}

export type PersistenceStore = StoreApi<PersistenceState>;

export function createPersistenceState(): PersistenceStore {
  return createStore<PersistenceState>()(() => ({
    status: "restoring",
    maps: [],
    problem: null,
    conflict: null,
    lastSavedAt: null,
    lastWriteMs: null,
    lastDraftWriteMs: null,
  }));
}
