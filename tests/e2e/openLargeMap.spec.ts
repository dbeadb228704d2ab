// A large new map (3,000 people, past the 2,000 at which a new map is written and processed in
// slices) ends fully drawn: the picture sigma draws after processing it in steps is the one it
// draws after processing all of it itself (a hover re-processes the whole graph), pixel for
// pixel, and a person under the pointer is found as sigma's own processing finds them.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Page } from "@playwright/test";
import { PNG } from "pngjs";
import { importLinkedIn } from "./largeImport";
import { changedShare, expect, pixelStats, shotPath, test, waitForMap } from "./support";

const ROWS = 3000;

/** The settled marks (mapRenderer.ts MAP_SETTLED_MARK): whether each was processed in steps. */
async function settledMarks(page: Page): Promise<boolean[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByName("tsunagari:map-settled")
      .map((m) => (m as PerformanceMark).detail as { stepped: boolean })
      .map((d) => d.stepped),
  );
}

/** Keeps a screenshot for people to look at. */
function keep(name: string, png: Buffer): void {
  mkdirSync(dirname(shotPath(name)), { recursive: true });
  writeFileSync(shotPath(name), png);
}

/** The x of the first strongly coloured pixel on the picture's middle row, from the left; -1: none. */
function firstColouredOnMiddleLine(png: Buffer): number {
  const img = PNG.sync.read(png);
  const row = Math.floor(img.height / 2) * img.width;
  for (let x = 0; x < img.width; x++) {
    const i = (row + x) * 4;
    const [r, g, b] = [img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 80) return x;
  }
  return -1;
}

/** A screenshot of the map once two in a row, a quarter of a second apart, are the same. */
async function quietShot(page: Page): Promise<Buffer> {
  const canvas = page.getByTestId("map-canvas");
  let last = await canvas.screenshot();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const next = await canvas.screenshot();
    if (changedShare(last, next) === 0) return next;
    last = next;
  }
  return last;
}

test("a 3,000-person map opened in slices ends drawn whole, as sigma would draw it, and answers the pointer", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await waitForMap(page);
  const distinctPeople = await importLinkedIn(page, ROWS);
  expect(distinctPeople).toBeGreaterThan(2000);
  const canvas = page.getByTestId("map-canvas");
  // The analysis restyles the map, in slices too.
  await expect(page.locator(".metrics-status")).toHaveAttribute("data-status", "ready", { timeout: 60_000 });
  await expect.poll(async () => (await settledMarks(page)).length).toBeGreaterThanOrEqual(2);
  // Every sliced patch was processed in steps, none by sigma in its frame.
  expect(await settledMarks(page)).not.toContain(false);

  const stepped = await quietShot(page);
  keep("open-large-map-stepped.png", stepped);
  const stats = pixelStats(stepped, {});
  expect(stats.nonBackground / (stats.width * stats.height)).toBeGreaterThan(0.05);

  // A person on the rings: the first coloured pixel on the map's middle line from the left (the
  // hulls are pale, the labels grey). Hovering them dims everyone but the ego: sigma found them in
  // the picking buffer processed in steps. Each change of emphasis then has sigma re-index and
  // process the whole graph itself.
  const box = await canvas.boundingBox();
  if (!box) throw new Error("no map box");
  const left = firstColouredOnMiddleLine(stepped);
  expect(left).toBeGreaterThan(0);
  const x = box.x + left + 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await expect.poll(async () => changedShare(stepped, await canvas.screenshot())).toBeGreaterThan(0.01);
  const hovered = await quietShot(page);
  keep("open-large-map-hovered.png", hovered);
  // Moving to the empty ground inside the rings ends the emphasis: the map as sigma draws it
  // after processing all of it.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.35);
  const own = await quietShot(page);
  keep("open-large-map-own.png", own);
  expect(changedShare(stepped, own)).toBe(0);
  // And sigma's own picking buffer finds the same person there.
  await page.mouse.move(x, y);
  expect(changedShare(hovered, await quietShot(page))).toBe(0);
});
