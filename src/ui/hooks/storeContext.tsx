import { createContext, useContext, type ReactNode } from "react";
import { useStore } from "zustand";
import type { MapState, MapStore } from "../../store/mapStore";

const StoreContext = createContext<MapStore | null>(null);

export function StoreProvider({ store, children }: { store: MapStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useMapStoreApi(): MapStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useMapStoreApi: no StoreProvider above this component");
  return store;
}

export function useMap<T>(selector: (s: MapState) => T): T {
  return useStore(useMapStoreApi(), selector);
}
