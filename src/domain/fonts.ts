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

/** One @font-face file of the shipped font: its URL, weight and the code points it covers. */
export interface FontFile {
  readonly url: string;
  readonly weight: number;
  /** Inclusive code point ranges, from the rule's `unicode-range`. */
  readonly ranges: readonly (readonly [number, number])[];
  /** The `unicode-range` text as written, to repeat in an embedded rule. */
  readonly unicodeRange: string;
}

/** Parses a CSS `unicode-range` value (`U+0-FF, U+131, U+4E??`) into inclusive ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(",")
    .map((part) => part.trim().replace(/^U\+/i, ""))
    .filter((part) => part !== "")
    .map((part): [number, number] => {
      if (part.includes("?")) return [parseInt(part.replace(/\?/g, "0"), 16), parseInt(part.replace(/\?/g, "F"), 16)];
      const [lo = "0", hi = lo] = part.split("-");
      return [parseInt(lo, 16), parseInt(hi, 16)];
    })
    .filter(([lo, hi]) => Number.isFinite(lo) && Number.isFinite(hi));
}

/**
 * The files needed to draw `text` at the given weights: those whose ranges hold one of its code
 * points (whitespace is drawn by any of them). What an SVG embeds so that it looks the same on a
 * machine without the font.
 */
export function fontFilesFor(text: string, files: readonly FontFile[], weights: readonly number[]): FontFile[] {
  const codePoints = [...new Set([...text].filter((ch) => ch.trim() !== "").map((ch) => ch.codePointAt(0) ?? 0))];
  return files.filter(
    (f) => weights.includes(f.weight) && codePoints.some((c) => f.ranges.some(([lo, hi]) => c >= lo && c <= hi)),
  );
}
