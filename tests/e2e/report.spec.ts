// The one-page report in real Chromium, in English and Japanese: the PDF the browser's print
// makes of it (page.pdf on the print view, as "Save as PDF" would) has exactly one A4 page in
// portrait and in landscape and holds the top three sources as the insights panel names them,
// both scores and the map with every person; the SVG and PNG are the same page.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { DOMParser } from "@xmldom/xmldom";
import type { Locator, Page } from "@playwright/test";
import { generateLinkedInExport } from "../support/linkedinExport";
import { expect, pixelStats, test, waitForMap } from "./support";

const sample = JSON.parse(readFileSync("data/sample-network.json", "utf8")) as {
  document: { title: string; people: Record<string, { name: string }> };
};
const sampleTitle = sample.document.title;
const SAMPLE_NAMES = Object.values(sample.document.people).map((p) => p.name);

type Lang = "en" | "ja";
const SIZES = [
  { size: "portrait", landscape: false },
  { size: "landscape", landscape: true },
] as const;
const LABELS = {
  en: {
    button: "Report",
    portrait: "A4 portrait",
    landscape: "A4 landscape",
    pdf: /^PDF/u,
    svg: "SVG image",
    png: "PNG image",
    submit: "Create report",
  },
  ja: {
    button: "レポート",
    portrait: "A4 縦",
    landscape: "A4 横",
    pdf: /^PDF/u,
    svg: "SVG 画像",
    png: "PNG 画像",
    submit: "レポートを作る",
  },
} as const;

interface PanelFacts {
  readonly sources: string[];
  readonly bridging: string;
  readonly diversity: string;
}

/** Opens the sample in `lang` and reads what the insights panel shows. */
async function openSample(page: Page, lang: Lang): Promise<PanelFacts> {
  // The print dialog cannot be driven headless: count the calls, then print with page.pdf.
  await page.addInitScript(() => {
    const w = window as unknown as { print: () => void; __printed: number };
    w.__printed = 0;
    w.print = () => {
      w.__printed += 1;
    };
  });
  await page.goto("/");
  await waitForMap(page);
  if (lang === "ja") await page.getByRole("button", { name: "日本語" }).click();
  const items = page.getByTestId("top-sources").locator("li .person-name");
  await expect(items).toHaveCount(3, { timeout: 20_000 });
  return {
    sources: await items.allInnerTexts(),
    bridging: (await page.getByTestId("score-bridging-value").innerText()).trim(),
    diversity: (await page.getByTestId("score-diversity-value").innerText()).trim(),
  };
}

async function openReport(page: Page, lang: Lang, size: "portrait" | "landscape", format: "pdf" | "svg" | "png") {
  const l = LABELS[lang];
  await page.getByRole("button", { name: l.button, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: l.button });
  await dialog.getByRole("radio", { name: l[size] }).check();
  await dialog.getByRole("radio", { name: l[format] }).check();
  return dialog;
}

async function submit(dialog: Locator, lang: Lang): Promise<void> {
  await dialog.getByRole("button", { name: LABELS[lang].submit }).click();
}

/** Text of a PDF as poppler's pdftotext reads it, with its page count. */
function pdfFacts(path: string): { pages: number; text: string } {
  const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/u.exec(info)?.[1] ?? 0);
  return { pages, text: execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" }) };
}

/** Writes page 1 of the PDF as /tmp/<name>.png at 80 dpi, for people to look at. */
function pdfPicture(pdf: string, name: string): void {
  execFileSync("pdftoppm", ["-png", "-r", "80", "-singlefile", pdf, `/tmp/${name}`]);
}

const squash = (s: string): string => s.replace(/\s+/gu, "");

