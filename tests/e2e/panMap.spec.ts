// Moving the camera over the map (the sample): while a mouse or a finger drags it, the people,
// their labels, the outlines and the community names move with the pointer as one picture, and
// no tie's tooltip pops up under a finger; a zoom's animation moves them with the camera. Once
// the button or finger is released or the animation has ended, the labels are placed again for
// where the map now is — the picture a fresh frame draws at that camera.
import { PNG } from "pngjs";
import type { Locator, Page } from "@playwright/test";
import { changedShare, expect, test, waitForMap } from "./support";

/** A crop of a PNG screenshot, as a PNG buffer. */
function crop(png: Buffer, x: number, y: number, width: number, height: number): Buffer {
  const src = PNG.sync.read(png);
  const out = new PNG({ width, height });
  PNG.bitblt(src, out, x, y, width, height, 0, 0);
  return PNG.sync.write(out);
}

/** A spot with nothing drawn within `r` pixels (the drag must start on the background). */
function emptySpot(png: Buffer, r = 16): { x: number; y: number } {
  const img = PNG.sync.read(png);
  const blank = (x: number, y: number) => {
    const i = 4 * (y * img.width + x);
    return (img.data[i] ?? 0) > 245 && (img.data[i + 1] ?? 0) > 245 && (img.data[i + 2] ?? 0) > 245;
  };
  for (let y = Math.floor(img.height * 0.6); y > img.height * 0.25; y -= 4)
    for (let x = Math.floor(img.width * 0.6); x > img.width * 0.3; x -= 4) {
      let clear = true;
      for (let dy = -r; dy <= r && clear; dy += 2)
        for (let dx = -r; dx <= r && clear; dx += 2) clear = blank(x + dx, y + dy);
      if (clear) return { x, y };
    }
  throw new Error("no empty spot to drag from");
}

/** The sample, analysed, at 1440×900; zoomed in once when asked (a drag then brings people in). */
async function openSample(page: Page, zoomIn: boolean): Promise<Locator> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/");
  await waitForMap(page);
  await expect(page.getByTestId("top-sources").locator("li")).toHaveCount(3, { timeout: 20_000 });
  if (zoomIn) {
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForTimeout(700);
  }
  return page.getByTestId("map-canvas");
}

/** The map as drawn now equals the map a fresh frame draws at the same camera (a resize draws anew). */
async function expectFresh(page: Page, map: Locator, shot: string): Promise<void> {
  const now = await map.screenshot({ path: `/tmp/look-${shot}.png` });
  await page.setViewportSize({ width: 1441, height: 900 });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.waitForTimeout(600);
  expect(changedShare(now, await map.screenshot()), shot).toBeLessThan(0.001);
}

/** Drags the map by (−200, −120) in ten moves; checks the held picture is the one before, moved. */
async function dragAndHold(
  page: Page,
  map: Locator,
  pointer: (phase: "down" | "move", x: number, y: number) => Promise<unknown>,
) {
  const box = (await map.boundingBox())!;
  const before = await map.screenshot();
  const from = emptySpot(before);
  const [dx, dy] = [-200, -120];
  await pointer("down", box.x + from.x, box.y + from.y);
  for (let i = 1; i <= 10; i++) await pointer("move", box.x + from.x + (dx * i) / 10, box.y + from.y + (dy * i) / 10);
  await page.waitForTimeout(300);
  const held = await map.screenshot();
  // Away from the edges (where names may move to stay on the map), the picture before, shifted.
  const [w, h] = [Math.round(box.width) - 2 * 260, Math.round(box.height) - 2 * 200];
  const moved = changedShare(crop(before, 260, 200, w, h), crop(held, 260 + dx, 200 + dy, w, h));
  console.log(`dragged map: ${(100 * moved).toFixed(2)} % of the inner picture differs from the one before, moved`);
  expect(moved).toBeLessThan(0.01);
}

test("dragging the map moves labels and names with it; on release they are placed for the new view", async ({
  page,
}) => {
  const map = await openSample(page, true);
  await dragAndHold(page, map, (phase, x, y) =>
    phase === "down" ? page.mouse.move(x, y).then(() => page.mouse.down()) : page.mouse.move(x, y),
  );
  await page.mouse.up();
  await page.waitForTimeout(600);
  await expectFresh(page, map, "pan-released");
});

test("zooming moves labels and outlines with the camera; when it ends they are placed for the new view", async ({
  page,
}) => {
  const map = await openSample(page, false);
  for (const button of ["Zoom in", "Zoom out"]) {
    await page.getByRole("button", { name: button }).click();
    await page.waitForTimeout(700);
    await expectFresh(page, map, button === "Zoom in" ? "zoomed-in" : "zoomed-out");
  }
  // Wheel zooms too, three in a row.
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -120);
  await page.waitForTimeout(900);
  await expectFresh(page, map, "wheeled");
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true });

  test("a one-finger drag moves labels and names with the map, pops up no tooltip; on lifting they are placed for the new view", async ({
    page,
  }) => {
    const map = await openSample(page, true);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x = 0, y = 0) =>
      cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y }] });
    await dragAndHold(page, map, (phase, x, y) => touch(phase === "down" ? "touchStart" : "touchMove", x, y));
    // The finger passed over ties: no tie's tooltip pops up under it.
    await expect(page.getByTestId("edge-tooltip")).toHaveCount(0);
    await touch("touchEnd");
    await page.waitForTimeout(900);
    await expectFresh(page, map, "touch-lifted");
  });
});
