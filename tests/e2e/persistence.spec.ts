// Editor core in real Chromium: autosave to IndexedDB and restore on reload, undo/redo by
// keyboard and buttons, several maps (new, switch, rename, delete).
import { EGO_COLOR, SPHERE_COLORS } from "../../src/render/colors";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { storageTrouble } from "./storageTrouble";
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
  await expect(page.getByRole("button", { name: "Undo", exact: true })).toBeDisabled();
  expect(await inkShare(page, "restored-after-reload.png")).toBeGreaterThan(0.02);
});

test("undo and redo by keyboard and buttons change the map shown, and the undo is autosaved", async ({ page }) => {
  await page.goto("/");
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  const undo = page.getByRole("button", { name: "Undo", exact: true });
  const redo = page.getByRole("button", { name: "Redo", exact: true });
  await expect(undo).toBeDisabled();
  await renameOpenMap(page, SAMPLE_TITLE, "Renamed once");
  await expect(undo).toBeEnabled();

  await page.keyboard.press("Control+z");
  await expect(mapTitle(page)).toHaveText(SAMPLE_TITLE);
  await expect(page.getByTestId("map-canvas")).toHaveAttribute(
    "aria-label",
    new RegExp(`^Network map of ${SAMPLE_TITLE}`),
  );
  await page.keyboard.press("Control+Shift+z");
  await expect(mapTitle(page)).toHaveText("Renamed once");
  await page.keyboard.press("Control+z");
  await page.keyboard.press("Control+y");
  await expect(mapTitle(page)).toHaveText("Renamed once");

  // The undo is an edit like any other: autosaved after the ~500 ms debounce (timed in the page).
  const autosaveMs = await undo.evaluate(
    (button) =>
      new Promise<number>((resolve) => {
        const status = document.querySelector('[data-testid="save-status"]');
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (status?.getAttribute("data-status") !== "saved") return;
          observer.disconnect();
          resolve(performance.now() - started);
        });
        if (status) observer.observe(status, { attributes: true });
        (button as HTMLButtonElement).click();
      }),
  );
  await expect(mapTitle(page)).toHaveText(SAMPLE_TITLE);
  await expect(undo).toBeDisabled();
  await expect(redo).toBeEnabled();
  const writeMs = await saveStatus(page).getAttribute("data-write-ms");
  console.log(`autosave after undo: ${Math.round(autosaveMs)} ms from click to saved (IndexedDB write ${writeMs} ms)`);
  expect(autosaveMs).toBeGreaterThanOrEqual(450);
  expect(autosaveMs).toBeLessThan(1500);

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

test.describe("storage trouble", () => {
  test("storage unavailable (private mode): a clear alert, and the map stays editable", async ({ page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
        throw new DOMException("The user denied permission to access the database.", "SecurityError");
      };
    });
    await page.goto("/");
    const alert = page.getByRole("alert").filter({ hasText: "Maps can't be saved in this browser" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("Download a copy of your map as a file to keep it.");
    await expect(saveStatus(page)).toHaveText("Not saved: storage unavailable");
    expect(await inkShare(page)).toBeGreaterThan(0.02);
    await page.screenshot({ path: shotPath("storage-unavailable.png") });

    const download = page.waitForEvent("download");
    await alert.getByRole("button", { name: "Download a copy" }).click();
    expect((await download).suggestedFilename()).toBe(
      "高橋 美咲のネットワーク Misaki Takahashi's network.tsunagari.json",
    );
    await alert.getByRole("button", { name: "Dismiss" }).click();
    await expect(alert).toBeHidden();
    // Editing goes on in memory.
    await renameOpenMap(page, SAMPLE_TITLE, "Kept in memory only");
    await expect(mapTitle(page)).toHaveText("Kept in memory only");
    await expect(page.getByRole("button", { name: "Undo", exact: true })).toBeEnabled();
  });

  test("quota exceeded: the edit stays in memory, the alert explains, Try again saves once space is free", async ({
    page,
  }) => {
    const disk = await storageTrouble(page);
    await page.goto("/");
    await expect(saveStatus(page)).toHaveText("Saved in this browser");
    await disk.set("QuotaExceededError");
    await renameOpenMap(page, SAMPLE_TITLE, "Edited while the disk is full");

    const alert = page.getByRole("alert").filter({ hasText: "storage is full" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("“Edited while the disk is full” were not saved");
    await expect(saveStatus(page)).toHaveText("Not saved");
    await expect(mapTitle(page)).toHaveText("Edited while the disk is full");
    await page.screenshot({ path: shotPath("storage-quota.png") });

    await disk.set(null);
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(alert).toBeHidden();
    await expect(saveStatus(page)).toHaveText("Saved in this browser");
    await page.reload();
    await expect(mapTitle(page)).toHaveText("Edited while the disk is full");
  });
});

test("two tabs: the other tab is told about a newer version and can load it or keep its own as a copy", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  const other = await context.newPage();
  await other.goto("/");
  await expect(saveStatus(other)).toHaveText("Saved in this browser");

  await renameOpenMap(page, SAMPLE_TITLE, "Saved in tab A");
  const alert = other.getByRole("alert").filter({ hasText: "This map was changed in another tab" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("saved a newer version of “Saved in tab A”");
  await expect(saveStatus(other)).toHaveText("Saving paused");
  await other.screenshot({ path: shotPath("conflict.png") });
  await alert.getByRole("button", { name: "Load the other tab's version" }).click();
  await expect(mapTitle(other)).toHaveText("Saved in tab A");
  await expect(alert).toBeHidden();

  // Now tab B saves; tab A keeps its own version as a copy.
  await renameOpenMap(other, "Saved in tab A", "Saved in tab B");
  const back = page.getByRole("alert").filter({ hasText: "This map was changed in another tab" });
  await expect(back).toBeVisible();
  await back.getByRole("button", { name: "Keep mine (save as a copy)" }).click();
  await expect(mapTitle(page)).toHaveText("Saved in tab A (copy)");
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  const dialog = await openMaps(page);
  await expect(dialog.getByText("Saved in tab B", { exact: true })).toBeVisible();
  await expect(dialog.getByText("Saved in tab A (copy)", { exact: true })).toBeVisible();
  await other.close();
});

test("the Maps dialog works from the keyboard, passes axe, and is translated", async ({ page }) => {
  await page.goto("/");
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  const mapsButton = page.getByRole("button", { name: "Maps", exact: true });
  await mapsButton.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Your maps" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "New map" }).click();
  await dialog.getByRole("button", { name: `Delete ${SAMPLE_TITLE}` }).click();
  const axe = await new AxeBuilder({ page }).include(".maps-dialog").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(mapsButton).toBeFocused();

  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page.getByRole("button", { name: "元に戻す" })).toBeDisabled();
  await expect(saveStatus(page)).toHaveText("このブラウザに保存済み");
  await page.getByRole("button", { name: "マップ", exact: true }).click();
  const ja = page.getByRole("dialog", { name: "マイマップ" });
  await expect(ja.getByRole("button", { name: `${SAMPLE_TITLE}の名前を変更` })).toBeVisible();
  await page.screenshot({ path: shotPath("maps-dialog-ja.png") });
  await ja.getByRole("button", { name: "閉じる" }).click();
  await page.getByRole("button", { name: "English" }).click();
});