for (const lang of ["en", "ja"] as const) {
  test(`prints a one-page A4 PDF in both orientations with the sources, scores and map (${lang})`, async ({ page }) => {
    const facts = await openSample(page, lang);
    for (const { size, landscape } of SIZES) {
      const dialog = await openReport(page, lang, size, "pdf");
      await submit(dialog, lang);
      await expect(dialog).toBeHidden();
      expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBeGreaterThan(0);
      const root = page.locator("#report-print");
      await expect(root).toHaveAttribute("data-size", `a4-${size}`);
      // The map: a nested <svg> drawing every person of the sample.
      const mapPeople = await root.locator(".report-map svg .people circle").count();
      expect(mapPeople).toBe(SAMPLE_NAMES.length);
      // Every text of the page (the map's own labels aside) inside the page and clear of the others,
      // with boxes from the browser's own text metrics.
      // On screen the print layer is hidden (and has no boxes): look at it as print lays it out.
      await page.emulateMedia({ media: "print" });
      const clashes = await root.evaluate((el) => {
        const svg = el.querySelector(":scope > svg") as SVGSVGElement;
        const page = svg.viewBox.baseVal;
        const boxes = [...svg.querySelectorAll(":scope > text")].map((t) => ({
          text: t.textContent ?? "",
          box: (t as SVGTextElement).getBBox(),
        }));
        const out: string[] = [];
        for (const { text, box } of boxes) {
          if (box.width <= 0 || box.height <= 0) out.push(`not drawn: ${text}`);
          if (box.x < 0 || box.y < 0 || box.x + box.width > page.width || box.y + box.height > page.height)
            out.push(`off the page: ${text}`);
        }
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            const dx = Math.min(a.box.x + a.box.width, b.box.x + b.box.width) - Math.max(a.box.x, b.box.x);
            const dy = Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y);
            if (dx > 0.5 && dy > 0.5) out.push(`"${a.text}" over "${b.text}"`);
          }),
        );
        return { out, count: boxes.length };
      });
      expect(clashes.count).toBeGreaterThan(40);
      expect(clashes.out).toEqual([]);
      await page.emulateMedia({ media: null });
      const path = `/tmp/report-${lang}-${size}.pdf`;
      writeFileSync(path, await page.pdf({ format: "A4", landscape }));
      pdfPicture(path, `report-${lang}-${size}`);
      const { pages, text } = pdfFacts(path);
      expect(pages, `${path}: pages`).toBe(1);
      const flat = squash(text);
      for (const name of facts.sources) expect(flat, `${path}: source ${name}`).toContain(squash(name));
      expect(flat).toContain(facts.bridging);
      expect(flat).toContain(facts.diversity);
      const named = SAMPLE_NAMES.filter((n) => flat.includes(squash(n)));
      expect(named.length, `${path}: people named on the map`).toBe(SAMPLE_NAMES.length);
    }
  });

  test(`saves the same page as SVG with the sources, scores and map (${lang})`, async ({ page }) => {
    const facts = await openSample(page, lang);
    for (const { size } of SIZES) {
      const dialog = await openReport(page, lang, size, "svg");
      const [file] = await Promise.all([page.waitForEvent("download"), submit(dialog, lang)]);
      expect(file.suggestedFilename()).toMatch(new RegExp(`-report-${size}\\.svg$`, "u"));
      const text = readFileSync(await file.path(), "utf8");
      writeFileSync(`/tmp/report-${lang}-${size}.svg`, text);
      const xml = new DOMParser().parseFromString(text, "image/svg+xml");
      const svg = xml.documentElement;
      expect(svg?.localName).toBe("svg");
      expect(svg?.getAttribute("width")).toBe(size === "portrait" ? "210mm" : "297mm");
      const texts = Array.from(xml.getElementsByTagName("text")).map((t) => t.textContent ?? "");
      const all = squash(texts.join(""));
      for (const name of facts.sources) expect(all).toContain(squash(name));
      expect(texts).toContain(facts.bridging);
      expect(texts).toContain(facts.diversity);
      const inner = Array.from(xml.getElementsByTagName("svg")).filter((s) => s !== svg);
      expect(inner).toHaveLength(1);
      for (const name of SAMPLE_NAMES) expect(texts).toContain(name);
    }
  });
}

