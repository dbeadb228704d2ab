// Labels that follow their people while the camera moves (labelsLayer.ts): each label keeps its
// offset from its person's dot, so a drag or a zoom's animation moves the labels without
// placing them again; they are placed afresh once the camera is at rest.
import type Sigma from "sigma";
import type { RenderEdge, RenderNode } from "./buildRenderGraph";
import { cameraGesture } from "./cameraGesture";
import type { FrameKey } from "./frameKey";
import type { PlacedLabel } from "./labelPlacement";
import type { nodeDisplayReader } from "./sigmaDisplay";

type At = { readonly x: number; readonly y: number };

/** Where each labelled person is on screen now (`where` gives null for one not shown). */
export function anchorsOf(labels: readonly PlacedLabel[], where: (id: string) => At | null): Map<string, At> {
  const out = new Map<string, At>();
  for (const l of labels) {
    const p = where(l.id);
    if (p) out.set(l.id, p);
  }
  return out;
}

/** The labels moved with their people from `anchors` to where they are now; a person not shown loses the label. */
export function followLabels(
  labels: readonly PlacedLabel[],
  anchors: ReadonlyMap<string, At>,
  where: (id: string) => At | null,
): { labels: PlacedLabel[]; anchors: Map<string, At> } {
  const next: PlacedLabel[] = [];
  const at = new Map<string, At>();
  for (const l of labels) {
    const a = anchors.get(l.id);
    const p = where(l.id);
    if (!a || !p) continue;
    next.push(p.x === a.x && p.y === a.y ? l : { ...l, x: l.x + p.x - a.x, y: l.y + p.y - a.y });
    at.set(l.id, p);
  }
  return { labels: next, anchors: at };
}

/**
 * The labels layer's follower: told of every placing, it moves the placed labels with their
 * people while a drag, a pinch or a zoom's animation moves the camera (~30 ms of placing saved
 * per frame on a 30,000-person map), and asks sigma for a frame once the button or finger is
 * released, which places them again.
 */
export function labelFollower(
  sigma: Sigma<RenderNode, RenderEdge>,
  frameKey: FrameKey,
  displayData: ReturnType<typeof nodeDisplayReader>,
) {
  const gesture = cameraGesture(sigma);
  /** Where a person's dot is on screen in this frame; null for one not shown. */
  const onScreen = (id: string) => {
    const d = displayData(id);
    return d && !d.hidden ? sigma.framedGraphToViewport(d) : null;
  };
  /** What a camera move keeps of the frame the labels were placed in. */
  let still: string | null = null;
  /** Where each labelled person was on screen when their label was placed or last moved. */
  let anchors: Map<string, At> | null = null;
  /** The labels were moved with the camera and are to be placed again (after a drag). */
  let moved = false;
  const stop = gesture.onRelease(() => {
    if (!moved) return;
    moved = false;
    sigma.scheduleRender();
  });
  return {
    /** Labels were placed in this frame. */
    placed(labels: readonly PlacedLabel[]): void {
      still = frameKey.still();
      anchors = anchorsOf(labels, onScreen);
      moved = false;
    },
    /**
     * The labels moved with their people when the camera moves and nothing but the camera
     * changed since they were placed (`same`: the layer's own inputs are those); else null.
     */
    follow(labels: readonly PlacedLabel[], same: boolean): PlacedLabel[] | null {
      if (!gesture.moving() || !same || anchors === null || still !== frameKey.still()) return null;
      const next = followLabels(labels, anchors, onScreen);
      anchors = next.anchors;
      moved = true;
      return next.labels;
    },
    detach: stop,
  };
}
