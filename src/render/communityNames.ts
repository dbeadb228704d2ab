// Where the outlines layer (hullsLayer.ts) writes each community's name, as boxes the person
// labels keep off (labelsLayer.ts), and those boxes kept while nothing they depend on moved.
import { polygonCentroid, polygonHull } from "d3-polygon";
import { getOwn } from "../domain/model";
import type { MapStore } from "../store/mapStore";
import type { Box, LabelCandidate } from "./labelPlacement";

/** Font and padding of the community names drawn by the outlines layer (hullsLayer.ts). */
const COMMUNITY_FONT = '600 11px "Noto Sans CJK JP", "Noto Sans JP", system-ui, sans-serif';
const HULL_PADDING = 18;

/**
 * Where the outlines layer writes each community's name (above the top of its padded outline):
 * person labels keep off those boxes so that both stay readable.
 */
export function* communityNameBoxes(
  context: CanvasRenderingContext2D,
  doc: ReturnType<MapStore["getState"]>["doc"],
  candidates: readonly LabelCandidate[],
): Generator<void, Box[], void> {
  const members = new Map<string, [number, number][]>();
  for (const c of candidates) {
    for (const cid of getOwn(doc.people, c.id as keyof typeof doc.people)?.communityIds ?? []) {
      const list = members.get(cid);
      if (list) list.push([c.x, c.y]);
      else members.set(cid, [[c.x, c.y]]);
    }
  }
  const out: Box[] = [];
  // One pause per community (a company of a LinkedIn import has thousands of members).
  for (const [cid, points] of members) {
    yield;
    const community = getOwn(doc.communities, cid as keyof typeof doc.communities);
    if (!community) continue;
    const hull = points.length >= 3 ? polygonHull(points) : null;
    let top = points[0] as [number, number];
    for (const p of points) if (p[1] < top[1]) top = p;
    const cx = hull ? polygonCentroid(hull)[0] : points.reduce((a, p) => a + p[0], 0) / points.length;
    const x = (top[0] + cx) / 2;
    const y = top[1] - HULL_PADDING - 4;
    context.save();
    context.font = COMMUNITY_FONT;
    const w = context.measureText(community.name).width + 10;
    context.restore();
    out.push({ x: x - w / 2, y: y - 13, width: w, height: 17 });
  }
  return out;
}

/**
 * communityNameBoxes, kept while the map and the candidates' places are the same: a new analysis
 * re-ranks the labels of a still map, whose outlines and names stay where they were (their hulls
 * are ~15–30 ms on the 30,000-person map).
 */
export function nameBoxesMemo() {
  let last: { doc: unknown; ids: string[]; xy: Float64Array; boxes: Box[] } | null = null;
  const same = (candidates: readonly LabelCandidate[]): boolean => {
    if (!last || last.ids.length !== candidates.length) return false;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i] as LabelCandidate;
      if (c.id !== last.ids[i] || c.x !== last.xy[2 * i] || c.y !== last.xy[2 * i + 1]) return false;
    }
    return true;
  };
  return function* boxes(
    context: CanvasRenderingContext2D,
    doc: ReturnType<MapStore["getState"]>["doc"],
    candidates: readonly LabelCandidate[],
  ): Generator<void, Box[], void> {
    if (last && last.doc === doc && same(candidates)) return last.boxes;
    const found = yield* communityNameBoxes(context, doc, candidates);
    const xy = new Float64Array(2 * candidates.length);
    candidates.forEach((c, i) => {
      xy[2 * i] = c.x;
      xy[2 * i + 1] = c.y;
    });
    last = { doc, ids: candidates.map((c) => c.id), xy, boxes: found };
    return found;
  };
}
