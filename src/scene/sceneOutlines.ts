// Community outlines of a scene (outlines.ts does the geometry) and their names: every
// community's members, split into pieces that sit apart or would cover the ego or its label;
// each piece named when it is the community's largest or has two members or more. A name sits
// outside its outline and inside the canvas, clear of labels, nodes and other names (the
// collision index the labels were placed in); nearest places first, the outward side first.
import { getOwn, type MapDocument, type PersonId } from "../domain/model";
import { FONT_SIZE, font } from "./fonts";
import type { CollisionIndex } from "./labels";
import { ASCENT, DESCENT, HALO, textBox } from "./labels";
import { communityPieces, polygonTouchesBox, type Point } from "./outlines";
import type { Box, MeasureText, SceneLabel, SceneNode, SceneOutline } from "./types";

const OUTLINE_PADDING = 18;

export function buildOutlines(
  doc: MapDocument,
  nodes: readonly SceneNode[],
  labels: readonly SceneLabel[],
  communitiesOf: (id: string) => readonly string[],
  colors: Readonly<Record<string, string>>,
  ctx: {
    index: CollisionIndex;
    bounds: Box;
    measure: MeasureText;
    family: string;
    k: number;
    centre: { x: number; y: number };
  },
): SceneOutline[] {
  const egoNode = nodes.find((n) => n.isEgo);
  const egoLabel = egoNode ? labels.find((l) => l.id === egoNode.id) : undefined;
  const keepout = egoNode
    ? { x: egoNode.x, y: egoNode.y, r: egoNode.r + 6, boxes: egoLabel ? [egoLabel.box] : [] }
    : null;
  const members = new Map<string, SceneNode[]>();
  for (const n of nodes) {
    if (n.isEgo) continue;
    for (const c of communitiesOf(n.id)) members.set(c, [...(members.get(c) ?? []), n]);
  }
  const reach = Math.max(1, ...nodes.map((n) => Math.hypot(n.x - ctx.centre.x, n.y - ctx.centre.y)));
  const out: SceneOutline[] = [];
  const f = font(600, FONT_SIZE.community, ctx.family);
  // Larger communities name themselves first.
  const order = [...members].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  for (const [cid, list] of order) {
    const community = getOwn(doc.communities, cid as keyof typeof doc.communities);
    if (!community) continue;
    const color = getOwn(colors, cid) ?? "#888888";
    const pieces = communityPieces(
      list.map((n) => [n.x, n.y] as Point),
      { padding: OUTLINE_PADDING, linkDistance: 0.5 * reach, keepout },
    ).sort((a, b) => b.members.length - a.members.length);
    pieces.forEach((piece, i) => {
      const named = i === 0 || piece.members.length >= 2;
      const label = named ? placeName(community.name, piece.hull, f, ctx) : null;
      out.push({ communityId: cid, path: piece.hull, color, label, ...(community.planned ? { planned: true } : {}) });
    });
  }
  return out;
}

/** The community's name outside its outline, inside the canvas, clear of labels and nodes. */
function placeName(
  name: string,
  hull: readonly Point[],
  f: string,
  ctx: { index: CollisionIndex; bounds: Box; measure: MeasureText; centre: { x: number; y: number } },
): SceneLabel {
  const size = FONT_SIZE.community;
  const w = ctx.measure(name, f);
  const h = (ASCENT + DESCENT) * size + 2 * HALO;
  const xs = hull.map((p) => p[0]);
  const ys = hull.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const mx = (minX + maxX) / 2;
  const my = (minY + maxY) / 2;
  const ux = mx - ctx.centre.x;
  const uy = my - ctx.centre.y;
  const len = Math.hypot(ux, uy) || 1;
  const clampX = (x: number) => Math.max(ctx.bounds.x + HALO, Math.min(x, ctx.bounds.x + ctx.bounds.w - w - HALO));
  const clampY = (y: number) =>
    Math.max(ctx.bounds.y + ASCENT * size + HALO, Math.min(y, ctx.bounds.y + ctx.bounds.h - DESCENT * size - HALO));
  const base = (y: number) => y + ((ASCENT - DESCENT) * size) / 2;
  const tries: { x: number; y: number; dir: number; rank: number }[] = [];
  for (let s = 0; s < 16; s++) {
    const d = 3 + s * h;
    for (const shift of [0, -0.25, 0.25, -0.5, 0.5]) {
      const sx = shift * w;
      const sy = shift * h;
      tries.push(
        { x: mx - w / 2 + sx, y: minY - d - DESCENT * size - HALO, dir: -uy / len, rank: s * 2 + Math.abs(shift) },
        { x: mx - w / 2 + sx, y: maxY + d + ASCENT * size + HALO, dir: uy / len, rank: s * 2 + Math.abs(shift) },
        { x: maxX + d, y: base(my) + sy, dir: ux / len, rank: s * 2 + Math.abs(shift) },
        { x: minX - d - w, y: base(my) + sy, dir: -ux / len, rank: s * 2 + Math.abs(shift) },
      );
    }
  }
  // Nearest first; at each distance the outward side first.
  const ranked = tries.map((t) => ({ ...t, rank: t.rank - t.dir })).sort((a, b) => a.rank - b.rank);
  let fallback: SceneLabel | null = null;
  for (const t of ranked) {
    const x = clampX(t.x);
    const y = clampY(t.y);
    const box = textBox(x, y, w, size);
    if (polygonTouchesBox(hull, box)) continue;
    const label: SceneLabel = { id: "community" as PersonId, text: name, font: f, x, y, box, priority: 0 };
    fallback ??= label;
    if (!ctx.index.hits(box)) {
      ctx.index.addBox(box);
      return label;
    }
  }
  const x = clampX(mx - w / 2);
  const y = clampY(minY - 4);
  return (
    fallback ?? { id: "community" as PersonId, text: name, font: f, x, y, box: textBox(x, y, w, size), priority: 0 }
  );
}
