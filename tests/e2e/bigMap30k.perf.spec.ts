// Scale figure (run with E2E_PERF=1): the 30,000-row LinkedIn import drawn at 1440×900, zoomed
// out and in (who is labelled), and the clusters layout on it, which must stop by itself (it is
// capped in time on a map this big). Prints the times; screenshots go to /tmp for people to see.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateLinkedInExport } from "../support/linkedinExport";
import { expect, pixelStats, test, waitForMap } from "./support";

test("a 30,000-person LinkedIn map: labels for who matters at each zoom, clusters stop by themselves", async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const { text, distinctPeople } = generateLinkedInExport(30_000);
  const file = join(mkdtempSync(join(tmpdir(), "tsunagari-30k-")), "Connections.csv");
  writeFileSync(file, text);
  await page.goto("/");
  await waitForMap(page);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import people and ties" });
  await dialog.getByLabel("Choose a file…").setInputFiles(file);
  await expect(dialog).toContainText(`Connections.csv: ${distinctPeople} people`, { timeout: 180_000 });
  await dialog.getByRole("radio", { name: /Open as a new map/u }).check();
  await dialog.getByRole("button", { name: "Import", exact: true }).click({ timeout: 120_000 });
  const canvas = page.getByTestId("map-canvas");
  await expect(canvas).toHaveAttribute("aria-label", new RegExp(`: ${distinctPeople + 1} people, `, "u"), {
    timeout: 120_000,
  });
  await dialog.getByText("Close", { exact: true }).click({ timeout: 60_000 });
  await page.waitForTimeout(3000);
  await canvas.screenshot({ path: "/tmp/nav-linkedin30k-rings.png", timeout: 60_000 });
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Zoom in" }).click();
  await page.waitForTimeout(2000);
  await canvas.screenshot({ path: "/tmp/nav-linkedin30k-rings-zoomed.png", timeout: 60_000 });
  await page.getByRole("button", { name: "Show the whole map" }).click();

  const t0 = Date.now();
  await page.getByRole("button", { name: "Clusters", exact: true }).click({ timeout: 60_000 });
  const note = page.getByTestId("layout-note");
  await expect(note).toHaveText(/^Layout (settled in|stopped after) [\d.]+ s/u, { timeout: 240_000 });
  console.log(`30k clusters: "${await note.textContent()}" (seen after ${Date.now() - t0} ms)`);
  await page.waitForTimeout(3000);
  const shot = await canvas.screenshot({ path: "/tmp/nav-linkedin30k-clusters.png", timeout: 60_000 });
  const stats = pixelStats(shot, {});
  expect(stats.nonBackground / (stats.width * stats.height)).toBeGreaterThan(0.02);
});
