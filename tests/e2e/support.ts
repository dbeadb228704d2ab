// Shared e2e guards: every request stays on the page's own origin; no console errors.
import { expect, test as base, type Page } from "@playwright/test";
import { PNG } from "pngjs";

export interface Guards {
  requests: string[];
  consoleErrors: string[];
}

export const test = base.extend<{ guards: Guards }>({
  guards: async ({ page, context, baseURL }, use) => {
    const guards: Guards = { requests: [], consoleErrors: [] };
    context.on("request", (req) => guards.requests.push(req.url()));
    page.on("console", (msg) => {
      if (msg.type() === "error") guards.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (e) => guards.consoleErrors.push(String(e)));
    await use(guards);
    const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
    const foreign = guards.requests.filter(
      (u) => !u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).origin !== origin,
    );
    expect(foreign, "requests that left the page's origin").toEqual([]);
    expect(guards.consoleErrors, "console errors").toEqual([]);
  },
});
export { expect };

export interface PixelStats {
  width: number;
  height: number;
  nonBackground: number;
  /** Pixels within a small distance of each given colour. */
  near: Record<string, number>;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Decodes a PNG screenshot and counts non-white pixels and pixels close to each colour. */
export function pixelStats(png: Buffer, colours: Record<string, string>, tolerance = 40): PixelStats {
  const img = PNG.sync.read(png);
  const targets = Object.entries(colours).map(([k, hex]) => [k, hexToRgb(hex)] as const);
  const near: Record<string, number> = Object.fromEntries(targets.map(([k]) => [k, 0]));
  let nonBackground = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const r = img.data[i] ?? 0;
    const g = img.data[i + 1] ?? 0;
    const b = img.data[i + 2] ?? 0;
    if (r < 245 || g < 245 || b < 245) nonBackground++;
    for (const [k, [tr, tg, tb]] of targets) {
      if (Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) <= tolerance) near[k] = (near[k] ?? 0) + 1;
    }
  }
  return { width: img.width, height: img.height, nonBackground, near };
}

/** Waits until sigma has created its canvases inside the map container. */
export async function waitForMap(page: Page): Promise<void> {
  await expect(page.getByTestId("map-canvas").locator("canvas").first()).toBeAttached();
  await page.waitForTimeout(500);
}

/** Where screenshots for people to look at are written (kept after the run). */
export function shotPath(name: string): string {
  return `${process.env.E2E_OUT ?? "test-results"}/screens/${name}`;
}
