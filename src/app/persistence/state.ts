// What the persistence UI shows lives in the one store's persistence slice; the controller reads
// and writes it through this small view of the store (it is the slice's only writer).
import type { MapStore } from "../../store/mapStore";
import type { PersistenceState } from "../../store/persistenceSlice";

export type { Conflict, PersistenceState, SaveStatus } from "../../store/persistenceSlice";

export interface PersistenceStatus {
  getState(): PersistenceState;
  setState(patch: Partial<PersistenceState>): void;
}

export function persistenceStatus(store: MapStore): PersistenceStatus {
  return {
    getState: () => store.getState().persistence,
    setState: (patch) => store.getState().setPersistence(patch),
  };
}
