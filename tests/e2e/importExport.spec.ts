// Import and export in real Chromium: PNG at 2× (size and pixels), SVG (XML with the names),
// a PNG with editable data opened again as a new map, corrupt files refused with the open map
// untouched, a yEd GraphML file opened with its labels, and a LinkedIn export merged into the map
// and undone in one step.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Download, Locator, Page } from "@playwright/test";
import { EGO_COLOR, SPHERE_COLORS } from "../../src/render/colors";
import { changedShare, expect, pixelStats, shotPath, test, waitForMap } from "./support";

const sample = JSON.parse(readFileSync("data/sample-network.json", "utf8")) as {
  document: { title: string; people: Record<string, { name: string }>; ties: Record<string, unknown> };
};
const SAMPLE_NAMES = Object.values(sample.document.people).map((p) => p.name);
const SAMPLE_PEOPLE = SAMPLE_NAMES.length;
const SAMPLE_TIES = Object.keys(sample.document.ties).length;
const SPHERES = { family: SPHERE_COLORS.family, work: SPHERE_COLORS.work, third: SPHERE_COLORS.third, ego: EGO_COLOR };

interface MapCounts {
  readonly title: string;
  readonly people: number;
  readonly ties: number;
}

/** Title and counts of the open map, from the canvas's accessible name. */
async function mapCounts(page: Page): Promise<MapCounts> {
  const label = (await page.getByTestId("map-canvas").getAttribute("aria-label")) ?? "";
  const m = /^Network map of (.*): (\d+) people, (\d+) ties$/u.exec(label);
  if (!m) throw new Error(`unexpected map label: ${label}`);
  return { title: m[1] ?? "", people: Number(m[2]), ties: Number(m[3]) };
}

async function openSample(page: Page): Promise<void> {
  await page.goto("/");
  await waitForMap(page);
  expect(await mapCounts(page)).toEqual({ title: sample.document.title, people: SAMPLE_PEOPLE, ties: SAMPLE_TIES });
}

async function openExport(page: Page, format: string): Promise<Locator> {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await dialog.getByRole("radio", { name: format }).check();
  return dialog;
}

async function download(page: Page, dialog: Locator): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download" }).click(),
  ]);
  await expect(dialog).toBeHidden();
  return { file, bytes: readFileSync(await file.path()) };
}

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Import", exact: true }).click();
  return page.getByRole("dialog", { name: "Import people and ties" });
}

const tempDir = (): string => mkdtempSync(join(tmpdir(), "tsunagari-io-"));

/** Keeps an exported file next to the screenshots, for people to look at. */
function keep(name: string, data: Buffer | string): void {
  const path = shotPath(name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

/** The dialog's "Close" button (not the × in its corner). */
const closeButton = (dialog: Locator): Locator => dialog.getByText("Close", { exact: true });

test.describe("export", () => {
  test("exports a PNG at 2× the map's on-screen size with the spheres' colours", async ({ page }) => {
    await openSample(page);
    // The picture is 1440 × 900 at 1× whatever the window (src/app/picture.ts), × the ratio.
    const base = { width: 1440, height: 900 };
    const dialog = await openExport(page, "PNG image");
    await dialog.getByRole("combobox", { name: /^Size/u }).selectOption("2");
    await dialog.getByRole("combobox", { name: /^Area/u }).selectOption("whole");
    const { file, bytes } = await download(page, dialog);
    expect(file.suggestedFilename()).toMatch(/\.png$/u);
    keep("export-2x.png", bytes);
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const stats = pixelStats(bytes, SPHERES);
    expect({ width: stats.width, height: stats.height }).toEqual({ width: 2 * base.width, height: 2 * base.height });
    expect(stats.nonBackground / (stats.width * stats.height)).toBeGreaterThan(0.02);
    for (const colour of Object.keys(SPHERES)) expect(stats.near[colour], colour).toBeGreaterThan(400);
  });

  test("exports an SVG that is well-formed XML with every person's name", async ({ page }) => {
    await openSample(page);
    const dialog = await openExport(page, "SVG image (sharp at any size)");
    const { file, bytes } = await download(page, dialog);
    expect(file.suggestedFilename()).toMatch(/\.svg$/u);
    const text = bytes.toString("utf8");
    keep("export.svg", text);
    const errors: string[] = [];
    const xml = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") errors.push(message);
      },
    }).parseFromString(text, "image/svg+xml");
    expect(errors).toEqual([]);
    expect(xml.documentElement?.localName).toBe("svg");
    const labels = new Set(
      Array.from(xml.getElementsByTagName("text"))
        .map((t) => t.textContent?.trim() ?? "")
        .filter((t) => t !== ""),
    );
    expect(SAMPLE_NAMES.filter((n) => !labels.has(n))).toEqual([]);
    expect(labels).toContain("高橋 美咲");
  });
});

