import { useEffect, useRef, useState, type RefObject } from "react";
import type { MapStore } from "../store/mapStore";
import { createMapRenderer, type MapRenderer } from "./mapRenderer";

let current: MapRenderer | null = null;
/** The mounted renderer (for image export and tests); null before the canvas mounts. */
export function currentRenderer(): MapRenderer | null {
  return current;
}

/** Mounts sigma into the referenced element for the component's lifetime. */
export function useMapRenderer(store: MapStore): {
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
      current = renderer;
    } catch (e) {
      // The mount can fail (no WebGL); the user must see why, so the error becomes state.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setError(e instanceof Error ? e : new Error(String(e)));
    }
    return () => {
      if (current === renderer) current = null;
      renderer?.destroy();
    };
  }, [store]);
  return { containerRef, error };
}
