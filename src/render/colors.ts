// Palette (Okabe & Ito colour-blind-safe set). Colour is never the only carrier of meaning:
// the legend, labels, the table view and band line styles say the same in words and shapes.
import type { Sphere, TieBand } from "../domain/model";

export const SPHERE_COLORS: Readonly<Record<Sphere | "none", string>> = {
  family: "#E69F00",
  work: "#0072B2",
  third: "#009E73",
  none: "#8C8C8C",
};
export const EGO_COLOR = "#D55E00";
export const EDGE_COLORS: Readonly<Record<TieBand, string>> = {
  strong: "#4a4a4a",
  weak: "#8a8a8a",
  very_weak: "#b8b8b8",
  unknown: "#a0a0c8",
};
export const HIGHLIGHT_EDGE_COLOR = "#CC3311";
export const DIMMED_COLOR = "#e4e4e4";
