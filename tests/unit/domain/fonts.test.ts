// The one font stack: the page's CSS and the shipped @font-face files agree with src/domain/fonts.ts.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  cssFont,
  FONT_STACK,
  fontFilesFor,
  parseUnicodeRange,
  SHIPPED_FONT_FAMILY,
  SHIPPED_FONT_WEIGHTS,
  type FontFile,
} from "../../../src/domain/fonts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const read = (path: string) => readFileSync(resolve(root, path), "utf8");

describe("font stack", () => {
  it("puts the shipped font first", () => {
    expect(FONT_STACK.split(",")[0]?.trim()).toBe(`"${SHIPPED_FONT_FAMILY}"`);
    expect(FONT_STACK.trim().endsWith("sans-serif")).toBe(true);
  });

  it("is the page's own font-family", () => {
    const rootRule = /:root\s*{([^}]*)}/.exec(read("src/ui/app.css"))?.[1] ?? "";
    expect(/font-family:\s*([^;]+);/.exec(rootRule)?.[1]).toBe(FONT_STACK);
  });

  it("is shipped: the app imports every shipped weight, and the package registers that family", () => {
    const app = read("src/ui/App.tsx");
    for (const weight of SHIPPED_FONT_WEIGHTS) {
      expect(app).toContain(`import "@fontsource/noto-sans-jp/${weight}.css";`);
      const css = read(`node_modules/@fontsource/noto-sans-jp/${weight}.css`);
      expect(css).toContain(`font-family: '${SHIPPED_FONT_FAMILY}'`);
      expect(css).toContain(`font-weight: ${weight}`);
    }
  });

  it("writes CSS font shorthands in the stack", () => {
    expect(cssFont(12)).toBe(`400 12px ${FONT_STACK}`);
    expect(cssFont(20, 700)).toBe(`700 20px ${FONT_STACK}`);
  });
});

describe("font files for a text", () => {
  it("parses unicode-range lists, spans and wildcards", () => {
    expect(parseUnicodeRange("U+0000-00FF, U+0131,U+4E??")).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x4e00, 0x4eff],
    ]);
    expect(parseUnicodeRange("")).toEqual([]);
  });

  const file = (url: string, weight: number, range: string): FontFile => ({
    url,
    weight,
    ranges: parseUnicodeRange(range),
    unicodeRange: range,
  });
  const files = [
    file("latin-400.woff2", 400, "U+0000-00FF"),
    file("kana-400.woff2", 400, "U+3040-30FF"),
    file("kanji-400.woff2", 400, "U+9752,U+6728"),
    file("kanji-700.woff2", 700, "U+9752,U+6728"),
    file("rare-400.woff2", 400, "U+2A6B2"),
  ];

  it("picks the files holding the text's characters at the asked weights", () => {
    expect(fontFilesFor("青木 さん", files, [400]).map((f) => f.url)).toEqual(["kana-400.woff2", "kanji-400.woff2"]);
    expect(fontFilesFor("青", files, [400, 700]).map((f) => f.url)).toEqual(["kanji-400.woff2", "kanji-700.woff2"]);
    // A character beyond the BMP is one code point, not two halves.
    expect(fontFilesFor("\u{2A6B2}", files, [400]).map((f) => f.url)).toEqual(["rare-400.woff2"]);
  });

  it("needs no file for spaces alone or for an empty text", () => {
    expect(fontFilesFor(" \n", files, [400])).toEqual([]);
    expect(fontFilesFor("", files, [400])).toEqual([]);
  });
});
