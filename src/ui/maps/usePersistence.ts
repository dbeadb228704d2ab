import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import { currentPersistence, type PersistenceController, type PersistenceState } from "../../app/persistence";

// Stands in when persistence was never started (component tests, storage-less embeds).
const idle = createStore<PersistenceState>()(() => ({
  status: "off",
  maps: [],
  problem: null,
  conflict: null,
  lastSavedAt: null,
  lastWriteMs: null,
  lastDraftWriteMs: null,
}));

export function usePersistenceController(): PersistenceController | null {
  return currentPersistence();
}

export function usePersistence<T>(selector: (s: PersistenceState) => T): T {
  return useStore(currentPersistence()?.state ?? idle, selector);
}
