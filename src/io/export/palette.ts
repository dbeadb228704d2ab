// Colours of the image and graph-file exports: the same palette as the screen (domain/palette).
import { EDGE_COLORS, EGO_COLOR, SPHERE_COLORS } from "../../domain/palette";

export const SPHERE_COLOURS = SPHERE_COLORS;

/** The user's own node, as on screen. */
export const EGO_COLOUR = EGO_COLOR;

/** Default line colour of an export (a weak tie's grey). */
export const EDGE_COLOUR = EDGE_COLORS.weak;
