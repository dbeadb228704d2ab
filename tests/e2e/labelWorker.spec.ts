// A map of more than OFF_THREAD_CANDIDATES (5,000) people is named by the label worker on its
// deferred frames (labelsLayer.ts, labelPlacer.ts): the labels are the ones the page places on
// its own thread where that worker cannot start, pixel for pixel.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Page } from "@playwright/test";
import { importLinkedIn } from "./largeImport";
import { changedShare, expect, pixelStats, quietShot, shotPath, test, waitForMap } from "./support";

const ROWS = 6000;

/** The saved map reopened by a reload, analysed and drawn. */
async function reopened(page: Page, people: number): Promise<Buffer> {
  await page.reload();
  await waitForMap(page);
  await expect(page.getByTestId("map-canvas")).toHaveAttribute(
    "aria-label",
    new RegExp(`: ${people + 1} people, `, "u"),
  );
  await expect(page.locator(".metrics-status")).toHaveAttribute("data-status", "ready", { timeout: 60_000 });
  return quietShot(page, 40);
}

const labelWorkers = (page: Page) => page.workers().filter((w) => /labelWorker/u.test(w.url())).length;

test("a 6,000-person map is named off the main thread, with the labels the page would place itself", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await waitForMap(page);
  const people = await importLinkedIn(page, ROWS);
  expect(people).toBeGreaterThan(5000);
  await expect(page.locator(".metrics-status")).toHaveAttribute("data-status", "ready", { timeout: 60_000 });

  const offThread = await reopened(page, people);
  expect(labelWorkers(page)).toBe(1);
  // Where no label worker can start, the page names the map itself.
  await page.addInitScript(() => {
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        if (/labelWorker/u.test(String(url))) throw new Error("no label worker in this test");
        super(url, options);
      }
    };
  });
  const onPage = await reopened(page, people);
  expect(labelWorkers(page)).toBe(0);
  for (const [name, png] of [
    ["labels-off-thread.png", offThread],
    ["labels-on-page.png", onPage],
  ] as const) {
    mkdirSync(dirname(shotPath(name)), { recursive: true });
    writeFileSync(shotPath(name), png);
  }
  // Named: the labels' near-black text is there (a few hundred pixels at least) …
  const text = pixelStats(offThread, { text: "#1f1f1f" }, 60).near.text ?? 0;
  expect(text).toBeGreaterThan(400);
  // … and the very same, pixel for pixel.
  expect(changedShare(offThread, onPage)).toBe(0);
});
