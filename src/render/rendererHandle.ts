// The handle through which the app reaches the mounted renderer (image export, drawn positions).
// Created once by the bootstrap and handed down; the canvas mounts its renderer into it. No sigma
// import here (type only), so holding the handle does not load WebGL code.
import type { MapRenderer } from "./mapRenderer";

export interface RendererHandle {
  /** The mounted renderer; null before the canvas mounts or after it unmounts. */
  readonly renderer: MapRenderer | null;
  mount(renderer: MapRenderer): void;
  /** Forgets `renderer` if it is still the mounted one. */
  unmount(renderer: MapRenderer): void;
}

export function createRendererHandle(): RendererHandle {
  let mounted: MapRenderer | null = null;
  return {
    get renderer() {
      return mounted;
    },
    mount(renderer) {
      mounted = renderer;
    },
    unmount(renderer) {
      if (mounted === renderer) mounted = null;
    },
  };
}
