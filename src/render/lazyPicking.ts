// sigma's picking pass drawn when it is read, not in every frame. sigma (v3.0.3) draws every
// frame twice: the picture, and the picking buffers in which each person and tie is painted in
// its own colour, read back under the pointer to find who is there. Frames nobody points at — an
// edit typed in a dialog, a new analysis, a camera animation — need no picking: here each
// program draws only the picture, and the first look-up under the pointer after a frame draws
// that frame's picking (same programs, same order, same parameters) before reading it. On a
// software rasteriser that is ~40 of the ~120 ms a 30,000-person frame costs. Where a program is
// not one whose passes can be told apart, frames draw both as before.
import type Sigma from "sigma";
import type { RenderParams } from "sigma/types";
import type { RenderEdge, RenderNode } from "./buildRenderGraph";

interface ProgramInfoLike {
  gl: WebGLRenderingContext | WebGL2RenderingContext;
}

interface ProgramLike {
  pickProgram: ProgramInfoLike | null;
  render(params: RenderParams): void;
  hasNothingToRender(): boolean;
  bindProgram(program: ProgramInfoLike): void;
  unbindProgram(program: ProgramInfoLike): void;
  renderProgram(params: RenderParams, program: ProgramInfoLike): void;
}

interface Internals {
  nodePrograms: Record<string, unknown>;
  edgePrograms: Record<string, unknown>;
  getNodeAtPosition(position: { x: number; y: number }): string | null;
  getEdgeAtPoint(x: number, y: number): string | null;
}

const separable = (p: unknown): p is ProgramLike => {
  const q = p as Partial<ProgramLike> | null;
  return (
    q !== null &&
    typeof q === "object" &&
    "pickProgram" in q &&
    typeof q.render === "function" &&
    typeof q.hasNothingToRender === "function" &&
    typeof q.bindProgram === "function" &&
    typeof q.unbindProgram === "function" &&
    typeof q.renderProgram === "function"
  );
};

/** Installs lazy picking on `sigma`; returns false (nothing changed) where its internals differ. */
export function lazyPicking(sigma: Sigma<RenderNode, RenderEdge>): boolean {
  const s = sigma as unknown as Partial<Internals>;
  const { getNodeAtPosition, getEdgeAtPoint } = s;
  if (typeof getNodeAtPosition !== "function" || typeof getEdgeAtPoint !== "function") return false;
  if (typeof s.nodePrograms !== "object" || typeof s.edgePrograms !== "object") return false;
  // A compound program (sigma's arrows) draws its parts, each a program of its own.
  const parts = (p: unknown): unknown[] => {
    const sub = (p as { programs?: unknown } | null)?.programs;
    return Array.isArray(sub) ? sub.flatMap(parts) : [p];
  };
  const programs = () =>
    [...Object.values(s.nodePrograms ?? {}), ...Object.values(s.edgePrograms ?? {})].flatMap(parts);
  /** The last frame's parameters while its picking is not drawn yet. */
  let pending: RenderParams | null = null;
  /** This frame draws both passes (a program that cannot draw one without the other has items). */
  let eager = false;
  const wrapped = new WeakSet<object>();
  const wrap = (p: ProgramLike) => {
    if (wrapped.has(p)) return;
    wrapped.add(p);
    const render = p.render.bind(p);
    p.render = (params: RenderParams) => {
      if (eager) return render(params);
      pending = params;
      const pick = p.pickProgram;
      p.pickProgram = null;
      try {
        render(params);
      } finally {
        p.pickProgram = pick;
      }
    };
  };
  sigma.on("beforeRender", () => {
    // Programs are made again when the program settings change: each is wrapped once.
    const all = programs();
    eager = all.some((p) => !separable(p));
    for (const p of all) if (separable(p)) wrap(p);
    // sigma clears the picking buffers in every frame: the last one's picking is gone.
    pending = null;
  });
  /** Draws the last frame's picking, if it is not drawn yet: nodes, then ties, as sigma's frame. */
  const drawPicking = () => {
    const params = pending;
    if (params === null) return;
    pending = null;
    const ratio = params.pixelRatio / params.downSizingRatio;
    for (const p of programs()) {
      if (!separable(p) || p.hasNothingToRender() || !p.pickProgram) continue;
      const pick = p.pickProgram;
      pick.gl.viewport(0, 0, params.width * ratio, params.height * ratio);
      p.bindProgram(pick);
      p.renderProgram({ ...params, pixelRatio: ratio }, pick);
      p.unbindProgram(pick);
    }
  };
  s.getNodeAtPosition = (position) => {
    drawPicking();
    return getNodeAtPosition.call(sigma, position);
  };
  s.getEdgeAtPoint = (x, y) => {
    drawPicking();
    return getEdgeAtPoint.call(sigma, x, y);
  };
  return true;
}

interface HoverInternals {
  activeListeners?: { handleMove?: (e: unknown) => void };
}

/**
 * No hover look-up while the map is dragged: sigma looks for the person or tie under the pointer
 * on every move, also while the map or a person is dragged with the mouse button held or a
 * finger, and each look-up after a camera move draws that frame's picking and reads it back (on
 * the 30,000-person map, ~40 ms per move of a pan); under a finger it also popped up the
 * tooltips of the ties it passed. The mouse hover resumes with the first move after the button
 * is released; a finger still hovers where it touches down; the press and the release
 * themselves (downNode, upNode, clicks, taps) still look up who is there. Returns false (nothing
 * changed) where sigma's internals differ.
 */
export function noHoverWhileDragging(sigma: Sigma<RenderNode, RenderEdge>): boolean {
  const hover = (sigma as unknown as HoverInternals).activeListeners?.handleMove;
  if (typeof hover !== "function") return false;
  const mouse = sigma.getMouseCaptor();
  mouse.off("mousemove", hover);
  mouse.on("mousemove", (e) => {
    if (!mouse.isMouseDown) hover(e);
  });
  sigma.getTouchCaptor().off("touchmove", hover);
  return true;
}
