// Scale figure: a 30,000-row LinkedIn Connections.csv imported through the Import dialog in
// Chromium. Prints how long reading the file and drawing the new map take; asserts only what
// does not depend on the machine's speed (the people count, pixels on the canvas, a button
// that still answers).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateLinkedInExport } from "../support/linkedinExport";
import { expect, pixelStats, shotPath, test, waitForMap } from "./support";

const ROWS = 30_000;
const RENDER_LIMIT_MS = 60_000;

test("imports a 30,000-row LinkedIn export as a new map and stays interactive", async ({ page }) => {
  test.setTimeout(180_000);
  const { text, distinctPeople } = generateLinkedInExport(ROWS);
  const file = join(mkdtempSync(join(tmpdir(), "tsunagari-scale-")), "Connections.csv");
  writeFileSync(file, text);

  // Every main-thread task over 50 ms, from page load on (the Long Tasks API).
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto("/");
  await waitForMap(page);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import people and ties" });

  // Import: choosing the file → the review step with what was found (parsed in a worker).
  const t0 = Date.now();
  await dialog.getByLabel("Choose a file…").setInputFiles(file);
  await expect(dialog).toContainText(`Connections.csv: ${distinctPeople} people`, { timeout: 120_000 });
  const importMs = Date.now() - t0;
  console.log(`linkedin 30k: import ${importMs} ms (choose file → review step, ${distinctPeople} people)`);

  // First render: "Import" as a new map → the canvas is labelled with the new map and has painted.
  await dialog.getByRole("radio", { name: /Open as a new map/u }).check();
  const t1 = Date.now();
  const since = await page.evaluate(() => performance.now());
  // A page that blocks its main thread does not even finish handling the click.
  await dialog.getByRole("button", { name: "Import", exact: true }).click({ timeout: RENDER_LIMIT_MS });
  const canvas = page.getByTestId("map-canvas");
  await expect(canvas).toHaveAttribute(
    "aria-label",
    new RegExp(`: ${distinctPeople + 1} people, ${distinctPeople} ties$`, "u"),
    {
      timeout: RENDER_LIMIT_MS,
    },
  );
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  const renderMs = Date.now() - t1;
  console.log(`linkedin 30k: import ${importMs} ms, first render ${renderMs} ms (${distinctPeople} people)`);
  const tasks = await page.evaluate(
    (from) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter(
        (t) => t.start >= from,
      ),
    since,
  );
  console.log(`linkedin 30k: long tasks after Import: ${tasks.map((t) => Math.round(t.duration)).join(", ")} ms`);

  // Interactive: close the dialog, then a header button opens its dialog.
  await dialog.getByText("Close", { exact: true }).click();
  await expect(dialog).toBeHidden();
  const t2 = Date.now();
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Export" })).toBeVisible();
  const responseMs = Date.now() - t2;
  console.log(`linkedin 30k: a button answered ${responseMs} ms after the import`);
  await page.keyboard.press("Escape");

  await waitForMap(page);
  const path = shotPath("import-linkedin-30k.png");
  mkdirSync(join(path, ".."), { recursive: true });
  const stats = pixelStats(await canvas.screenshot({ path }), {});
  expect(stats.nonBackground / (stats.width * stats.height)).toBeGreaterThan(0.01);
});
