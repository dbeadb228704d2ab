// The community names on the live map, as a person reads them: written over the people's discs
// and ties (no disc of a neighbouring ring hides a letter), inside the map, and in Japanese too.
import { PNG } from "pngjs";
import type { Page } from "@playwright/test";
import { expect, shotPath, test, waitForMap } from "./support";

/** The names' ink (#3a3a3a) as the names layer drew it, and the same pixels in the map's picture. */
async function inkSeen(page: Page, shotName: string): Promise<{ ink: number; seen: number }> {
  const map = page.getByTestId("map-canvas");
  const layer = map.locator("canvas.community-names-layer");
  await expect(layer).toHaveCount(1);
  const drawn = await layer.evaluate((c: HTMLCanvasElement) => c.toDataURL("image/png"));
  const names = PNG.sync.read(Buffer.from(drawn.split(",")[1] as string, "base64"));
  const picture = PNG.sync.read(await map.screenshot({ path: shotPath(shotName) }));
  expect([picture.width, picture.height]).toEqual([names.width, names.height]);
  // The picture's text is antialiased by the compositor a little apart from the layer's own pixels.
  const dark = (d: Buffer, i: number, tolerance: number) =>
    Math.abs((d[i] ?? 0) - 58) + Math.abs((d[i + 1] ?? 0) - 58) + Math.abs((d[i + 2] ?? 0) - 58) <= tolerance;
  let ink = 0;
  let seen = 0;
  for (let i = 0; i < names.data.length; i += 4) {
    if ((names.data[i + 3] ?? 0) < 250 || !dark(names.data, i, 45)) continue;
    ink++;
    if (dark(picture.data, i, 75)) seen++;
  }
  return { ink, seen };
}

test("community names are written over the discs and ties, every letter visible (en, ja)", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  await waitForMap(page);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
  // The layer sits after sigma's canvases in the map, so it is drawn over them.
  const order = await page
    .getByTestId("map-canvas")
    .evaluate((m) => [...m.querySelectorAll("canvas")].map((c) => c.className));
  expect(order.indexOf("community-names-layer")).toBe(order.length - 1);
  expect(order.indexOf("hulls-layer")).toBe(0);

  const en = await inkSeen(page, "community-names-en.png");
  console.log(`community names (en): ${en.ink} pixels of ink, ${en.seen} of them seen in the picture`);
  // The sample has 16 communities: a few thousand pixels of text.
  expect(en.ink).toBeGreaterThan(3000);
  expect(en.seen / en.ink).toBeGreaterThan(0.995);

  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("つながり");
  await page.waitForTimeout(600);
  const ja = await inkSeen(page, "community-names-ja.png");
  expect(ja.ink).toBeGreaterThan(3000);
  expect(ja.seen / ja.ink).toBeGreaterThan(0.995);

  // Outlines off: no names either.
  await page.getByRole("button", { name: "コミュニティの輪郭" }).click();
  await page.waitForTimeout(400);
  expect((await inkSeen(page, "community-names-off.png")).ink).toBe(0);
});
