// Editor core in real Chromium: autosave to IndexedDB and restore on reload, undo/redo by
// keyboard and buttons, several maps (new, switch, rename, delete).
import { EGO_COLOR, SPHERE_COLORS } from "../../src/render/colors";
import type { Page } from "@playwright/test";
import { expect, pixelStats, shotPath, test, waitForMap } from "./support";

const SAMPLE_TITLE = "高橋 美咲のネットワーク / Misaki Takahashi's network";

const mapTitle = (page: Page) => page.locator(".map-title");
const saveStatus = (page: Page) => page.getByTestId("save-status");

async function openMaps(page: Page) {
  await page.getByRole("button", { name: "Maps", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Your maps" });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function renameOpenMap(page: Page, from: string, to: string) {
  const dialog = await openMaps(page);
  await dialog.getByRole("button", { name: `Rename ${from}` }).click();
  await dialog.getByLabel(`New name for ${from}`).fill(to);
  await dialog.getByRole("button", { name: "Save name" }).click();
  await expect(dialog.getByText(to, { exact: true })).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
}

/** Share of drawn (non-white) pixels in the map canvas. */
async function inkShare(page: Page, shot?: string): Promise<number> {
  await waitForMap(page);
  const png = await page.getByTestId("map-canvas").screenshot(shot ? { path: shotPath(shot) } : {});
  const s = pixelStats(png, {});
  return s.nonBackground / (s.width * s.height);
}

test("first start saves the sample; a rename is saved and restored after reload", async ({ page }) => {
  await page.goto("/");
  await expect(mapTitle(page)).toHaveText(SAMPLE_TITLE);
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  await renameOpenMap(page, SAMPLE_TITLE, "Misaki — spring 2026");
  await expect(mapTitle(page)).toHaveText("Misaki — spring 2026");
  await expect(saveStatus(page)).toHaveText("Saved in this browser");

  await page.reload();
  await expect(mapTitle(page)).toHaveText("Misaki — spring 2026");
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  await expect(page.getByRole("button", { name: "Undo" })).toBeDisabled();
  expect(await inkShare(page, "restored-after-reload.png")).toBeGreaterThan(0.02);
});

test("undo and redo by keyboard and buttons change the map shown, and the undo is autosaved", async ({ page }) => {
  await page.goto("/");
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  const undo = page.getByRole("button", { name: "Undo" });
  const redo = page.getByRole("button", { name: "Redo" });
  await expect(undo).toBeDisabled();
  await renameOpenMap(page, SAMPLE_TITLE, "Renamed once");
  await expect(undo).toBeEnabled();

  await page.keyboard.press("Control+z");
  await expect(mapTitle(page)).toHaveText(SAMPLE_TITLE);
  await expect(page.getByTestId("map-canvas")).toHaveAttribute("aria-label", new RegExp(`^Network map of ${SAMPLE_TITLE}`));
  await page.keyboard.press("Control+Shift+z");
  await expect(mapTitle(page)).toHaveText("Renamed once");
  await page.keyboard.press("Control+z");
  await page.keyboard.press("Control+y");
  await expect(mapTitle(page)).toHaveText("Renamed once");

  await undo.click();
  await expect(mapTitle(page)).toHaveText(SAMPLE_TITLE);
  await expect(undo).toBeDisabled();
  await expect(redo).toBeEnabled();
  // The undo is an edit like any other: autosaved after the debounce.
  const started = Date.now();
  await expect(saveStatus(page)).toHaveText("Unsaved changes");
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  const autosaveMs = Date.now() - started;
  console.log(`autosave after undo: ${autosaveMs} ms`);
  expect(autosaveMs).toBeLessThan(2000);

  await redo.click();
  await expect(mapTitle(page)).toHaveText("Renamed once");
  await expect(redo).toBeDisabled();

  // Typing in a text field keeps the field's own undo: Ctrl+Z there does not touch the map.
  const dialog = await openMaps(page);
  await dialog.getByRole("button", { name: "New map" }).click();
  await dialog.getByLabel("Map name").press("Control+z");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(mapTitle(page)).toHaveText("Renamed once");
});

test("creates a second map, switches between maps, and deletes one after confirmation", async ({ page }) => {
  await page.goto("/");
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  const sampleInk = await inkShare(page);

  let dialog = await openMaps(page);
  await dialog.getByRole("button", { name: "New map" }).click();
  await dialog.getByLabel("Map name").fill("Work network");
  await dialog.getByLabel("Your name (the centre of the map)").fill("Ken");
  await dialog.getByRole("button", { name: "Create map" }).click();
  await expect(dialog).toBeHidden();
  await expect(mapTitle(page)).toHaveText("Work network");
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  // The new map holds only its centre person: far less ink than the 40-person sample, ego colour present.
  const newInk = await inkShare(page, "new-map.png");
  expect(newInk).toBeLessThan(sampleInk / 3);

  dialog = await openMaps(page);
  await expect(dialog.getByRole("list", { name: "Saved maps" }).getByRole("listitem")).toHaveCount(2);
  await page.screenshot({ path: shotPath("maps-dialog.png") });
  await dialog.getByRole("button", { name: `Open ${SAMPLE_TITLE}` }).click();
  await expect(dialog).toBeHidden();
  await expect(mapTitle(page)).toHaveText(SAMPLE_TITLE);
  const png = await page.getByTestId("map-canvas").screenshot();
  const stats = pixelStats(png, { work: SPHERE_COLORS.work, ego: EGO_COLOR });
  expect(stats.near.work).toBeGreaterThan(200);

  // The last open map is the one restored.
  await page.reload();
  await expect(mapTitle(page)).toHaveText(SAMPLE_TITLE);

  dialog = await openMaps(page);
  await dialog.getByRole("button", { name: "Delete Work network" }).click();
  await expect(dialog.getByText("Delete “Work network” from this browser?", { exact: false })).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog.getByRole("listitem")).toHaveCount(2);
  await dialog.getByRole("button", { name: "Delete Work network" }).click();
  await dialog.getByRole("button", { name: "Delete map" }).click();
  await expect(dialog.getByRole("listitem")).toHaveCount(1);
  await dialog.getByRole("button", { name: "Close" }).click();
  await page.reload();
  dialog = await openMaps(page);
  await expect(dialog.getByRole("listitem")).toHaveCount(1);
});
