// A large new map (3,000 people, past the 2,000 at which a new map is written and processed in
// slices) ends fully drawn: the picture sigma draws after processing it in steps is the one it
// draws after processing all of it itself (a hover re-processes the whole graph), pixel for
// pixel, and a person under the pointer is found as sigma's own processing finds them.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Page } from "@playwright/test";
import { PNG } from "pngjs";
import { importLinkedIn } from "./largeImport";
import { changedShare, expect, pixelStats, quietShot, shotPath, test, waitForMap } from "./support";

const ROWS = 3000;
/**
 * The edited map: 2,600 contacts, where one more without a community fits the room their band of
 * their sector keeps (egoRings.ts bandCapacity), so that the edit moves that band only.
 */
const EDIT_ROWS = 2600;

/** The settled marks (mapRenderer.ts MAP_SETTLED_MARK): whether each was processed in steps. */
async function settledMarks(page: Page): Promise<boolean[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByName("tsunagari:map-settled")
      .map((m) => (m as PerformanceMark).detail as { stepped: boolean })
      .map((d) => d.stepped),
  );
}

/** How many times sigma has processed the whole graph (mapRenderer.ts MAP_PROCESSED_MARK). */
async function processedCount(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName("tsunagari:map-processed").length);
}

/**
 * Holds back the requests the metrics worker receives from now on (an edit's analysis) until the
 * returned function lets them through, in order.
 */
async function holdAnalyses(page: Page): Promise<() => Promise<void>> {
  const metrics = page.workers().find((w) => /metricsWorker/u.test(w.url()));
  if (!metrics) throw new Error("no metrics worker");
  await metrics.evaluate(() => {
    const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; release?: () => void };
    const handle = scope.onmessage;
    const held: MessageEvent[] = [];
    scope.onmessage = (e) => void held.push(e);
    scope.release = () => {
      scope.onmessage = handle;
      for (const e of held) handle?.(e);
    };
  });
  return () => metrics.evaluate(() => (self as unknown as { release: () => void }).release());
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

/** The app opened on a generated LinkedIn import of `rows` rows, analysed; its people. */
async function importAnalysed(page: Page, rows: number): Promise<number> {
  await page.goto("/");
  await waitForMap(page);
  const distinctPeople = await importLinkedIn(page, rows);
  await expect(page.locator(".metrics-status")).toHaveAttribute("data-status", "ready", { timeout: 60_000 });
  return distinctPeople;
}

test("a 3,000-person map opened in slices ends drawn whole, as sigma would draw it, and answers the pointer", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The analysis restyles the map, in slices too.
  const distinctPeople = await importAnalysed(page, ROWS);
  expect(distinctPeople).toBeGreaterThan(2000);
  const canvas = page.getByTestId("map-canvas");
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

/**
 * The 2,600-person map analysed, then Nao added with the analysis of that edit held back; the
 * dialog closed and the selection of Nao ended by a click on the empty ground inside the rings.
 */
async function addNaoHeld(page: Page) {
  const distinctPeople = await importAnalysed(page, EDIT_ROWS);
  const canvas = page.getByTestId("map-canvas");
  const release = await holdAnalyses(page);
  const box = await canvas.boundingBox();
  if (!box) throw new Error("no map box");
  const ground = { x: box.x + box.width / 2, y: box.y + box.height * 0.35 };
  await page.getByRole("button", { name: "Add person" }).click();
  const add = page.getByRole("dialog", { name: "Add people" });
  await add.getByLabel("Name", { exact: true }).fill("Nao");
  await add.getByLabel("Name", { exact: true }).press("Enter");
  await expect(canvas).toHaveAttribute("aria-label", new RegExp(`: ${distinctPeople + 2} people, `, "u"));
  // Closing selects the new person (their panel opens); closing the panel ends that, and the
  // emphasis with it — waited for, not raced by a click on the map.
  await page.keyboard.press("Escape");
  await expect(add).toBeHidden();
  const panel = page.getByTestId("person-panel");
  await expect(panel).toBeVisible();
  await page.getByRole("button", { name: "Close person panel" }).click();
  await expect(panel).toBeHidden();
  return { distinctPeople, canvas, box, ground, release };
}

test("an edit on a 2,600-person map is drawn in place as sigma would draw it whole, and answers the pointer", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The analysis of the edit is held back in the metrics worker: the picture below must be the
  // edit's own, not that of its analysis too (the next test has that).
  const { distinctPeople, canvas, box, ground, release } = await addNaoHeld(page);
  // The map with Nao as sigma draws it after processing all of it (a change of emphasis).
  const whole = await quietShot(page);
  // Undo takes Nao away; redo is an edit that adds one person with nothing else changing: the
  // patch writes Nao and the people of their band who move into sigma's buffers in place.
  await page.keyboard.press("Control+z");
  await expect(canvas).toHaveAttribute("aria-label", new RegExp(`: ${distinctPeople + 1} people, `, "u"));
  const without = await quietShot(page);
  await page.keyboard.press("Control+Shift+z");
  await expect(canvas).toHaveAttribute("aria-label", new RegExp(`: ${distinctPeople + 2} people, `, "u"));
  const inPlace = await quietShot(page);
  keep("edit-large-map-in-place.png", inPlace);
  expect(changedShare(whole, inPlace)).toBe(0);
  // The edit moved some people (their band of their sector re-spread), not the whole map.
  const moved = changedShare(without, inPlace);
  expect(moved).toBeGreaterThan(0);
  expect(moved).toBeLessThan(0.05);

  // A person of the band the edit moved. Hovering them emphasises them, found in the picking
  // buffer as written in place; leaving has sigma process the whole map itself, and hovering the
  // same point again finds the same person (the same picture).
  const spot = movedDisc(without, inPlace);
  expect(spot).not.toBeNull();
  await page.mouse.move(box.x + spot!.x, box.y + spot!.y);
  await expect.poll(async () => changedShare(inPlace, await canvas.screenshot())).toBeGreaterThan(0.01);
  const hovered = await quietShot(page);
  keep("edit-large-map-hovered.png", hovered);
  await page.mouse.move(ground.x, ground.y);
  expect(changedShare(inPlace, await quietShot(page))).toBe(0);
  await page.mouse.move(box.x + spot!.x, box.y + spot!.y);
  expect(changedShare(hovered, await quietShot(page))).toBe(0);
  await release();
  await expect(page.locator(".metrics-status")).toHaveAttribute("data-status", "ready", { timeout: 60_000 });
});

