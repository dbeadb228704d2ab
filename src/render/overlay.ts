// What the layers drawn over (or under) the sigma canvases share.
import type Sigma from "sigma";
import type { SigmaEvents } from "sigma/types";

/** Inline style of a layer that covers the whole map and lets the pointer through to sigma. */
export const OVERLAY_STYLE = {
  position: "absolute",
  inset: "0",
  width: "100%",
  height: "100%",
  pointerEvents: "none",
} as const;

/** Listens to one sigma event; returns what stops listening. */
export function listen<N extends object, E extends object, K extends keyof SigmaEvents>(
  sigma: Sigma<N, E>,
  event: K,
  listener: SigmaEvents[K],
): () => void {
  sigma.on(event, listener);
  return () => {
    sigma.off(event, listener);
  };
}
