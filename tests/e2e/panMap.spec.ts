// Dragging the map (the sample, zoomed in): while the button is held, the people, their labels,
// the outlines and the community names move with the pointer as one picture; once it is
// released, the labels are placed again for where the map now is — the picture a fresh frame
// draws at that camera.
import { PNG } from "pngjs";
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

test("dragging the map moves labels and names with it; on release they are placed for the new view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/");
  await waitForMap(page);
  await expect(page.getByTestId("top-sources").locator("li")).toHaveCount(3, { timeout: 20_000 });
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.waitForTimeout(700);
  const map = page.getByTestId("map-canvas");
  const box = (await map.boundingBox())!;
  const before = await map.screenshot();
  const from = emptySpot(before);
  const [dx, dy] = [-200, -120];

  await page.mouse.move(box.x + from.x, box.y + from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + from.x + (dx * i) / 10, box.y + from.y + (dy * i) / 10);
  await page.waitForTimeout(300);
  const held = await map.screenshot({ path: "/tmp/look-pan-held.png" });
  // The map moved by the pointer's offset: away from the edges (where names may move to stay
  // on the map), the held picture is the picture before, shifted.
  const [w, h] = [Math.round(box.width) - 2 * 260, Math.round(box.height) - 2 * 200];
  const moved = changedShare(crop(before, 260, 200, w, h), crop(held, 260 + dx, 200 + dy, w, h));
  console.log(`dragged map: ${(100 * moved).toFixed(2)} % of the inner picture differs from the one before, moved`);
  expect(moved).toBeLessThan(0.01);

  await page.mouse.up();
  await page.waitForTimeout(600);
  const released = await map.screenshot({ path: "/tmp/look-pan-released.png" });
  // A fresh frame at the same camera (a resize draws the map and places its labels anew).
  await page.setViewportSize({ width: 1441, height: 900 });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.waitForTimeout(600);
  const fresh = await map.screenshot();
  expect(changedShare(released, fresh)).toBeLessThan(0.001);
});

test("zooming moves labels and outlines with the camera; when it ends they are placed for the new view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/");
  await waitForMap(page);
  await expect(page.getByTestId("top-sources").locator("li")).toHaveCount(3, { timeout: 20_000 });
  const map = page.getByTestId("map-canvas");
  for (const [button, shot] of [
    ["Zoom in", "zoomed-in"],
    ["Zoom out", "zoomed-out"],
  ] as const) {
    await page.getByRole("button", { name: button }).click();
    await page.waitForTimeout(700);
    const ended = await map.screenshot({ path: `/tmp/look-${shot}.png` });
    await page.setViewportSize({ width: 1441, height: 900 });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.waitForTimeout(600);
    expect(changedShare(ended, await map.screenshot()), shot).toBeLessThan(0.001);
  }
  // Wheel zooms too, three in a row.
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -120);
  await page.waitForTimeout(900);
  const wheeled = await map.screenshot({ path: "/tmp/look-wheeled.png" });
  await page.setViewportSize({ width: 1441, height: 900 });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.waitForTimeout(600);
  expect(changedShare(wheeled, await map.screenshot())).toBeLessThan(0.001);
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true });

  test("a one-finger drag moves labels and names with the map, pops up no tooltip; on lifting they are placed for the new view", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/");
    await waitForMap(page);
    await expect(page.getByTestId("top-sources").locator("li")).toHaveCount(3, { timeout: 20_000 });
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForTimeout(700);
    const map = page.getByTestId("map-canvas");
    const box = (await map.boundingBox())!;
    const before = await map.screenshot();
    const from = emptySpot(before);
    const [dx, dy] = [-200, -120];
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number, y: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x: box.x + x, y: box.y + y }],
      });
    await touch("touchStart", from.x, from.y);
    for (let i = 1; i <= 10; i++) await touch("touchMove", from.x + (dx * i) / 10, from.y + (dy * i) / 10);
    await page.waitForTimeout(300);
    const held = await map.screenshot({ path: "/tmp/look-touch-held.png" });
    // The finger passed over ties: no tie's tooltip pops up under it.
    await expect(page.getByTestId("edge-tooltip")).toHaveCount(0);
    const [w, h] = [Math.round(box.width) - 2 * 260, Math.round(box.height) - 2 * 200];
    expect(changedShare(crop(before, 260, 200, w, h), crop(held, 260 + dx, 200 + dy, w, h))).toBeLessThan(0.01);
    await touch("touchEnd", 0, 0);
    await page.waitForTimeout(900);
    const lifted = await map.screenshot({ path: "/tmp/look-touch-lifted.png" });
    await page.setViewportSize({ width: 1441, height: 900 });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.waitForTimeout(600);
    expect(changedShare(lifted, await map.screenshot())).toBeLessThan(0.001);
  });
});
