// Encrypted backup (issue 14): two maps sealed into one download, restored in a fresh browser
// profile — a wrong passphrase changes nothing, the right one brings both maps with their people.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, shotPath, test } from "./support";

const PASS = "つながりの合言葉 2026 spring";
const JA_TITLE = "転職の地図";
const JA_EGO = "山田 はるか";

async function openMaps(page: Page) {
  await page.getByRole("button", { name: "Maps", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Your maps" });
  await expect(dialog).toBeVisible();
  return dialog;
}

test("an encrypted backup of two maps restores both in a fresh profile; a wrong passphrase changes nothing", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("save-status")).toHaveText("Saved in this browser");
  const sampleLabel = (await page.getByRole("application").getAttribute("aria-label")) ?? "";
  const samplePeople = /: (\d+) people/.exec(sampleLabel)?.[1] ?? "none";
  expect(Number(samplePeople)).toBeGreaterThan(5);
  let maps = await openMaps(page);
  await maps.getByRole("button", { name: "New map" }).click();
  await maps.getByLabel("Map name").fill(JA_TITLE);
  await maps.getByLabel("Your name (the centre of the map)").fill(JA_EGO);
  await maps.getByRole("button", { name: "Create map" }).click();
  await expect(page.locator(".map-title")).toHaveText(JA_TITLE);
  await expect(page.getByTestId("save-status")).toHaveText("Saved in this browser");

  maps = await openMaps(page);
  await maps.getByRole("button", { name: "Encrypted backup…" }).click();
  const dialog = page.getByRole("dialog", { name: "Encrypted backup" });
  await expect(dialog.getByLabel("All saved maps (2)")).toBeChecked();
  await dialog.getByLabel("Passphrase", { exact: true }).fill(PASS);
  await expect(dialog.getByText(/characters: strong/)).toBeVisible();
  await dialog.getByLabel("Passphrase again").fill(PASS + "x");
  await dialog.getByRole("button", { name: "Encrypt and download" }).click();
  await expect(dialog.getByText("The two passphrases are different.", { exact: false })).toBeVisible();
  await dialog.getByLabel("Passphrase again").fill(PASS);
  await dialog.getByLabel("Show passphrase").check();
  await expect(dialog.getByLabel("Passphrase again")).toHaveAttribute("type", "text");
  const downloading = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Encrypt and download" }).press("Enter");
  const download = await downloading;
  await expect(dialog.getByRole("status")).toContainText("with 2 maps", { timeout: 20_000 });
  await page.screenshot({ path: shotPath("backup-export.png") });
  expect(download.suggestedFilename()).toMatch(/^tsunagari-\d{4}-\d{2}-\d{2}\.tsunagari-backup$/);
  const file = (await download.path()) ?? "";
  const text = readFileSync(file, "utf8");
  expect(JSON.parse(text)).toMatchObject({ format: "tsunagari-backup", mapCount: 2 });
  for (const clear of ["高橋", "美咲", "Misaki", "Takahashi", "山田", "はるか", JA_TITLE]) {
    expect(text).not.toContain(clear);
  }

  // A fresh profile: new storage, nothing saved but its own sample.
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests: string[] = [];
  fresh.on("request", (r) => requests.push(r.url()));
  const other = await fresh.newPage();
  await other.goto(baseURL ?? "/");
  await expect(other.getByTestId("save-status")).toHaveText("Saved in this browser");
  const list = (p: Page) => p.getByRole("list", { name: "Saved maps" }).getByRole("listitem");
  maps = await openMaps(other);
  await expect(list(other)).toHaveCount(1);
  await maps.getByRole("button", { name: "Restore backup…" }).click();
  const restore = other.getByRole("dialog", { name: "Restore a backup" });
  await restore.getByLabel("Backup file (.tsunagari-backup)").setInputFiles(file);
  await expect(restore.getByText(/A backup of 2 maps, made on/)).toBeVisible();
  await restore.getByLabel("Passphrase", { exact: true }).fill("wrong passphrase");
  await restore.getByRole("button", { name: "Restore" }).click();
  await expect(restore.getByRole("alert")).toContainText("This passphrase does not open the backup", {
    timeout: 20_000,
  });
  await other.screenshot({ path: shotPath("backup-wrong-passphrase.png") });
  await expect(list(other)).toHaveCount(1);

  await restore.getByLabel("Passphrase", { exact: true }).fill(PASS);
  await restore.getByLabel("Passphrase", { exact: true }).press("Enter");
  await expect(restore.getByRole("status")).toContainText("Restored 2 maps:", { timeout: 20_000 });
  await expect(restore.getByRole("status")).toContainText(JA_TITLE);
  await other.screenshot({ path: shotPath("backup-restored.png") });
  await restore.getByRole("button", { name: "Close" }).click();
  await expect(restore).toBeHidden();
  await expect(maps).toBeVisible();
  await expect(list(other)).toHaveCount(3);
  await expect(maps.getByText(/\(restored\)$/)).toHaveCount(1);
  await maps.getByRole("button", { name: `Open ${JA_TITLE}` }).click();
  await expect(other.locator(".map-title")).toHaveText(JA_TITLE);
  await expect(other.getByRole("application")).toHaveAttribute("aria-label", /: 1 people/);
  await other.getByRole("combobox", { name: "Find a person" }).fill("山田");
  await expect(other.getByRole("option", { name: new RegExp(JA_EGO) })).toBeVisible();
  maps = await openMaps(other);
  await maps.getByRole("button", { name: /^Open .*\(restored\)$/ }).click();
  await expect(other.locator(".map-title")).toHaveText(/\(restored\)$/);
  await expect(other.getByRole("application")).toHaveAttribute("aria-label", new RegExp(`: ${samplePeople} people`));
  await other.screenshot({ path: shotPath("backup-restored-sample.png") });
  const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([]);
  await fresh.close();
});
