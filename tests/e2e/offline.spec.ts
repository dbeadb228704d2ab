// Offline after the first visit: the service worker precaches the bundle; with the network
// cut, a reload still loads the app, restores the saved map from IndexedDB and draws it.
import { EGO_COLOR, SPHERE_COLORS } from "../../src/render/colors";
import { expect, pixelStats, shotPath, test, waitForMap } from "./support";

test("loads and draws the map offline after the first visit", async ({ page, context }) => {
  await page.goto("/");
  await expect(page.getByTestId("save-status")).toHaveText("Saved in this browser");
  // The service worker is active once the whole bundle is precached.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  const started = Date.now();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tsunagari");
  await waitForMap(page);
  const reloadMs = Date.now() - started;
  console.log(`offline reload to drawn map: ${reloadMs} ms`);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.getByTestId("save-status")).toHaveText("Saved in this browser");

  const png = await page.getByTestId("map-canvas").screenshot({ path: shotPath("offline-map.png") });
  const stats = pixelStats(png, { family: SPHERE_COLORS.family, work: SPHERE_COLORS.work, ego: EGO_COLOR });
  expect(stats.nonBackground / (stats.width * stats.height)).toBeGreaterThan(0.02);
  expect(stats.near.family).toBeGreaterThan(200);
  expect(stats.near.work).toBeGreaterThan(200);
  expect(stats.near.ego).toBeGreaterThan(200);
  await context.setOffline(false);
});
