import { useEffect, useRef, useState, type RefObject } from "react";
import type { MapStore } from "../store/mapStore";
import { createMapRenderer, type MapRenderer } from "./mapRenderer";
import type { RendererHandle } from "./rendererHandle";

/** Mounts sigma into the referenced element for the component's lifetime, and into `handle`. */
export function useMapRenderer(
  store: MapStore,
  handle: RendererHandle,
): {
  containerRef: RefObject<HTMLDivElement | null>;
  error: Error | null;
} {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    const el = containerRef.current;
    if (!el) return undefined;
    let renderer: MapRenderer | null = null;
    try {
      renderer = createMapRenderer(el, store);
      handle.mount(renderer);
    } catch (e) {
      // The mount can fail (no WebGL); the user must see why, so the error becomes state.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setError(e instanceof Error ? e : new Error(String(e)));
    }
    return () => {
      if (renderer) handle.unmount(renderer);
      renderer?.destroy();
    };
  }, [store, handle]);
  return { containerRef, error };
}
