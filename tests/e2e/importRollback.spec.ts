// "Open as a new map" is all or nothing: when the new map cannot be saved the previous map stays
// on screen, open and saved, the dialog says why, and the status never says Saved for the import.
// Also: a graphology file whose node keys are prototype words opens, takes an edit, and both
// survive a reload.
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { storageTrouble, type StorageTrouble } from "./storageTrouble";
import { expect, pixelStats, runClustersLayout, shotPath, test, waitForMap } from "./support";

const SAMPLE_TITLE = "高橋 美咲のネットワーク / Misaki Takahashi's network";
const saveStatus = (page: Page) => page.getByTestId("save-status");

async function mapCounts(page: Page): Promise<{ title: string; people: number; ties: number }> {
  const label = (await page.getByTestId("map-canvas").getAttribute("aria-label")) ?? "";
  const m = /^Network map of (.*): (\d+) people, (\d+) ties$/u.exec(label);
  if (!m) throw new Error(`unexpected map label: ${label}`);
  return { title: m[1] ?? "", people: Number(m[2]), ties: Number(m[3]) };
}

async function importAsNewMap(page: Page, file: string): Promise<Locator> {
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import people and ties" });
  await dialog.getByLabel("Choose a file…").setInputFiles(file);
  await dialog.getByRole("radio", { name: /Open as a new map/u }).check();
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  return dialog;
}

test.describe("a failed import as a new map", () => {
  let disk: StorageTrouble;
  test.beforeEach(async ({ page }) => {
    disk = await storageTrouble(page);
    await page.addInitScript(() => {
      const w = window as unknown as { statusLog: string[] };
      w.statusLog = [];
      // Every save status shown, with the map drawn at that moment.
      new MutationObserver(() => {
        const status = document.querySelector('[data-testid="save-status"]')?.getAttribute("data-status");
        const map = document.querySelector('[data-testid="map-canvas"]')?.getAttribute("aria-label");
        const entry = `${status} | ${map}`;
        if (status && w.statusLog.at(-1) !== entry) w.statusLog.push(entry);
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-status", "aria-label"] });
    });
  });

  for (const [error, reason] of [
    ["QuotaExceededError", "the browser's storage for this site is full"],
    ["UnknownError", "the browser refused to write it (Disk I/O failed)"],
  ] as const) {
    test(`${error} while saving the import: the previous map stays, saved, and the dialog says why`, async ({
      page,
    }) => {
      await page.goto("/");
      await waitForMap(page);
      await expect(saveStatus(page)).toHaveText("Saved in this browser");
      const before = await mapCounts(page);
      expect(before.title).toBe(SAMPLE_TITLE);

      await disk.set(error, true);
      const dialog = await importAsNewMap(page, "tests/fixtures/graphs/star.graphology.json");
      const alert = dialog.getByRole("alert");
      await expect(alert).toContainText("The import was not opened");
      await expect(alert).toContainText(`The new map could not be saved in this browser: ${reason}.`);
      await expect(alert).toContainText(`“${SAMPLE_TITLE}” is still open and saved; nothing was lost.`);
      // Still on the review step: the import can be tried again or cancelled.
      await expect(dialog.getByRole("button", { name: "Import", exact: true })).toBeVisible();
      await expect(dialog.getByRole("radio", { name: /Open as a new map/u })).toBeChecked();
      await dialog.getByRole("button", { name: "Close" }).click();
      await expect(dialog).toBeHidden();

      expect(await mapCounts(page)).toEqual(before);
      await expect(saveStatus(page)).toHaveText("Saved in this browser");
      const log = await page.evaluate(() => (window as unknown as { statusLog: string[] }).statusLog);
      expect(log.filter((e) => e.startsWith("saved |") && !e.includes(SAMPLE_TITLE))).toEqual([]);

      await page.reload();
      await waitForMap(page);
      expect(await mapCounts(page)).toEqual(before);
      await page.getByRole("button", { name: "Maps", exact: true }).click();
      const maps = page.getByRole("dialog", { name: "Your maps" });
      await expect(maps.getByRole("list", { name: "Saved maps" }).getByRole("listitem")).toHaveCount(1);
    });
  }
});

/** Imports a graphology file as a new map, adds a person, reloads: both are still there. */
async function importEditReload(page: Page, file: string, names: readonly string[]): Promise<void> {
  await page.goto("/");
  await waitForMap(page);
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  const dialog = await importAsNewMap(page, file);
  await expect(dialog.getByRole("status")).toHaveText(/^Opened “.*” as a new map\.$/u);
  await dialog.getByText("Close", { exact: true }).click();
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  const imported = await mapCounts(page);
  expect(imported).toMatchObject({ people: 3, ties: 1 });

  await page.getByRole("button", { name: "Add person" }).click();
  const add = page.getByRole("dialog", { name: "Add people" });
  await add.getByLabel("Name", { exact: true }).fill("Added Aoi");
  await add.getByLabel("Name", { exact: true }).press("Enter");
  await expect(add.getByText("Added 1 person")).toBeVisible();
  await add.getByRole("button", { name: "Done" }).click();
  await expect(saveStatus(page)).toHaveText("Saved in this browser");

  await page.reload();
  await waitForMap(page);
  // The new person comes with a tie to the centre person.
  expect(await mapCounts(page)).toEqual({ ...imported, people: 4, ties: 2 });
  await page.getByRole("button", { name: "Table", exact: true }).click();
  const shown = await page
    .getByRole("table")
    .getByRole("textbox", { name: /^Name of / })
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(new Set(shown)).toEqual(new Set([...names, "Added Aoi"]));
}

test("a graphology file with nodes named __proto__ and constructor opens as a new map and keeps an edit", async ({
  page,
}) => {
  await importEditReload(page, "tests/fixtures/graphs/graphology-proto.json", ["Proto", "Builder"]);
});

test("the same file with ordinary node names opens as a new map and keeps an edit", async ({ page }) => {
  const text = readFileSync("tests/fixtures/graphs/graphology-proto.json", "utf8")
    .replaceAll('"__proto__"', '"proto-node"')
    .replaceAll('"constructor"', '"builder-node"');
  const file = join(mkdtempSync(join(tmpdir(), "tsunagari-rollback-")), "graphology-plain.json");
  writeFileSync(file, text);
  await importEditReload(page, file, ["Proto", "Builder"]);
});

test("the clusters layout runs on a map with people whose ids are __proto__ and constructor, and the map survives a reload", async ({
  page,
}) => {
  await page.goto("/");
  await waitForMap(page);
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  const dialog = await importAsNewMap(page, "tests/fixtures/graphs/graphology-proto.json");
  await expect(dialog.getByRole("status")).toHaveText(/^Opened “.*” as a new map\.$/u);
  await dialog.getByText("Close", { exact: true }).click();
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  // ForceAtlas2 indexes nodes in plain objects: on these ids it used to turn every position into NaN,
  // which the document then saved (as null) and could not load again.
  await runClustersLayout(page);
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  await page.reload();
  await waitForMap(page);
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  expect(await mapCounts(page)).toMatchObject({ people: 3, ties: 1 });
  const shot = await page.getByTestId("map-canvas").screenshot({ path: shotPath("proto-clusters-after-reload.png") });
  expect(pixelStats(shot, {}).nonBackground).toBeGreaterThan(500);
});
