// The one store and the app's handles (renderer, persistence controller), provided to the UI by
// React context; components select from the store through these typed hooks. The only ui file
// that imports zustand.
import { createContext, useContext, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import type { PersistenceController } from "../../app/persistence";
import { createRendererHandle, type RendererHandle } from "../../render/rendererHandle";
import type { MapState, MapStore } from "../../store/mapStore";

/** What the bootstrap creates besides the store and hands down (no globals). */
export interface AppHandles {
  readonly renderer: RendererHandle;
  /** null when persistence was not started (component tests, storage-less embeds). */
  readonly persistence: PersistenceController | null;
}

const StoreContext = createContext<MapStore | null>(null);
const HandlesContext = createContext<AppHandles | null>(null);

/** Provides the store and the handles; without `handles` (tests), a fresh renderer handle and no persistence. */
export function StoreProvider({
  store,
  handles,
  children,
}: {
  store: MapStore;
  handles?: AppHandles;
  children: ReactNode;
}) {
  const [fallback] = useState<AppHandles>(() => ({ renderer: createRendererHandle(), persistence: null }));
  return (
    <StoreContext.Provider value={store}>
      <HandlesContext.Provider value={handles ?? fallback}>{children}</HandlesContext.Provider>
    </StoreContext.Provider>
  );
}

export function useMapStoreApi(): MapStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useMapStoreApi: no StoreProvider above this component");
  return store;
}

export function useMap<T>(selector: (s: MapState) => T): T {
  return useStore(useMapStoreApi(), selector);
}

export function useAppHandles(): AppHandles {
  const handles = useContext(HandlesContext);
  if (!handles) throw new Error("useAppHandles: no StoreProvider above this component");
  return handles;
}
