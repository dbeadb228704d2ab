// Fonts that travel: on a machine without any CJK font, the Japanese UI and the map's labels still
// draw Japanese glyphs, because the app ships its own (src/domain/fonts.ts FONT_STACK).
//
// This file's browser sees only DejaVu (a fontconfig that lists no other folder), like a machine
// without fonts-noto-cjk. Tofu is recognised by its sameness: every missing glyph is the same
// box, so two different kanji draw the same pixels; real glyphs differ. The control (a family that
// does not exist) proves that this browser really has no CJK font of its own.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import config from "../../playwright.config";
import { embeddedFontCss, shippedFontFiles } from "../../src/app/fontEmbedding";
import { FONT_STACK, SHIPPED_FONT_FAMILY, SHIPPED_FONT_WEIGHTS } from "../../src/domain/fonts";
import { changedShare, expect, shotPath, test, waitForMap } from "./support";

const fontDir = mkdtempSync(join(tmpdir(), "tsunagari-no-cjk-"));
const FONTCONFIG_FILE = join(fontDir, "fonts.conf");
writeFileSync(
  FONTCONFIG_FILE,
  `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <cachedir>${join(fontDir, "cache")}</cachedir>
</fontconfig>
`,
);
test.use({
  launchOptions: { ...config.use?.launchOptions, env: { ...process.env, FONTCONFIG_FILE } },
});

/** Draws each text alone on a canvas in `font` and returns the pixels as data URLs (after loading the font). */
async function drawTexts(page: Page, font: string, texts: string[]): Promise<string[]> {
  return page.evaluate(
    async ({ font, texts }) => {
      await document.fonts.load(font, texts.join(""));
      return texts.map((text) => {
        const canvas = document.createElement("canvas");
        canvas.width = 64;
        canvas.height = 64;
        const ctx = canvas.getContext("2d");
        if (!ctx) throw new Error("no 2d context");
        ctx.fillStyle = "#fff";
        ctx.fillRect(0, 0, 64, 64);
        ctx.fillStyle = "#000";
        ctx.font = font;
        ctx.textBaseline = "middle";
        ctx.fillText(text, 8, 32);
        return canvas.toDataURL("image/png");
      });
    },
    { font, texts },
  );
}

/**
 * The platform fonts Chromium used for an element's text (DevTools protocol), with glyph counts.
 * Waits for the element to be shown; React may replace it between the protocol's query and its font
 * request (CI saw "Could not find node with given id"), so a vanished node is asked for again.
 */
async function platformFonts(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean }[]> {
  await expect(page.locator(selector).first()).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    for (let attempt = 1; ; attempt++) {
      try {
        const { root } = await cdp.send("DOM.getDocument");
        const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
        if (nodeId === 0) throw new Error(`no element matches ${selector}`);
        const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
        return fonts;
      } catch (error) {
        if (attempt === 5) throw error;
        await page.waitForTimeout(200);
      }
    }
  } finally {
    await cdp.detach();
  }
}

