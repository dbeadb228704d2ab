// SVG 1.1 writer of a Scene (w3.org/TR/SVG11): the same drawing as paintScene (canvas.ts) —
// outlines with their names, ties in the band styles with purple local bridges, nodes by size,
// labels with a white halo and leader lines, the legend laid out with the app's text metrics,
// the title. The font family names Noto Sans JP first (the font the app ships). Every text node
// and attribute value is XML-escaped, so names like `<script>` stay text. Each person label
// carries its box as `data-box="x y w h"` (the layout that drew it, for checks). Optionally the
// native map JSON goes into <metadata>, which importing the SVG reads back.
import { EDGE_ALPHA, INK, LEGEND_CARD, NODE_STROKE, OUTLINE } from "./canvas";
import { withAlpha } from "./styles";
import type { Box, Scene, SceneLabel, SceneLegendItem } from "./types";
import { escapeXml } from "./xml";

export interface SceneSvgOptions {
  /** Native map JSON to embed in <metadata> ("Include editable data"). */
  readonly includeEditableData?: string;
  /** @font-face rules with the shipped font's subsets inlined (app/fontEmbedding.ts). */
  readonly fontCss?: string;
}

/** Every text the scene draws: what an embedded font subset must cover. */
export function sceneText(scene: Scene): string {
  return [
    scene.title ?? "",
    ...scene.labels.map((l) => l.text),
    ...scene.outlines.map((o) => o.label?.text ?? ""),
    ...scene.legend.map((i) => i.label),
  ].join("");
}

const f1 = (n: number): string => (Math.round(n * 10) / 10).toString();
const box = (b: Box) => `${f1(b.x)} ${f1(b.y)} ${f1(b.w)} ${f1(b.h)}`;

/** `600 13px "Noto Sans JP", …` → weight and size attributes (the family is on the root). */
function fontAttrs(font: string): string {
  const m = /^(\d+)\s+([\d.]+)px/u.exec(font);
  return m ? ` font-weight="${m[1]}" font-size="${m[2]}"` : "";
}

function textEl(l: SceneLabel, fill: string, cls: string, withBox: boolean): string {
  const data = withBox ? ` data-id="${escapeXml(l.id)}" data-box="${box(l.box)}"` : "";
  return `<text class="${cls}" x="${f1(l.x)}" y="${f1(l.y)}"${fontAttrs(l.font)} fill="${fill}"${data}>${escapeXml(l.text)}</text>`;
}

function legendItem(item: SceneLegendItem): string {
  if (!item.box || !item.text) return "";
  const cy = item.box.y + item.box.h / 2;
  const x = item.box.x;
  let swatch = "";
  if (item.kind === "node") swatch = `<circle cx="${f1(x + 6)}" cy="${f1(cy)}" r="6" fill="${item.color}"/>`;
  else if (item.kind === "edge") {
    const s = item.style;
    const dash = s && s.dash.length > 0 ? ` stroke-dasharray="${s.dash.map(f1).join(" ")}"` : "";
    swatch = `<line x1="${f1(x)}" y1="${f1(cy)}" x2="${f1(x + 26)}" y2="${f1(cy)}" stroke="${s?.color ?? item.color}" stroke-width="${f1(s?.width ?? 2)}"${dash}/>`;
  } else if (item.kind === "outline")
    swatch = `<rect x="${f1(x + 1)}" y="${f1(cy - 6)}" width="24" height="12" rx="6" fill="${withAlpha("#888888", OUTLINE.fillAlpha * 2)}" stroke="${withAlpha("#888888", OUTLINE.strokeAlpha)}" stroke-width="${OUTLINE.width}"/>`;
  return `${swatch}<text class="legend-item" x="${f1(item.text.x)}" y="${f1(item.text.y)}"${fontAttrs(item.text.font)} fill="#333333" data-box="${box(item.box)}">${escapeXml(item.label)}</text>`;
}

