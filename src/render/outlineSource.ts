// The community outlines of a frame, computed once for the two layers that need them: the
// outlines layer paints them with each community's name (hullsLayer.ts), and the labels layer
// keeps person labels off those names (labelsLayer.ts). Both read the same pieces, so a label
// keeps off the name where it is written — above the largest piece of a community whose members
// sit apart — and a 30,000-person map computes its hulls once per frame, not twice. A frame that
// only moved the camera (a drag; a zoom while it animates or is pinched) moves and scales the
// last computed drawing instead; the frame after the camera comes to rest computes it afresh.
import type Sigma from "sigma";
import { getOwn, type MapDocument } from "../domain/model";
import { communityPieces, type Keepout } from "../scene/outlines";
import type { RenderEdge, RenderGraph, RenderNode } from "./buildRenderGraph";
import { communityColors } from "./encodings";
import { cameraGesture } from "./cameraGesture";
import { frameKeyOf } from "./frameKey";
import type { Point } from "./hulls";
import type { Box } from "./labelPlacement";
import { controlBoxes } from "./mapControls";
import type { MeasureText } from "../scene/types";
import { COMMUNITY_FONT, NAME_HALO, placeNames, type NameLabel } from "./communityNames";
import { canvasMeasure } from "./textMeasure";

const OUTLINE_PADDING = 18;
/** People placed on screen between two pauses of a sliced computation. */
const MEMBER_STEP = 5000;

/** One outline piece to paint, with its community's name when it is the largest piece. */
export interface Outline {
  readonly hull: Point[];
  readonly color: string;
  readonly planned: boolean;
  readonly name: string | null;
  /** Where the name goes: set when `name` is, unless the outline is wholly off the map. */
  readonly label: NameLabel | null;
}

export interface OutlineSource {
  /**
   * The frame's outline pieces (one pause per community). Callers of the same frame, document
   * and switch share one computation: whoever steps it advances it, and all get its result.
   */
  steps(doc: MapDocument, on: boolean): Generator<void, readonly Outline[], void>;
}

interface CachedPieces {
  readonly points: readonly Point[];
  readonly reach: number;
  readonly keepout: Keepout | null;
  readonly pieces: ReturnType<typeof communityPieces>;
}

/** The same ego keep-out (the layer's has no label boxes). */
const sameKeepout = (a: Keepout | null, b: Keepout | null) =>
  a === b ||
  (a !== null && b !== null && a.x === b.x && a.y === b.y && a.r === b.r && a.boxes.length === b.boxes.length);

function samePoints(a: readonly Point[], b: readonly Point[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i] as Point;
    const q = b[i] as Point;
    if (p[0] !== q[0] || p[1] !== q[1]) return false;
  }
  return true;
}

type OutlineSigma = Pick<
  Sigma<RenderNode, RenderEdge>,
  "getContainer" | "graphToViewport" | "getCamera" | "getDimensions" | "getMouseCaptor" | "getTouchCaptor"
>;

const sources = new WeakMap<object, OutlineSource>();

/** The one outline source of a sigma instance (made on first use; `measure` for tests). */
export function outlineSourceOf(sigma: OutlineSigma, graph: RenderGraph, measure?: MeasureText): OutlineSource {
  let source = sources.get(sigma);
  if (!source) {
    source = createOutlineSource(sigma, graph, measure ?? canvasMeasure());
    sources.set(sigma, source);
  }
  return source;
}

