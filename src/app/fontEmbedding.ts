// Embeds the shipped font in an exported SVG: the @font-face rules of the files its text needs,
// each file inlined as a data: URL (fetched from our own origin, or the service worker's cache).
// The SVG then draws in Noto Sans JP anywhere, also where that font is not installed; only the
// files (unicode-range subsets) that hold its characters are included, not the whole font.
import { fontFilesFor, parseUnicodeRange, SHIPPED_FONT_FAMILY, type FontFile } from "../domain/fonts";

/** What is read of a style sheet: its rules' text (a CSSStyleSheet; plain objects in tests). */
export interface SheetLike {
  readonly cssRules: Iterable<{ readonly cssText: string }>;
}

const declaration = (css: string, name: string) =>
  new RegExp(`(?:^|[;{\\s])${name}:\\s*([^;}]+)`).exec(css)?.[1]?.trim();

/**
 * The shipped font's @font-face files as the page's style sheets declare them, read from each
 * rule's text (as the browser writes it: `src: url("/assets/….woff2") format("woff2")`).
 */
export function shippedFontFiles(sheets: Iterable<SheetLike> = document.styleSheets): FontFile[] {
  const files: FontFile[] = [];
  for (const sheet of sheets) {
    let rules: Iterable<{ readonly cssText: string }>;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a sheet of another origin (there is none in this app) cannot be read
    }
    for (const { cssText } of rules) {
      if (!cssText.startsWith("@font-face")) continue;
      const family = declaration(cssText, "font-family")?.replace(/^["']|["']$/g, "");
      if (family !== SHIPPED_FONT_FAMILY) continue;
      const url = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/.exec(declaration(cssText, "src") ?? "")?.[1];
      const unicodeRange = declaration(cssText, "unicode-range");
      if (!url || !unicodeRange) continue;
      const weight = Number(declaration(cssText, "font-weight") ?? "400");
      files.push({ url, weight, ranges: parseUnicodeRange(unicodeRange), unicodeRange });
    }
  }
  return files;
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/**
 * CSS for an SVG `<style>`: one @font-face per file needed to draw `text` at `weights`, with the
 * file inlined. Empty when the page declares no shipped font files (e.g. in a test without CSS).
 */
export async function embeddedFontCss(
  text: string,
  weights: readonly number[],
  files: readonly FontFile[] = shippedFontFiles(),
  fetchFile: (url: string) => Promise<ArrayBuffer> = async (url) => (await fetch(url)).arrayBuffer(),
): Promise<string> {
  const needed = fontFilesFor(text, files, weights);
  const rules = await Promise.all(
    needed.map(async (f) => {
      const data = base64(new Uint8Array(await fetchFile(f.url)));
      return `@font-face{font-family:"${SHIPPED_FONT_FAMILY}";font-style:normal;font-weight:${f.weight};src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${f.unicodeRange}}`;
    }),
  );
  return rules.join("\n");
}
