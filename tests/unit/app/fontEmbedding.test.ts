// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { parseUnicodeRange, SHIPPED_FONT_FAMILY, type FontFile } from "../../../src/domain/fonts";
import { embeddedFontCss, shippedFontFiles } from "../../../src/app/fontEmbedding";

describe("embedding the shipped font in an SVG", () => {
  it("reads the shipped font's files from the page's style sheets, and no other family's", () => {
    // Rules' text as Chromium writes it (jsdom's CSSOM drops src and unicode-range).
    const sheet = {
      cssRules: [
        {
          cssText: `@font-face { font-family: "${SHIPPED_FONT_FAMILY}"; font-style: normal; font-display: swap; font-weight: 400; src: url("/assets/jp-0-400-abc.woff2") format("woff2"); unicode-range: U+9752, U+6728; }`,
        },
        {
          cssText: `@font-face { font-family: "${SHIPPED_FONT_FAMILY}"; font-weight: 700; src: url(/assets/jp-0-700-def.woff2) format("woff2"); unicode-range: U+9752, U+6728; }`,
        },
        {
          cssText: `@font-face { font-family: Other; font-weight: 400; src: url("/assets/other.woff2") format("woff2"); unicode-range: U+0-FF; }`,
        },
        { cssText: "body { color: red; }" },
      ],
    };
    const files = shippedFontFiles([sheet]);
    expect(files.map((f) => [f.url, f.weight])).toEqual([
      ["/assets/jp-0-400-abc.woff2", 400],
      ["/assets/jp-0-700-def.woff2", 700],
    ]);
    expect(files[0]?.ranges).toEqual(parseUnicodeRange("U+9752,U+6728"));
  });

  it("reads nothing from a page without the font's style sheet", () => {
    expect(shippedFontFiles()).toEqual([]);
  });

  it("inlines only the files the text needs, as woff2 data URLs with their ranges", async () => {
    const files: FontFile[] = [
      { url: "/kanji.woff2", weight: 400, ranges: [[0x9752, 0x9752]], unicodeRange: "U+9752" },
      { url: "/kana.woff2", weight: 400, ranges: [[0x3040, 0x30ff]], unicodeRange: "U+3040-30FF" },
    ];
    const fetched: string[] = [];
    const css = await embeddedFontCss("青", [400], files, async (url) => {
      fetched.push(url);
      return new Uint8Array([1, 2, 3, 250]).buffer;
    });
    expect(fetched).toEqual(["/kanji.woff2"]);
    expect(css).toContain(`font-family:"${SHIPPED_FONT_FAMILY}"`);
    expect(css).toContain(`url(data:font/woff2;base64,${btoa(String.fromCharCode(1, 2, 3, 250))}) format("woff2")`);
    expect(css).toContain("unicode-range:U+9752");
    expect(await embeddedFontCss("abc", [400], files, () => Promise.reject(new Error("not needed")))).toBe("");
  });
});
