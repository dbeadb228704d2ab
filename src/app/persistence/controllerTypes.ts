// Types of the persistence controller: its options, its commands and the cross-tab messages.
import type { MapDocument } from "../../domain/model";
import type { MapStore } from "../../store/mapStore";
import type { AddMapsOutcome, StoredMaps } from "./backupMaps";
import type { StorageProblem } from "./problems";
import type { MapRepository, OpenCallbacks } from "./repository";

export type Message =
  | { kind: "saved"; tabId: string; mapId: string; savedRevision: number; title: string; updatedAt: string }
  | { kind: "listChanged"; tabId: string };

/** Where opening a new document stopped: the map open before it stays open (and saved). */
export type OpenDocumentStep =
  /** Pending edits of the open map could not be saved first. */
  | "saveCurrent"
  /** Drawing or analysing the new document threw. */
  | "display"
  /** The new document could not be written to the browser's storage. */
  | "save";

export type OpenDocumentResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly step: OpenDocumentStep;
      readonly problem: StorageProblem | null;
      readonly detail?: string;
    };

export interface ControllerOptions {
  store: MapStore;
  openRepository?: (callbacks: OpenCallbacks) => Promise<MapRepository>;
  debounceMs?: number;
  /** null: no cross-tab notices (the write-time check still applies). */
  channelName?: string | null;
  now?: () => string;
  newMapId?: () => string;
  /** Title of a recovered draft kept beside a map another tab saved since (default: the same). */
  copyTitle?: (title: string) => string;
  /** Opened when the last saved map is deleted. */
  fallbackDocument: () => MapDocument;
}

export interface PersistenceController {
  readonly tabId: string;
  start(): Promise<void>;
  /** Saves pending edits now; false when they could not be saved. */
  flush(): Promise<boolean>;
  /**
   * For page unload: hands unsaved edits to IndexedDB in one committed request (a draft, merged
   * on the next start). True when nothing would be lost; false when it could not be issued.
   */
  writeDraft(): boolean;
  /** Opens a document never saved (e.g. an import) as a new map and saves it; all or nothing. */
  openDocument(doc: MapDocument): Promise<OpenDocumentResult>;
  /** A new map (for `client`, when given: a consultant's map of that client). */
  newMap(input: { title: string; egoName: string; client?: string }): Promise<boolean>;
  openMap(id: string): Promise<boolean>;
  renameMap(id: string, title: string): Promise<boolean>;
  /** Sets (null: removes) the client of a saved map, open or not. */
  setMapClient(id: string, client: string | null): Promise<boolean>;
  duplicateMap(id: string, title: string): Promise<boolean>;
  deleteMap(id: string): Promise<boolean>;
  /** Conflict: replace the open map by the version the other tab saved. */
  loadTheirs(): Promise<boolean>;
  /** Conflict: keep the version in memory as a new map with this title. */
  keepMineAsCopy(title: string): Promise<boolean>;
  dismissProblem(): void;
  /** Encrypted backup: the open map as in memory, then every other readable saved map. */
  storedMaps(): Promise<StoredMaps>;
  /** Restoring a backup: adds the maps all or nothing, never over an existing map. */
  addMaps(docs: readonly MapDocument[], copyTitle: (title: string) => string): Promise<AddMapsOutcome>;
  dispose(): void;
}