test.describe("fonts that travel (browser without any CJK font)", () => {
  test("kanji are tofu in a family that is not shipped, and real glyphs in the app's font stack", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tsunagari");
    const [missingA, missingB] = await drawTexts(page, '32px "No Such Font", sans-serif', ["青", "木"]);
    expect(missingA, "control: without the shipped font two different kanji are the same box").toBe(missingB);
    const [shippedA, shippedB] = await drawTexts(page, `32px ${FONT_STACK}`, ["青", "木"]);
    expect(shippedA, "the shipped font draws two different kanji differently").not.toBe(shippedB);
    expect(shippedA).not.toBe(missingA);
  });

  test("the 日本語 button, the Japanese UI and the map's labels draw Japanese glyphs", async ({ page, browser }) => {
    await page.goto("/");
    await waitForMap(page);
    const jaButton = page.getByRole("button", { name: "日本語" });
    await jaButton.evaluate(() => document.fonts.ready);
    // The button is drawn in English mode too: its three glyphs come from the shipped font.
    const buttonFonts = await platformFonts(page, '.language-switch button[lang="ja"]');
    expect(buttonFonts.map((f) => [f.familyName.startsWith(SHIPPED_FONT_FAMILY), f.isCustomFont])).toEqual([
      [true, true],
    ]);

    await jaButton.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("つながり");
    await page.evaluate(() => document.fonts.ready);
    for (const selector of [".brand h1", ".editor-toolbar .primary", ".app-side h2", ".map-title"]) {
      const fonts = await platformFonts(page, selector);
      expect(
        fonts.map((f) => f.familyName.startsWith(SHIPPED_FONT_FAMILY) && f.isCustomFont),
        selector,
      ).toEqual([true]);
    }

    // Map labels (sigma's canvas): once the font's subsets are in, a redraw shows names in it; the
    // same map with the font files blocked (tofu) looks different where the names are.
    const canvas = page.getByTestId("map-canvas");
    await page.setViewportSize({ width: 1281, height: 800 });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForTimeout(600);
    const withFont = await canvas.screenshot({ path: shotPath("fonts-no-cjk-map-ja.png") });
    await page.screenshot({ path: "/tmp/look-fonts-no-cjk-ja.png" });

    // A context of its own without a service worker (which would serve the fonts past the route).
    const other = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 800 } });
    const blocked = await other.newPage();
    await blocked.route(/\.woff2$/, (route) => route.abort());
    await blocked.goto("/");
    await blocked.getByRole("button", { name: "日本語" }).click();
    await waitForMap(blocked);
    const withoutFont = await blocked
      .getByTestId("map-canvas")
      .screenshot({ path: shotPath("fonts-no-cjk-map-tofu.png") });
    await blocked.screenshot({ path: "/tmp/look-fonts-no-cjk-tofu.png" });
    await other.close();
    expect(changedShare(withFont, withoutFont)).toBeGreaterThan(0.002);
  });

  test("offline after a first visit in English, the Japanese UI still draws in the shipped font", async ({
    page,
    context,
  }) => {
    await page.goto("/");
    await expect(page.getByTestId("save-status")).toHaveText("Saved in this browser");
    // The service worker is active once the bundle, with the app text's font subsets, is precached.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.reload();
    await page.getByRole("button", { name: "日本語" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("つながり");
    await page.evaluate(() => document.fonts.ready);
    for (const selector of [".brand h1", ".editor-toolbar .primary", ".app-side h2", ".insights h3"]) {
      const fonts = await platformFonts(page, selector);
      expect(
        fonts.map((f) => f.familyName.startsWith(SHIPPED_FONT_FAMILY) && f.isCustomFont),
        `${selector} offline`,
      ).toEqual([true]);
    }
    await page.screenshot({ path: "/tmp/look-fonts-offline-ja.png" });
    await context.setOffline(false);
  });

  test("a first visit downloads only the font subsets its text uses", async ({ browser }) => {
    // Without a service worker, to count what the page itself fetches (the worker's precache comes after).
    const bytes: Record<string, number> = {};
    for (const lang of ["en", "ja"] as const) {
      const context = await browser.newContext({
        serviceWorkers: "block",
        viewport: { width: 1280, height: 720 },
        locale: lang === "ja" ? "ja-JP" : "en-US",
      });
      const page = await context.newPage();
      const sizes: number[] = [];
      page.on("response", (res) => {
        if (res.url().endsWith(".woff2")) void res.body().then((b) => sizes.push(b.length));
      });
      await page.goto("/");
      await waitForMap(page);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(500);
      bytes[lang] = sizes.reduce((a, b) => a + b, 0);
      console.log(`first load (${lang}): ${sizes.length} font files, ${bytes[lang]} bytes`);
      await context.close();
      expect(sizes.length).toBeGreaterThan(0);
    }
    // The whole shipped font (two weights) is about 5.6 MB: a first visit fetches a small part of it.
    expect(bytes.en ?? Infinity).toBeLessThan(1_500_000);
    expect(bytes.ja ?? Infinity).toBeLessThan(1_500_000);
  });

  test("an SVG with the embedded font subsets draws kanji where no CJK font is installed", async ({
    page,
    request,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tsunagari");
    // The page's @font-face rules as this browser writes them, read by the app's own code.
    const sheets = await page.evaluate(() =>
      [...document.styleSheets].map((s) => ({ cssRules: [...s.cssRules].map((r) => ({ cssText: r.cssText })) })),
    );
    const files = shippedFontFiles(sheets);
    expect(files.length).toBeGreaterThan(200);
    const svgOf = (text: string, css: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="60"><style>${css}</style><rect width="80" height="60" fill="#fff"/><text x="8" y="44" font-size="36" font-family='${FONT_STACK}'>${text}</text></svg>`;
    // Drawn in a blank page of its own, as a file opened elsewhere would be (no app, no page CSS).
    const blank = await page.context().newPage();
    const draw = async (svg: string) => {
      await blank.setContent(`<img alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}">`);
      const img = blank.locator("img");
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
      return (await img.screenshot()).toString("base64");
    };
    const fetched: string[] = [];
    const css = await embeddedFontCss("青木", SHIPPED_FONT_WEIGHTS, files, async (url) => {
      fetched.push(url);
      const body = await (await request.get(url)).body();
      return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
    });
    console.log(`embedded for "青木": ${fetched.length} files, ${css.length} characters of CSS`);
    expect(fetched.length).toBeLessThanOrEqual(2 * SHIPPED_FONT_WEIGHTS.length);
    // Without the embedded font: two kanji are the same box. With it: two different glyphs.
    expect(await draw(svgOf("青", ""))).toBe(await draw(svgOf("木", "")));
    expect(await draw(svgOf("青", css))).not.toBe(await draw(svgOf("木", css)));
    await blank.close();
  });
});
