// The map's visual vocabulary, shared by the screen (src/render) and the image and graph-file
// exports (src/io/export) so that a PNG, an SVG, a GEXF and the canvas use the same colours.
// Okabe & Ito's colour-blind-safe hues; colour is never the only carrier of meaning (labels,
// the legend, the table and dash patterns per band say the same).
import type { Sphere, TieBand } from "./model";

export const SPHERE_COLORS: Readonly<Record<Sphere | "none", string>> = {
  family: "#E69F00",
  work: "#0072B2",
  third: "#009E73",
  none: "#8C8C8C",
};

/** The user's own node. */
export const EGO_COLOR = "#D55E00";

/** Line colour per tie band (width carries strength, dashes carry the band too). */
export const EDGE_COLORS: Readonly<Record<TieBand, string>> = {
  strong: "#4a4a4a",
  weak: "#7d7d7d",
  very_weak: "#9a9a9a",
  unknown: "#8a8ab8",
};
