// Paints a Scene into a 2D canvas context at `scale` (1× = scene pixels): outlines, edges with
// their dashes and widths (local bridges purple), nodes by size, labels with a white halo and
// leader lines, community names, the legend card and the title. The same scene as sceneToSvg
// (svg.ts) draws; the canvas must be scene.width × scale by scene.height × scale.
import { withAlpha } from "./styles";
import type { Scene, SceneLabel, SceneLegendItem } from "./types";

/** Label text colour, halo and the outline look, shared with svg.ts. */
export const INK = {
  text: "#222222",
  community: "#3a3a3a",
  halo: "rgba(255,255,255,0.92)",
  haloWidth: 3,
  leader: "#9a9a9a",
};
export const OUTLINE = { fillAlpha: 0.1, strokeAlpha: 0.55, width: 1.2, plannedDash: [6, 4] as const };
export const EDGE_ALPHA = 0.8;
export const NODE_STROKE = { color: "#ffffff", width: 1.5 };
export const LEGEND_CARD = "rgba(255,255,255,0.9)";

function text(ctx: CanvasRenderingContext2D, label: SceneLabel, fill: string): void {
  ctx.font = label.font;
  ctx.lineJoin = "round";
  ctx.lineWidth = INK.haloWidth;
  ctx.strokeStyle = INK.halo;
  ctx.strokeText(label.text, label.x, label.y);
  ctx.fillStyle = fill;
  ctx.fillText(label.text, label.x, label.y);
}

function legendItem(ctx: CanvasRenderingContext2D, item: SceneLegendItem): void {
  if (!item.box || !item.text) return;
  const cy = item.box.y + item.box.h / 2;
  const x = item.box.x;
  if (item.kind === "node") {
    ctx.fillStyle = item.color;
    ctx.beginPath();
    ctx.arc(x + 6, cy, 6, 0, 2 * Math.PI);
    ctx.fill();
  } else if (item.kind === "edge") {
    const s = item.style;
    ctx.strokeStyle = s?.color ?? item.color;
    ctx.lineWidth = s?.width ?? 2;
    ctx.setLineDash(s ? [...s.dash] : []);
    ctx.beginPath();
    ctx.moveTo(x, cy);
    ctx.lineTo(x + 26, cy);
    ctx.stroke();
    ctx.setLineDash([]);
  } else if (item.kind === "outline") {
    ctx.fillStyle = withAlpha("#888888", OUTLINE.fillAlpha * 2);
    ctx.strokeStyle = withAlpha("#888888", OUTLINE.strokeAlpha);
    ctx.lineWidth = OUTLINE.width;
    ctx.beginPath();
    ctx.roundRect(x + 1, cy - 6, 24, 12, 6);
    ctx.fill();
    ctx.stroke();
  }
  ctx.font = item.text.font;
  ctx.fillStyle = "#333333";
  ctx.fillText(item.label, item.text.x, item.text.y);
}

export function paintScene(ctx: CanvasRenderingContext2D, scene: Scene, scale: number): void {
  ctx.save();
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.clearRect(0, 0, scene.width, scene.height);
  if (scene.background === "white") {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, scene.width, scene.height);
  }
  ctx.textBaseline = "alphabetic";
  ctx.textAlign = "left";
  for (const o of scene.outlines) {
    ctx.beginPath();
    o.path.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.closePath();
    ctx.fillStyle = withAlpha(o.color, OUTLINE.fillAlpha);
    ctx.fill();
    ctx.strokeStyle = withAlpha(o.color, OUTLINE.strokeAlpha);
    ctx.lineWidth = OUTLINE.width;
    ctx.setLineDash(o.planned ? [...OUTLINE.plannedDash] : []);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  const at = new Map(scene.nodes.map((n) => [n.id as string, n]));
  ctx.lineCap = "round";
  ctx.globalAlpha = EDGE_ALPHA;
  for (const e of scene.edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) continue;
    ctx.strokeStyle = e.style.color;
    ctx.lineWidth = e.style.width;
    ctx.setLineDash([...e.style.dash]);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  for (const n of scene.nodes) {
    ctx.beginPath();
    ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
    ctx.fillStyle = n.color;
    ctx.fill();
    ctx.strokeStyle = n.planned ? n.color : NODE_STROKE.color;
    ctx.lineWidth = NODE_STROKE.width;
    if (n.planned) ctx.setLineDash([2, 2]);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  ctx.strokeStyle = INK.leader;
  ctx.lineWidth = 1;
  for (const l of scene.labels) {
    if (!l.leader) continue;
    ctx.beginPath();
    ctx.moveTo(l.leader[0], l.leader[1]);
    ctx.lineTo(l.leader[2], l.leader[3]);
    ctx.stroke();
  }
  for (const l of scene.labels) text(ctx, l, INK.text);
  for (const o of scene.outlines) if (o.label) text(ctx, o.label, INK.community);
  if (scene.legendBox) {
    ctx.fillStyle = LEGEND_CARD;
    ctx.fillRect(scene.legendBox.x, scene.legendBox.y, scene.legendBox.w, scene.legendBox.h);
    for (const item of scene.legend) legendItem(ctx, item);
  }
  if (scene.titleLabel) text(ctx, scene.titleLabel, INK.text);
  ctx.restore();
}
