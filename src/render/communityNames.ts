// Where the community names go on the live map: above each community's largest outline piece,
// clear of the other names and of the map's controls, inside the map (outlineSource.ts places
// them; hullsLayer.ts writes them; labelsLayer.ts keeps person labels off them). The exports
// place theirs against every label and node as well (src/scene/sceneOutlines.ts).
import { CollisionIndex } from "../scene/labels";
import { labelAnchor, type Point } from "./hulls";
import type { Box } from "./labelPlacement";

/** The community names' font (hullsLayer.ts writes them centred on their anchor). */
export const COMMUNITY_FONT = '600 11px "Noto Sans CJK JP", "Noto Sans JP", system-ui, sans-serif';
/** Where a community's name is written: centred on x, on the baseline y, inside `box`. */
export interface NameLabel {
  readonly x: number;
  readonly y: number;
  readonly box: Box;
}

/** Name boxes: the text's width plus a 5 px halo each side, 17 px tall from 13 above the baseline. */
export const NAME_HALO = 5;
const NAME_ASCENT = 13;
const NAME_HEIGHT = 17;

const boxAt = (x: number, y: number, w: number): Box => ({
  x: x - w / 2,
  y: y - NAME_ASCENT,
  width: w,
  height: NAME_HEIGHT,
});

/**
 * Where each named piece's name goes, larger communities first: above the piece (at
 * labelAnchor), else a line higher, else below it, and so on, clear of the names placed before
 * and of the map's controls, inside the canvas; a name that finds no clear place takes the first;
 * an outline with no point on the map names nothing. The exports place
 * their names against every label and node as well (src/scene/sceneOutlines.ts); on the live
 * map the person labels keep off the names instead (labelsLayer.ts).
 */
export function placeNames(
  named: readonly { readonly hull: readonly Point[]; readonly width: number; readonly size: number }[],
  canvas: { readonly width: number; readonly height: number },
  obstacles: readonly Box[] = [],
): (NameLabel | null)[] {
  const order = named.map((_, i) => i).sort((a, b) => named[b]!.size - named[a]!.size);
  // A grid of the names placed (the exports' collision index): thousands of company names on a
  // LinkedIn import are each checked against their neighbours only.
  const placed = new CollisionIndex();
  const asScene = (b: Box) => ({ x: b.x, y: b.y, w: b.width, h: b.height });
  for (const b of obstacles) placed.addBox(asScene(b));
  const out = new Array<NameLabel | null>(named.length).fill(null);
  for (const i of order) {
    const { hull, width } = named[i]!;
    // An outline wholly off the map names nothing (its name would float at the map's edge).
    if (!hull.some(([x, y]) => x >= 0 && x <= canvas.width && y >= 0 && y <= canvas.height)) continue;
    const [ax, ay] = labelAnchor(hull);
    let bottom = -Infinity;
    for (const p of hull) bottom = Math.max(bottom, p[1]);
    const below = bottom + NAME_ASCENT + 2;
    const line = NAME_HEIGHT;
    const ys = [ay, ay - line, below, ay - 2 * line, below + line, ay - 3 * line, below + 2 * line];
    // Inside the map's width; the name's height tries the places in `ys` in turn.
    const x = Math.max(width / 2, Math.min(ax, canvas.width - width / 2));
    let chosen: NameLabel | null = null;
    for (const y of ys) {
      if (y - NAME_ASCENT < 0 || y - NAME_ASCENT + NAME_HEIGHT > canvas.height) continue;
      const box = boxAt(x, y, width);
      if (placed.hits(asScene(box))) continue;
      chosen = { x, y, box };
      break;
    }
    chosen ??= { x: ax, y: ay, box: boxAt(ax, ay, width) };
    placed.addBox(asScene(chosen.box));
    out[i] = chosen;
  }
  return out;
}
