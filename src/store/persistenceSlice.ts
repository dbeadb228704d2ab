// Persistence slice: what the persistence UI shows — save status, the list of saved maps, a
// storage problem and a conflict with another tab.
// Writer: only `setPersistence`, called only by the persistence controller (src/app/persistence).
import type { SliceSet } from "./slice";

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
  /** No storage: nothing is saved in this browser (also when persistence was never started). */
  | "off";

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

/** What can go wrong with the browser's storage, as data the UI phrases through i18n. */
export interface StorageProblem {
  readonly kind: StorageProblemKind;
  /** Title of the map concerned, when there is one. */
  readonly mapTitle?: string;
  /** The browser's own message, for the details line. */
  readonly detail?: string;
}

/** One saved map in the Maps dialog. */
export interface MapSummary {
  readonly id: string;
  readonly title: string;
  readonly peopleCount: number;
  readonly updatedAt: string;
  /** The client the map belongs to (MapDocument.client); absent for one's own map. */
  readonly client?: string;
  /** Dates (ISO) of the map's consultant sessions, newest first (sessionsOf). */
  readonly sessions?: readonly string[];
  /** Set when the record cannot be opened by this version of the app. */
  readonly unreadable?: "newer" | "invalid";
}

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

export interface PersistenceSlice {
  readonly persistence: PersistenceState;
  setPersistence(patch: Partial<PersistenceState>): void;
}

export function createPersistenceSlice(set: SliceSet<PersistenceSlice>, get: () => PersistenceSlice): PersistenceSlice {
  return {
    persistence: {
      status: "off",
      maps: [],
      problem: null,
      conflict: null,
      lastSavedAt: null,
      lastWriteMs: null,
      lastDraftWriteMs: null,
    },
    setPersistence(patch) {
      set({ persistence: { ...get().persistence, ...patch } });
    },
  };
}
