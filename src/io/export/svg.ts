// Our own SVG 1.1 writer (w3.org/TR/SVG11) for a crisp, shareable picture of the map: nodes
// coloured by sphere, edge width by tie band, dashed very weak and dotted unrated ties, labels in
// a CJK-capable font stack, optional title and legend. Every text node and attribute value is
// XML-escaped, so names like `<script>` stay text. "Include editable data" embeds the native
// map JSON in <metadata>, which importing the SVG reads back.
import { getOwn, bandOfTie, strengthOfTie, type MapDocument, type Position } from "../../domain/model";
import { serializeNative } from "../native";
import { EDGE_COLOUR, EGO_COLOUR, SPHERE_COLOURS } from "./palette";
import { BAND_STYLE, DEFAULT_LABELS, LEGEND_HEIGHT, renderLegend, type SvgLabels } from "./svgLegend";
import { escapeXml } from "./xml";

export const FONT_FAMILY =
  "'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans JP', 'Noto Sans CJK JP', 'Yu Gothic', YuGothic, Meiryo, 'Source Han Sans', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export interface SvgOptions {
  readonly width?: number;
  readonly height?: number;
  readonly title?: string;
  readonly legend?: boolean;
  readonly background?: "white" | "transparent";
  readonly showLabels?: boolean;
  readonly labels?: Partial<SvgLabels>;
  /** Embed the native map JSON so that importing this SVG reopens the map. */
  readonly includeEditableData?: boolean;
  /** Layout y grows upwards (sigma's graph space); SVG's grows downwards. */
  readonly yUp?: boolean;
}

const PAD = 40;
const f1 = (n: number): string => (Math.round(n * 10) / 10).toString();

/** Positions for everyone: the given layout, else the document's, else a ring around the ego. */
function placeAll(doc: MapDocument, layout: Readonly<Record<string, Position>>): Map<string, Position> {
  const out = new Map<string, Position>();
  const missing: string[] = [];
  for (const id of Object.keys(doc.people)) {
    const p = getOwn(layout, id) ?? getOwn(doc.positions, id as keyof typeof doc.positions);
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) out.set(id, p);
    else missing.push(id);
  }
  missing.forEach((id, i) => {
    if (id === doc.egoId && out.size === 0) out.set(id, { x: 0, y: 0 });
    else {
      const angle = (2 * Math.PI * i) / Math.max(1, missing.length);
      out.set(id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
    }
  });
  return out;
}

export function renderSvg(
  doc: MapDocument,
  layout: Readonly<Record<string, Position>> = {},
  options: SvgOptions = {},
): string {
  const width = options.width ?? 1200;
  const height = options.height ?? 900;
  const labels = { ...DEFAULT_LABELS, ...options.labels };
  const title = options.title?.trim() ?? "";
  const top = PAD + (title ? 36 : 0);
  const bottom = height - PAD - (options.legend ? LEGEND_HEIGHT : 0);
  const pos = placeAll(doc, layout);
  const xs = [...pos.values()].map((p) => p.x);
  const ys = [...pos.values()].map((p) => (options.yUp === false ? p.y : -p.y));
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * PAD) / Math.max(maxX - minX, 1e-9), (bottom - top) / Math.max(maxY - minY, 1e-9));
  const k = Number.isFinite(scale) && scale > 0 ? Math.min(scale, 4) : 1;
  const ox = (width - (maxX - minX) * k) / 2;
  const oy = top + (bottom - top - (maxY - minY) * k) / 2;
  const screen = (id: string): Position => {
    const p = pos.get(id) ?? { x: 0, y: 0 };
    return { x: ox + (p.x - minX) * k, y: oy + ((options.yUp === false ? p.y : -p.y) - minY) * k };
  };
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(title || doc.title)}</title>`,
  ];
  if (options.includeEditableData) {
    out.push(
      `<metadata><tsunagari:map xmlns:tsunagari="urn:tsunagari:map" format="tsunagari-map">${escapeXml(serializeNative(doc))}</tsunagari:map></metadata>`,
    );
  }
  if (options.background !== "transparent") out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  if (title)
    out.push(
      `<text x="${width / 2}" y="${PAD + 12}" text-anchor="middle" font-size="22" font-weight="600" fill="#222">${escapeXml(title)}</text>`,
    );
  out.push(`<g class="ties" stroke="${EDGE_COLOUR}" stroke-linecap="round" fill="none">`);
  for (const t of Object.values(doc.ties)) {
    const a = screen(t.a);
    const b = screen(t.b);
    const band = bandOfTie(t);
    const style = BAND_STYLE[band];
    const s = strengthOfTie(t);
    const w = band === "strong" && s !== null ? style.width + (s - 0.5) * 3 : style.width;
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : "";
    const op = t.planned ? 0.35 : 0.75;
    out.push(
      `<line x1="${f1(a.x)}" y1="${f1(a.y)}" x2="${f1(b.x)}" y2="${f1(b.y)}" stroke-width="${f1(w)}" stroke-opacity="${op}"${dash}/>`,
    );
  }
  out.push("</g>", `<g class="people" stroke="#ffffff" stroke-width="1.5">`);
  for (const p of Object.values(doc.people)) {
    const c = screen(p.id);
    const first = p.communityIds.map((id) => getOwn(doc.communities, id)).find((x) => x !== undefined);
    const fill = p.id === doc.egoId ? EGO_COLOUR : first ? SPHERE_COLOURS[first.sphere] : SPHERE_COLOURS.none;
    const r = p.id === doc.egoId ? 11 : 7;
    const planned = p.planned ? ` fill-opacity="0.4" stroke="${fill}" stroke-dasharray="2 2"` : "";
    out.push(`<circle cx="${f1(c.x)}" cy="${f1(c.y)}" r="${r}" fill="${fill}"${planned}/>`);
  }
  out.push("</g>");
  if (options.showLabels !== false) {
    out.push(
      `<g class="labels" font-size="12" fill="#222" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">`,
    );
    for (const p of Object.values(doc.people)) {
      const c = screen(p.id);
      const bold = p.id === doc.egoId ? ` font-weight="700" font-size="14"` : "";
      out.push(
        `<text x="${f1(c.x)}" y="${f1(c.y + (p.id === doc.egoId ? 26 : 20))}" text-anchor="middle"${bold}>${escapeXml(p.name)}</text>`,
      );
    }
    out.push("</g>");
  }
  if (options.legend) out.push(renderLegend(labels, PAD, height - PAD - LEGEND_HEIGHT + 8));
  out.push("</svg>", "");
  return out.join("\n");
}
