// Scale figure: main-thread time of one edit on a 30,000-person map (a LinkedIn import). Sums
// the long tasks (> 50 ms, PerformanceObserver "longtask") from the edit until the new
// analysis has arrived and been drawn, and prints it; asserts only what does not depend on the
// machine's speed (the edit shows, the analysis becomes ready again).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateLinkedInExport } from "../support/linkedinExport";
import { expect, test, waitForMap } from "./support";

const ROWS = 30_000;

interface LongTasks {
  total: number;
  count: number;
  longest: number;
}

test("one edit on a 30,000-person map: main-thread long tasks", async ({ page }) => {
  test.setTimeout(600_000);
  const { text, distinctPeople } = generateLinkedInExport(ROWS);
  const file = join(mkdtempSync(join(tmpdir(), "tsunagari-edit-scale-")), "Connections.csv");
  writeFileSync(file, text);
  await page.goto("/");
  await waitForMap(page);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import people and ties" });
  await dialog.getByLabel("Choose a file…").setInputFiles(file);
  await expect(dialog).toContainText(`Connections.csv: ${distinctPeople} people`, { timeout: 120_000 });
  await dialog.getByRole("radio", { name: /Open as a new map/u }).check();
  await dialog.getByRole("button", { name: "Import", exact: true }).click({ timeout: 120_000 });
  const canvas = page.getByTestId("map-canvas");
  await expect(canvas).toHaveAttribute("aria-label", new RegExp(`: ${distinctPeople + 1} people, `, "u"), {
    timeout: 120_000,
  });
  await dialog.getByText("Close", { exact: true }).click();
  const status = page.locator(".metrics-status");
  await expect(status).toHaveAttribute("data-status", "ready", { timeout: 400_000 });

  await page.getByRole("button", { name: "Add person" }).click();
  const add = page.getByRole("dialog", { name: "Add people" });
  await add.getByLabel("Name", { exact: true }).fill("Nao");
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: LongTasks };
    w.__longTasks = { total: 0, count: 0, longest: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__longTasks.total += e.duration;
        w.__longTasks.count += 1;
        w.__longTasks.longest = Math.max(w.__longTasks.longest, e.duration);
      }
    }).observe({ type: "longtask" });
  });
  const t0 = Date.now();
  await add.getByLabel("Name", { exact: true }).press("Enter");
  await expect(canvas).toHaveAttribute("aria-label", new RegExp(`: ${distinctPeople + 2} people, `, "u"), {
    timeout: 120_000,
  });
  const drawnMs = Date.now() - t0;
  await expect(status).toHaveAttribute("data-status", "ready", { timeout: 400_000 });
  const analysedMs = Date.now() - t0;
  // Let the result's restyle and the panels' re-render finish before reading the sum.
  await page.waitForTimeout(1_500);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: LongTasks }).__longTasks);
  console.log(
    `edit 30k: main-thread long tasks ${Math.round(tasks.total)} ms in ${tasks.count} tasks (longest ${Math.round(
      tasks.longest,
    )} ms); drawn after ${drawnMs} ms, analysed after ${analysedMs} ms`,
  );
});