export function sceneToSvg(scene: Scene, options: SceneSvgOptions = {}): string {
  const { width, height } = scene;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${escapeXml(scene.fontFamily)}">`,
    `<title>${escapeXml(scene.title ?? "")}</title>`,
  ];
  if (options.includeEditableData !== undefined)
    out.push(
      `<metadata><tsunagari:map xmlns:tsunagari="urn:tsunagari:map" format="tsunagari-map">${escapeXml(options.includeEditableData)}</tsunagari:map></metadata>`,
    );
  if (options.fontCss) out.push(`<defs><style><![CDATA[\n${options.fontCss.replaceAll("]]>", "")}\n]]></style></defs>`);
  if (scene.background === "white") out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<g class="outlines">`);
  for (const o of scene.outlines) {
    const d = o.path.map(([x, y], i) => `${i === 0 ? "M" : "L"}${f1(x)} ${f1(y)}`).join("") + "Z";
    const dash = o.planned ? ` stroke-dasharray="${OUTLINE.plannedDash.join(" ")}"` : "";
    out.push(
      `<path data-community="${escapeXml(o.communityId)}" d="${d}" fill="${withAlpha(o.color, OUTLINE.fillAlpha)}" stroke="${withAlpha(o.color, OUTLINE.strokeAlpha)}" stroke-width="${OUTLINE.width}"${dash}/>`,
    );
  }
  out.push("</g>", `<g class="ties" stroke-linecap="round" fill="none" stroke-opacity="${EDGE_ALPHA}">`);
  const at = new Map(scene.nodes.map((n) => [n.id as string, n]));
  for (const e of scene.edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) continue;
    const dash = e.style.dash.length > 0 ? ` stroke-dasharray="${e.style.dash.map(f1).join(" ")}"` : "";
    const cls = e.isLocalBridge ? ` class="local-bridge"` : "";
    out.push(
      `<line${cls} data-band="${e.band}" x1="${f1(a.x)}" y1="${f1(a.y)}" x2="${f1(b.x)}" y2="${f1(b.y)}" stroke="${e.style.color}" stroke-width="${f1(e.style.width)}"${dash}/>`,
    );
  }
  out.push("</g>", `<g class="people" stroke="${NODE_STROKE.color}" stroke-width="${NODE_STROKE.width}">`);
  for (const n of scene.nodes) {
    const planned = n.planned ? ` stroke="${n.color}" stroke-dasharray="2 2"` : "";
    out.push(`<circle cx="${f1(n.x)}" cy="${f1(n.y)}" r="${f1(n.r)}" fill="${n.color}"${planned}/>`);
  }
  out.push("</g>", `<g class="leaders" stroke="${INK.leader}" stroke-width="1">`);
  for (const l of scene.labels)
    if (l.leader)
      out.push(
        `<line x1="${f1(l.leader[0])}" y1="${f1(l.leader[1])}" x2="${f1(l.leader[2])}" y2="${f1(l.leader[3])}"/>`,
      );
  const halo = `stroke="#ffffff" stroke-opacity="0.92" stroke-width="${INK.haloWidth}" paint-order="stroke" stroke-linejoin="round"`;
  out.push("</g>", `<g class="labels" ${halo}>`);
  for (const l of scene.labels) out.push(textEl(l, INK.text, "person", true));
  out.push("</g>", `<g class="community-names" ${halo}>`);
  for (const o of scene.outlines) if (o.label) out.push(textEl(o.label, INK.community, "community", false));
  out.push("</g>");
  if (scene.legendBox) {
    const b = scene.legendBox;
    out.push(
      `<g class="legend"><rect x="${f1(b.x)}" y="${f1(b.y)}" width="${f1(b.w)}" height="${f1(b.h)}" fill="${LEGEND_CARD}"/>`,
      ...scene.legend.map(legendItem),
      "</g>",
    );
  }
  if (scene.titleLabel) out.push(`<g class="title" ${halo}>${textEl(scene.titleLabel, INK.text, "title", false)}</g>`);
  out.push("</svg>", "");
  return out.join("\n");
}