test("the analysis of an edit on a 2,600-person map restyles in place what it changed, as sigma would draw it whole", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The edit's analysis waits in the worker until the edit itself is drawn and photographed.
  const { canvas, box, ground, release } = await addNaoHeld(page);
  // No emphasis left when the analysis lands: sigma draws an emphasis in zIndex order, and an edit
  // is then processed whole (sigmaInPlace.ts). Hovering the ego and leaving ends any.
  const processedWhole = async () => {
    const still = await quietShot(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(async () => changedShare(still, await canvas.screenshot())).toBeGreaterThan(0);
    await page.mouse.move(ground.x, ground.y);
    return quietShot(page);
  };
  const before = await processedWhole();
  const marks = (await settledMarks(page)).length;
  const processed = await processedCount(page);
  // The analysis lands: Nao gets the size of their score, their tie its style; nobody else changes.
  await release();
  await expect(page.locator(".metrics-status")).toHaveAttribute("data-status", "ready", { timeout: 60_000 });
  await expect.poll(async () => (await settledMarks(page)).length).toBeGreaterThan(marks);
  const restyled = await quietShot(page);
  // Written into sigma's buffers where they are: sigma did not process the 5,000 others again.
  expect(await processedCount(page)).toBe(processed);
  keep("analysis-large-map-in-place.png", restyled);
  const share = changedShare(before, restyled);
  expect(share).toBeGreaterThan(0);
  expect(share).toBeLessThan(0.01);
  // Hovering the ego and leaving has sigma process the whole map itself: the same picture.
  expect(changedShare(restyled, await processedWhole())).toBe(0);
  expect(await processedCount(page)).toBeGreaterThan(processed);
});

/**
 * A point inside a grey disc (someone without a community, as the added person) next to pixels
 * that changed between the two pictures: a person of the band the edit re-spread.
 */
function movedDisc(a: Buffer, b: Buffer): { x: number; y: number } | null {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  const at = (px: number, py: number) => (py * y.width + px) * 4;
  // Discs are solid mid-tones; the outlines are pale, the labels near black.
  const grey = (j: number) => {
    const [r, g, bl] = [y.data[j] ?? 255, y.data[j + 1] ?? 255, y.data[j + 2] ?? 255];
    return Math.max(r, g, bl) - Math.min(r, g, bl) < 30 && Math.max(r, g, bl) > 100 && Math.max(r, g, bl) < 200;
  };
  const changed = (j: number) =>
    Math.abs((y.data[j] ?? 0) - (x.data[j] ?? 0)) +
      Math.abs((y.data[j + 1] ?? 0) - (x.data[j + 1] ?? 0)) +
      Math.abs((y.data[j + 2] ?? 0) - (x.data[j + 2] ?? 0)) >
    30;
  for (let py = 4; py < y.height - 4; py++)
    for (let px = 4; px < y.width - 4; px++) {
      if (!changed(at(px, py))) continue;
      // A disc's inside within a few pixels of the changed one.
      for (const [dx, dy] of [
        [0, 3],
        [0, -3],
        [3, 0],
        [-3, 0],
      ] as const) {
        const cx = px + dx;
        const cy = py + dy;
        if ([-2, 0, 2].every((ey) => [-2, 0, 2].every((ex) => grey(at(cx + ex, cy + ey))))) return { x: cx, y: cy };
      }
    }
  return null;
}