test.describe("import", () => {
  test("a PNG exported with editable data opens again as a new map with the same people and ties", async ({ page }) => {
    await openSample(page);
    const dialog = await openExport(page, "PNG image");
    await dialog.getByRole("checkbox", { name: /Include editable data/u }).check();
    const { bytes } = await download(page, dialog);
    const png = join(tempDir(), "my-network.png");
    writeFileSync(png, bytes);

    const importDialog = await openImport(page);
    await importDialog.getByLabel("Choose a file…").setInputFiles(png);
    await expect(importDialog).toContainText("PNG image with map data");
    await expect(importDialog).toContainText(`my-network.png: ${SAMPLE_PEOPLE - 1} people`);
    // A map image opens as a map by default (merging it into the open map is the other choice).
    await expect(importDialog.getByRole("radio", { name: /Open as a new map/u })).toBeChecked();
    await importDialog.getByRole("button", { name: "Import", exact: true }).click();
    await expect(importDialog.getByRole("status")).toHaveText(`Opened “${sample.document.title}” as a new map.`);
    await closeButton(importDialog).click();

    await waitForMap(page);
    expect(await mapCounts(page)).toEqual({ title: sample.document.title, people: SAMPLE_PEOPLE, ties: SAMPLE_TIES });
    await page.getByRole("button", { name: "Table", exact: true }).click();
    const table = page.getByRole("table");
    await expect(table.getByRole("caption")).toHaveText(`${SAMPLE_PEOPLE - 1} contacts`);
    const names = await table
      .getByRole("textbox", { name: /^Name of / })
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(new Set(names)).toEqual(new Set(SAMPLE_NAMES.filter((n) => n !== "高橋 美咲")));
  });

  test("a corrupt file is refused with a plain message naming it, and the open map is unchanged", async ({ page }) => {
    await openSample(page);
    const before = await mapCounts(page);
    const canvasBefore = await page.getByTestId("map-canvas").screenshot();
    const dir = tempDir();
    const json = join(dir, "truncated-map.json");
    writeFileSync(json, readFileSync("data/sample-network.json", "utf8").slice(0, 2000));
    const gexf = join(dir, "broken.gexf");
    writeFileSync(
      gexf,
      '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph>\n<nodes>\n<node id="a" label="Aiko">\n</nodes>\n</graph>\n</gexf>\n',
    );

    const dialog = await openImport(page);
    await dialog.getByLabel("Choose a file…").setInputFiles(json);
    const alert = dialog.getByRole("alert");
    await expect(alert).toContainText("This file could not be imported");
    await expect(alert).toContainText(/truncated-map\.json is not valid JSON/u);
    await expect(alert).toContainText("Your map has not been changed.");

    await dialog.getByLabel("Choose a file…").setInputFiles(gexf);
    await expect(alert).toContainText(/broken\.gexf is not well-formed XML/u);
    await expect(alert).not.toContainText("truncated-map.json");

    await dialog.getByLabel("Choose a file…").setInputFiles("tests/fixtures/import/with-map.truncated.png");
    await expect(alert).toContainText(/with-map\.truncated\.png is a damaged PNG image: the file ends too early/u);
    await page.screenshot({ path: shotPath("import-corrupt.png") });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();

    expect(await mapCounts(page)).toEqual(before);
    await page.waitForTimeout(300);
    expect(changedShare(canvasBefore, await page.getByTestId("map-canvas").screenshot())).toBeLessThan(0.005);
  });

  test("a yEd GraphML file opens as a new map with the labels of its nodes", async ({ page }) => {
    await openSample(page);
    const dialog = await openImport(page);
    await dialog.getByLabel("Choose a file…").setInputFiles("tests/fixtures/import/yed.graphml");
    await expect(dialog).toContainText("yed.graphml: 6 people");
    await dialog.getByRole("radio", { name: /Open as a new map/u }).check();
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    await expect(dialog.getByRole("status")).toContainText("as a new map");
    await closeButton(dialog).click();

    await waitForMap(page);
    await page.getByRole("button", { name: "Table", exact: true }).click();
    const table = page.getByRole("table");
    await expect(table.getByRole("caption")).toHaveText("6 contacts");
    const names = await table
      .getByRole("textbox", { name: /^Name of / })
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(new Set(names)).toEqual(
      new Set(["Alice", "田中 花子", "Bob Martin", "佐藤 健", "Emma Wilson", "鈴木 一郎"]),
    );
  });

  test("a LinkedIn export merged into the map adds people, and one undo removes them again", async ({ page }) => {
    await openSample(page);
    const before = await mapCounts(page);
    const dialog = await openImport(page);
    await dialog.getByLabel("Choose a file…").setInputFiles("tests/fixtures/import/Connections.csv");
    await expect(dialog).toContainText("LinkedIn connections");
    await expect(dialog.getByRole("radio", { name: /Add to the open map/u })).toBeChecked();
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    const status = dialog.getByRole("status");
    await expect(status).toContainText(/^Added \d+ people/u);
    const added = Number(/^Added (\d+)/u.exec((await status.textContent()) ?? "")?.[1]);
    expect(added).toBeGreaterThan(0);
    await closeButton(dialog).click();

    const merged = await mapCounts(page);
    expect(merged.title).toBe(before.title);
    expect(merged.people).toBe(before.people + added);
    expect(merged.ties).toBeGreaterThan(before.ties);
    await waitForMap(page);
    await page.getByTestId("map-canvas").screenshot({ path: shotPath("import-linkedin-merged.png") });

    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect.poll(() => mapCounts(page)).toEqual(before);
  });
});
