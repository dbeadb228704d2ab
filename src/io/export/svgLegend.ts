// Legend block of the SVG export: sphere colours and the four tie bands as they are drawn.
import { SPHERE_COLOURS, EDGE_COLOUR } from "./palette";
import { escapeXml } from "./xml";

export interface SvgLabels {
  readonly family: string;
  readonly work: string;
  readonly third: string;
  readonly none: string;
  readonly strong: string;
  readonly weak: string;
  readonly veryWeak: string;
  readonly unknown: string;
}

export const DEFAULT_LABELS: SvgLabels = {
  family: "Family",
  work: "Work",
  third: "Third place",
  none: "No community",
  strong: "Strong tie",
  weak: "Weak tie",
  veryWeak: "Very weak tie",
  unknown: "Not rated",
};

export const LEGEND_HEIGHT = 56;

/** Dash pattern and width of a tie band, shared by the edges and the legend. */
export const BAND_STYLE = {
  strong: { width: 3.5, dash: "" },
  weak: { width: 1.8, dash: "" },
  very_weak: { width: 1, dash: "5 4" },
  unknown: { width: 1, dash: "1.5 3" },
} as const;

export function renderLegend(labels: SvgLabels, x: number, y: number): string {
  const parts: string[] = [`<g class="legend" font-size="12" fill="#333">`];
  const spheres = [
    ["family", SPHERE_COLOURS.family],
    ["work", SPHERE_COLOURS.work],
    ["third", SPHERE_COLOURS.third],
    ["none", SPHERE_COLOURS.none],
  ] as const;
  let cx = x;
  for (const [key, colour] of spheres) {
    parts.push(`<circle cx="${cx + 6}" cy="${y + 10}" r="6" fill="${colour}"/>`);
    parts.push(`<text x="${cx + 16}" y="${y + 14}">${escapeXml(labels[key])}</text>`);
    cx += 26 + labels[key].length * 7.5;
  }
  cx = x;
  const bands = [
    ["strong", labels.strong],
    ["weak", labels.weak],
    ["very_weak", labels.veryWeak],
    ["unknown", labels.unknown],
  ] as const;
  for (const [band, text] of bands) {
    const s = BAND_STYLE[band];
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : "";
    parts.push(
      `<line x1="${cx}" y1="${y + 36}" x2="${cx + 24}" y2="${y + 36}" stroke="${EDGE_COLOUR}" stroke-width="${s.width}"${dash}/>`,
    );
    parts.push(`<text x="${cx + 30}" y="${y + 40}">${escapeXml(text)}</text>`);
    cx += 40 + text.length * 7.5;
  }
  parts.push("</g>");
  return parts.join("");
}