test("saves the page as a PNG at 2× A4 (192 dpi) with the map drawn", async ({ page }) => {
  await openSample(page, "en");
  await page.locator("header").screenshot({ path: "/tmp/report-header.png" });
  const dialog = await openReport(page, "en", "portrait", "png");
  const [file] = await Promise.all([page.waitForEvent("download"), submit(dialog, "en")]);
  expect(file.suggestedFilename()).toMatch(/-report-portrait\.png$/u);
  const bytes = readFileSync(await file.path());
  writeFileSync("/tmp/report-en-portrait-download.png", bytes);
  const stats = pixelStats(bytes, {});
  expect({ width: stats.width, height: stats.height }).toEqual({ width: 1588, height: 2246 });
  // A page with a map and text: far from blank, far from filled.
  expect(stats.nonBackground / (stats.width * stats.height)).toBeGreaterThan(0.04);
  expect(stats.nonBackground / (stats.width * stats.height)).toBeLessThan(0.6);
});

test("hides every name and the title when asked, in the text and in the map", async ({ page }) => {
  await openSample(page, "en");
  const dialog = await openReport(page, "en", "portrait", "svg");
  await dialog.getByRole("checkbox", { name: /Hide names/u }).check();
  await dialog.screenshot({ path: "/tmp/report-dialog.png" });
  const axe = await new AxeBuilder({ page })
    .include("dialog[open]")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  const [file] = await Promise.all([page.waitForEvent("download"), submit(dialog, "en")]);
  const text = readFileSync(await file.path(), "utf8");
  writeFileSync("/tmp/report-en-portrait-anonymised.svg", text);
  expect(file.suggestedFilename()).not.toContain(sampleTitle.slice(0, 4));
  for (const name of SAMPLE_NAMES) expect(text, name).not.toContain(name);
  // The title names its owner ("高橋 美咲のネットワーク / Misaki Takahashi's network"): none of its names.
  expect(text).not.toContain(sampleTitle);
  const titleNames = sampleTitle.split(/[\s/]+/u).filter((w) => /^[A-Z\p{Script=Han}]/u.test(w));
  expect(titleNames.length).toBeGreaterThan(1);
  for (const part of titleNames) expect(text).not.toContain(part);
  // Still the whole report: numbered people on the map, three sources, both scores.
  const xml = new DOMParser().parseFromString(text, "image/svg+xml");
  expect(xml.getElementsByTagName("circle").length).toBeGreaterThan(SAMPLE_NAMES.length);
  expect(text).toContain("Person 1");
});

test("a 200-contact LinkedIn map still gives one page with its top three sources", async ({ page }) => {
  const { text, distinctPeople } = generateLinkedInExport(200);
  const file = join(mkdtempSync(join(tmpdir(), "tsunagari-report-")), "Connections.csv");
  writeFileSync(file, text);
  await openSample(page, "en");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const importer = page.getByRole("dialog", { name: "Import people and ties" });
  await importer.getByLabel("Choose a file…").setInputFiles(file);
  await expect(importer).toContainText(`Connections.csv: ${distinctPeople} people`);
  await importer.getByRole("radio", { name: /Open as a new map/u }).check();
  await importer.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("map-canvas")).toHaveAttribute(
    "aria-label",
    new RegExp(`: ${distinctPeople + 1} people`, "u"),
  );
  await importer.getByText("Close", { exact: true }).click();
  const items = page.getByTestId("top-sources").locator("li .person-name");
  // The panel shows the new map's sources once its scores have arrived (until then, the old
  // scores' people, named by their ids since the new map has no such person).
  const old = new Set([...SAMPLE_NAMES, ...Object.keys(sample.document.people)]);
  await expect
    .poll(async () => (await items.allInnerTexts()).filter((n) => !old.has(n)).length, {
      timeout: 30_000,
    })
    .toBe(3);
  const sources = await items.allInnerTexts();
  for (const { size, landscape } of SIZES) {
    const dialog = await openReport(page, "en", size, "pdf");
    await submit(dialog, "en");
    await expect(dialog).toBeHidden();
    await expect(page.locator("#report-print")).toHaveAttribute("data-size", `a4-${size}`);
    const path = `/tmp/report-linkedin200-${size}.pdf`;
    writeFileSync(path, await page.pdf({ format: "A4", landscape }));
    pdfPicture(path, `report-linkedin200-${size}`);
    const facts = pdfFacts(path);
    expect(facts.pages).toBe(1);
    for (const name of sources) expect(squash(facts.text)).toContain(squash(name));
  }
});
