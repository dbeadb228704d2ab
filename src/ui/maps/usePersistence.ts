import type { PersistenceController, PersistenceState } from "../../app/persistence";
import { useAppHandles, useMap } from "../hooks/storeContext";

/** The persistence controller the bootstrap started; null without persistence (component tests). */
export function usePersistenceController(): PersistenceController | null {
  return useAppHandles().persistence;
}

/** Selects from the store's persistence slice ("off" when persistence was never started). */
export function usePersistence<T>(selector: (s: PersistenceState) => T): T {
  return useMap((s) => selector(s.persistence));
}