/** A length in graph coordinates, to read the camera's scale from two projected points. */
const UNIT = 1000;
function createOutlineSource(sigma: OutlineSigma, graph: RenderGraph, measure: MeasureText): OutlineSource {
  const container = sigma.getContainer();
  const widths = new Map<string, number>();
  const widthOf = (name: string) => {
    let w = widths.get(name);
    if (w === undefined) {
      w = measure(name, COMMUNITY_FONT) + 2 * NAME_HALO;
      widths.set(name, w);
    }
    return w;
  };
  const frameKey = frameKeyOf(sigma as Sigma<RenderNode, RenderEdge>, graph);
  const gesture = cameraGesture(sigma as Sigma<RenderNode, RenderEdge>);
  /** Each community's pieces in the last computation, and what they were made from. */
  let pieceCache = new Map<string, CachedPieces>();
  /** A named piece: its outline's index, and what its name is placed from. */
  interface Named {
    readonly at: number;
    readonly hull: Point[];
    readonly width: number;
    readonly size: number;
  }
  interface Drawing {
    readonly outlines: Outline[];
    readonly named: readonly Named[];
  }
  interface Run {
    readonly key: string;
    readonly doc: MapDocument;
    readonly on: boolean;
    /** Scaled for a zoom: computed again once the camera is at rest, even where it stopped. */
    readonly scaled: boolean;
    readonly steps: Generator<void, Drawing, void> | null;
    value: Drawing | null;
  }
  /**
   * The last drawing computed (not moved), with what a camera move keeps (`still`), its zoom and
   * where two points of the graph were on screen: frames that only moved or zoomed the camera
   * are that drawing, moved and scaled.
   */
  interface Base {
    readonly drawing: Drawing;
    readonly doc: MapDocument;
    readonly on: boolean;
    readonly still: string;
    readonly ratio: number;
    readonly o: { readonly x: number; readonly y: number };
    readonly u: { readonly x: number; readonly y: number };
  }
  let base: Base | null = null;
  let run: Run | null = null;

  /** The outlines with their names placed (on this frame's map and controls). */
  const named = (outlines: Outline[], pieces: readonly Named[]): Drawing => {
    const size = { width: container.offsetWidth, height: container.offsetHeight };
    const labels = placeNames(pieces, size, controlBoxes(container));
    pieces.forEach(({ at }, k) => {
      const label = labels[k] ?? null;
      outlines[at] = { ...(outlines[at] as Outline), label };
    });
    return { outlines, named: pieces };
  };

  /**
   * `last` moved (and scaled by s) so that `from` comes to `to`: a pan moves every point of the
   * map by the same offset, and the outlines (padding, keep-out around the ego, pieces) with
   * them; a frame of a zoom (animated, or a pinch) scales them too (the padding with them, until
   * the camera comes to rest and they are computed again). Only the names are placed again, against the
   * map's edges and controls, which stay where they are.
   */
  const moved = (last: Drawing, from: Base["o"], to: Base["o"], s: number): Drawing => {
    const at = ([x, y]: Point): Point => [to.x + s * (x - from.x), to.y + s * (y - from.y)];
    const outlines = last.outlines.map((o) => ({ ...o, hull: o.hull.map(at) }));
    return named(
      outlines,
      last.named.map((n) => ({ ...n, hull: (outlines[n.at] as Outline).hull })),
    );
  };

  /** compute, and its drawing the base of the frames that follow (with this frame's camera). */
  function* computeBase(doc: MapDocument, on: boolean): Generator<void, Drawing, void> {
    const still = frameKey.still();
    const ratio = frameKey.ratio();
    const o = frameKey.project(0, 0);
    const u = frameKey.project(UNIT, 0);
    const drawing = yield* compute(doc, on);
    base = { drawing, doc, on, still, ratio, o, u };
    return drawing;
  }

  /** The frame's drawing from the base when only the camera moved (zoomed: while it moves), else null. */
  const fromBase = (doc: MapDocument, on: boolean): { drawing: Drawing; scaled: boolean } | null => {
    if (!base?.drawing || base.doc !== doc || base.on !== on || base.still !== frameKey.still()) return null;
    const zoomed = frameKey.ratio() !== base.ratio;
    if (zoomed && !gesture.moving()) return null;
    const o = frameKey.project(0, 0);
    const u = frameKey.project(UNIT, 0);
    const s = zoomed ? Math.hypot(u.x - o.x, u.y - o.y) / Math.hypot(base.u.x - base.o.x, base.u.y - base.o.y) : 1;
    return { drawing: moved(base.drawing, base.o, o, s), scaled: zoomed };
  };

  function* compute(doc: MapDocument, on: boolean): Generator<void, Drawing, void> {
    const out: Outline[] = [];
    if (!on) return { outlines: out, named: [] };
    const colors = communityColors(doc);
    const members = new Map<string, Point[]>();
    let n = 0;
    for (const { node: id, attributes: a } of graph.nodeEntries()) {
      if (++n % MEMBER_STEP === 0) yield;
      if (a.hidden) continue;
      const p = getOwn(doc.people, id as keyof typeof doc.people);
      for (const c of p?.communityIds ?? []) {
        const v = sigma.graphToViewport({ x: a.x, y: a.y });
        const list = members.get(c);
        if (list) list.push([v.x, v.y]);
        else members.set(c, [[v.x, v.y]]);
      }
    }
    // As in the exports: members that sit apart get outlines of their own, and no outline
    // passes over the ego (src/scene/outlines.ts).
    const ego = graph.findNode((_, a) => a.isEgo && !a.hidden);
    const egoAt = ego ? sigma.graphToViewport(graph.getNodeAttributes(ego)) : null;
    const keepout: Keepout | null = egoAt ? { x: egoAt.x, y: egoAt.y, r: 24, boxes: [] } : null;
    let reach = egoAt ? 1 : Math.max(container.offsetWidth, container.offsetHeight);
    if (egoAt)
      for (const points of members.values())
        for (const [x, y] of points) reach = Math.max(reach, Math.hypot(x - egoAt.x, y - egoAt.y));
    const before = pieceCache;
    pieceCache = new Map();
    const namedPieces: Named[] = [];
    for (const [cid, points] of members) {
      yield;
      const community = getOwn(doc.communities, cid as keyof typeof doc.communities);
      if (!community) continue;
      // A community whose members sit where they sat in the last computation (an edit elsewhere
      // on the map, the same camera) keeps its pieces: the same points give the same outline.
      const last = before.get(cid);
      const pieces =
        last && last.reach === reach && sameKeepout(last.keepout, keepout) && samePoints(last.points, points)
          ? last.pieces
          : communityPieces(points, { padding: OUTLINE_PADDING, linkDistance: 0.5 * reach, keepout }).sort(
              (x, y) => y.members.length - x.members.length,
            );
      pieceCache.set(cid, { points, reach, keepout, pieces });
      const color = getOwn(colors, cid) ?? "#888888";
      pieces.forEach(({ hull, members: inPiece }, i) => {
        if (i === 0) namedPieces.push({ at: out.length, hull, width: widthOf(community.name), size: inPiece.length });
        out.push({
          hull,
          color,
          planned: community.planned ?? false,
          name: i === 0 ? community.name : null,
          label: null,
        });
      });
    }
    return named(out, namedPieces);
  }

  return {
    *steps(doc, on) {
      const key = frameKey.current();
      const stale = run?.scaled === true && !gesture.moving();
      if (!run || run.key !== key || run.doc !== doc || run.on !== on || stale) {
        const shifted = stale ? null : fromBase(doc, on);
        run = shifted
          ? { key, doc, on, scaled: shifted.scaled, steps: null, value: shifted.drawing }
          : { key, doc, on, scaled: false, steps: computeBase(doc, on), value: null };
      }
      const mine = run;
      while (mine.value === null && mine.steps) {
        const step = mine.steps.next();
        if (step.done) mine.value = step.value;
        else yield;
      }
      return (mine.value as Drawing).outlines;
    },
  };
}

/** The boxes of the names the outlines layer writes, which person labels keep off. */
export function nameBoxesOf(outlines: readonly Outline[]): Box[] {
  const out: Box[] = [];
  for (const o of outlines) if (o.label) out.push(o.label.box);
  return out;
}
