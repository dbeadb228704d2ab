// The import size limit in real Chromium: a 200 MB CSV is refused from its size, before a byte
// is read, so the page never freezes on it (no main-thread task over 200 ms, measured with a
// long-task PerformanceObserver) and no column-mapping step is offered for it.
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, waitForMap } from "./support";

const SIZE = 200_000_000;
const LONG_TASK_LIMIT_MS = 200;

/** A real 200 MB tie list (not a sparse file), so that reading it would cost what it costs. */
function writeBigCsv(path: string): void {
  const fd = openSync(path, "w");
  let written = writeSync(fd, "source,target,strength\n");
  const rows: string[] = [];
  for (let i = 0; written < SIZE; i++) {
    rows.push(`Person ${i % 50_000},Person ${(i * 7 + 3) % 50_000},0.5\n`);
    if (rows.length === 50_000) {
      written += writeSync(fd, rows.join(""));
      rows.length = 0;
    }
  }
  ftruncateSync(fd, SIZE);
  closeSync(fd);
}

declare global {
  interface Window {
    __longTasks: number[];
  }
}

test("refuses a 200 MB CSV without freezing the page or offering the column mapping", async ({ page }) => {
  test.setTimeout(120_000);
  const file = join(mkdtempSync(join(tmpdir(), "tsunagari-limit-")), "big.csv");
  writeBigCsv(file);
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto("/");
  await waitForMap(page);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import people and ties" });
  // Only what happens from choosing the file on counts (start-up has its own budget).
  await page.evaluate(() => (window.__longTasks = []));

  await dialog.getByLabel("Choose a file…").setInputFiles(file);
  await expect(dialog.getByRole("alert")).toContainText(
    "big.csv is 200.0 MB, which is more than the 20 MB that can be imported.",
  );
  // Let the observer deliver any task that ended with the refusal.
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 500)));
  const longTasks = await page.evaluate(() => window.__longTasks);
  console.log(`200 MB CSV refused; main-thread tasks over 50 ms: ${JSON.stringify(longTasks.map(Math.round))}`);
  expect(longTasks.filter((ms) => ms > LONG_TASK_LIMIT_MS)).toEqual([]);
  await expect(page.getByRole("dialog", { name: "Which column holds what?" })).toHaveCount(0);
  await expect(dialog.getByLabel("Choose a file…")).toBeVisible();
});
