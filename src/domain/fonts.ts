// The one font stack of the app: the page, the map's canvas labels, the PNG, the SVG and the
// report all name it, so they look the same everywhere. Its first family is shipped with the
// bundle (self-hosted @fontsource/noto-sans-jp, registered in src/ui/app.css; no CDN), so a
// machine without any CJK font still draws Japanese names, not empty boxes. The families after
// it are only fallbacks for the moment before a subset has arrived.

/** The shipped Japanese font's family name, exactly as its @font-face rules register it. */
export const SHIPPED_FONT_FAMILY = "Noto Sans JP";

/** Weights shipped (the rest are synthesised from these): regular text, and bold for names and titles. */
export const SHIPPED_FONT_WEIGHTS = [400, 700] as const;

/** CSS font-family list: the shipped font first, then the usual Japanese system fonts. */
export const FONT_STACK = `"${SHIPPED_FONT_FAMILY}", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", system-ui, sans-serif`;

/** A CSS font shorthand in the app's stack, e.g. `cssFont(12)` or `cssFont(20, 700)`. */
export function cssFont(sizePx: number, weight: number = 400): string {
  return `${weight} ${sizePx}px ${FONT_STACK}`;
}
