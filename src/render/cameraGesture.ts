// Whether the camera is being moved by a gesture or an animation: a drag with the mouse button
// held, a touch drag or pinch, a zoom's animation. The outlines and labels layers move what they
// drew with the camera while it is (outlineSource.ts, labelsLayer.ts) and draw it afresh once the
// camera has come to rest.
import type Sigma from "sigma";
import type { RenderEdge, RenderNode } from "./buildRenderGraph";

export interface CameraGesture {
  /** A button or a finger is down, or the camera is animated. */
  moving(): boolean;
  /** Calls `fn` when a mouse button or the last finger is released. */
  onRelease(fn: () => void): () => void;
}

export function cameraGesture(sigma: Sigma<RenderNode, RenderEdge>): CameraGesture {
  const mouse = sigma.getMouseCaptor();
  const touch = sigma.getTouchCaptor();
  return {
    moving: () => mouse.isMouseDown || touch.touchMode > 0 || sigma.getCamera().isAnimated(),
    onRelease(fn) {
      const up = () => fn();
      mouse.on("mouseup", up);
      touch.on("touchup", up);
      return () => {
        mouse.off("mouseup", up);
        touch.off("touchup", up);
      };
    },
  };
}
