// Writes the laid-out report page as one SVG 1.1 document (w3.org/TR/SVG11) of A4 size in mm,
// with the map SVG nested in its box (struct.html#NestedSVG), every text escaped. The same
// document is downloaded as SVG, rasterised to PNG and printed to PDF.
import type { ReportModel } from "./report";
import type { Op } from "./reportBlocks";
import { layoutReport, PAGE_SIZE, type ReportLayout, type ReportPageOptions } from "./reportPage";

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
const n = (v: number): string => (Math.round(v * 10) / 10).toString();

/** The map document re-rooted into a box: its own viewBox kept, scaled to fit, centred. */
export function nestSvg(svg: string, box: { x: number; y: number; w: number; h: number }): string {
  const body = svg.replace(/<\?xml[^>]*\?>/u, "").trim();
  const open = /<svg\b([^>]*)>/u.exec(body);
  const close = body.lastIndexOf("</svg>");
  if (!open || close < 0) return "";
  const attrs = open[1] ?? "";
  const attr = (name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`, "u").exec(attrs)?.[1];
  const width = Number.parseFloat(attr("width") ?? "") || box.w;
  const height = Number.parseFloat(attr("height") ?? "") || box.h;
  const viewBox = attr("viewBox") ?? `0 0 ${width} ${height}`;
  const kept = attrs.replace(/\s(width|height|x|y|viewBox|preserveAspectRatio)="[^"]*"/gu, "");
  const inner = body.slice(open.index + open[0].length, close);
  return `<svg x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" viewBox="${esc(viewBox)}" preserveAspectRatio="xMidYMid meet"${kept}>${inner}</svg>`;
}

function opSvg(op: Op, model: ReportModel): string {
  switch (op.kind) {
    case "text":
      return `<text x="${n(op.x)}" y="${n(op.y)}" font-size="${n(op.size)}" font-weight="${op.weight}" fill="${op.fill}">${esc(op.text)}</text>`;
    case "rect": {
      const stroke = op.stroke ? ` stroke="${op.stroke}"` : "";
      const rx = op.rx ? ` rx="${op.rx}"` : "";
      return `<rect x="${n(op.x)}" y="${n(op.y)}" width="${n(op.w)}" height="${n(op.h)}" fill="${op.fill}"${stroke}${rx}/>`;
    }
    case "line": {
      const dash = op.style.dash.length > 0 ? ` stroke-dasharray="${op.style.dash.join(" ")}"` : "";
      return `<line x1="${n(op.x1)}" y1="${n(op.y1)}" x2="${n(op.x2)}" y2="${n(op.y2)}" stroke="${op.style.color}" stroke-width="${n(op.style.width)}"${dash}/>`;
    }
    case "circle":
      return `<circle cx="${n(op.cx)}" cy="${n(op.cy)}" r="${n(op.r)}" fill="${op.fill}"/>`;
    case "map":
      return `<g class="report-map">${nestSvg(model.mapSvg, { x: op.x + 4, y: op.y + 4, w: op.w - 8, h: op.h - 8 })}</g>`;
  }
}

/** The page as SVG, with the layout that drew it (tests check its boxes). */
export function reportToSvgWithLayout(
  model: ReportModel,
  options: ReportPageOptions,
): { svg: string; layout: ReportLayout } {
  const layout = layoutReport(model, options);
  const { width, height, mm } = PAGE_SIZE[options.size];
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${mm[0]}mm" height="${mm[1]}mm" viewBox="0 0 ${width} ${height}" xml:lang="${esc(model.lang)}" font-family="${esc(options.fontFamily)}" role="img" aria-label="${esc(`${model.kicker}: ${model.title}`)}">`,
    `<title>${esc(`${model.kicker}: ${model.title} (${model.date})`)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...layout.ops.map((op) => opSvg(op, model)),
    "</svg>",
    "",
  ];
  return { svg: out.join("\n"), layout };
}

export function reportToSvg(model: ReportModel, options: ReportPageOptions): string {
  return reportToSvgWithLayout(model, options).svg;
}
