// Sphere colours shared by the image exports (colour-blind-safe Okabe–Ito hues).
export const SPHERE_COLOURS = {
  family: "#E69F00",
  work: "#0072B2",
  third: "#009E73",
  none: "#999999",
} as const;

/** The user's own node, as on screen (render/colors EGO_COLOR). */
export const EGO_COLOUR = "#D55E00";

export const EDGE_COLOUR = "#7a7f87";
