// Palette (Okabe & Ito colour-blind-safe set). Colour is never the only carrier of meaning:
// the legend, labels, the table view and band line styles say the same in words and shapes.

export { EDGE_COLORS, EGO_COLOR, SPHERE_COLORS } from "../domain/palette";
export const HIGHLIGHT_EDGE_COLOR = "#CC3311";
export const DIMMED_COLOR = "#e4e4e4";
