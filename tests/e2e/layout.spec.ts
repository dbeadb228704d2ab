// Layouts that fit: one header row on a laptop, a phone layout where the map fills the screen and
// the panels open as a bottom sheet, and side panels whose content never sticks out of them.
// Screenshots for people to look at: /tmp/look-<size>-<lang>[-open].png (and test-results/screens).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, shotPath, test, waitForMap } from "./support";

const LAPTOP = { width: 1280, height: 720 };
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
type Size = { width: number; height: number };

async function open(page: Page, size: Size, lang: "en" | "ja" = "en"): Promise<void> {
  await page.setViewportSize(size);
  await page.goto("/");
  await waitForMap(page);
  if (lang === "ja") {
    await page.getByRole("button", { name: "日本語" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("つながり");
  }
  await page.evaluate(() => document.fonts.ready);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/look-${name}.png` });
  await page.screenshot({ path: shotPath(`layout-${name}.png`) });
}

/** The visible children of the header and the header's own height. */
async function headerRows(page: Page) {
  return page.locator(".app-header").evaluate((header) => {
    const visible = [...header.children].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
    const boxes = visible.map((el) => {
      const r = el.getBoundingClientRect();
      return { name: el.className || el.tagName, top: r.top, bottom: r.bottom, width: r.width };
    });
    const overflow = Math.max(
      header.scrollWidth - header.clientWidth,
      document.documentElement.scrollWidth - innerWidth,
    );
    return { height: header.getBoundingClientRect().height, boxes, overflow };
  });
}

/**
 * Every visible descendant of each side panel whose box sticks out of the panel's box (more than
 * half a pixel, left or right). Elements inside a closed <details> or hidden are skipped.
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const panel of document.querySelectorAll<HTMLElement>(".app-side, .map-side")) {
      const p = panel.getBoundingClientRect();
      if (p.width === 0) continue;
      for (const el of panel.querySelectorAll<HTMLElement>("*")) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || el.closest(".visually-hidden")) continue;
        if (r.right > p.right + 0.5 || r.left < p.left - 0.5) {
          const what = `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).replace(/ /g, ".") : ""}`;
          found.push(
            `${panel.className}: ${what} [${Math.round(r.left)}, ${Math.round(r.right)}] outside [${Math.round(p.left)}, ${Math.round(p.right)}] "${(el.textContent ?? "").trim().slice(0, 30)}"`,
          );
        }
      }
    }
    return found;
  });
}

/** Selects a person the keyboard way (the table's first row), back on the map with the person panel open. */
async function selectPerson(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Table", exact: true }).click();
  await page.getByRole("table").getByRole("textbox").first().focus();
  await page.getByRole("button", { name: "Map", exact: true }).click();
  await waitForMap(page);
}

/** Opens the panels one by one and checks that none of their content overflows at each step. */
async function checkPanels(page: Page, label: string): Promise<void> {
  expect(await overflowing(page), `${label}: insights`).toEqual([]);
  const more = page.getByRole("button", { name: /^Show \d+ more/ });
  if (await more.count()) {
    await more.first().click();
    expect(await overflowing(page), `${label}: all sources shown`).toEqual([]);
  }
  // What-if: a planned person in a new community (the longest form), then a tie's combobox open.
  const whatIf = page.getByRole("form", { name: "Add a planned person" });
  await whatIf.getByLabel("Name", { exact: true }).fill("山田 花子 (planned, a rather long name for the field)");
  expect(await overflowing(page), `${label}: what-if form`).toEqual([]);
  const tieA = page.getByRole("form", { name: "Add a planned tie" }).getByRole("combobox").first();
  await tieA.fill("高");
  expect(await overflowing(page), `${label}: what-if combobox open`).toEqual([]);
  await tieA.press("Escape");
  await selectPerson(page);
  await expect(page.getByTestId("person-panel")).toBeVisible();
  expect(await overflowing(page), `${label}: person panel`).toEqual([]);
}

test.describe("layouts that fit", () => {
  test("at 1280×720 the header is one row, in English and in Japanese", async ({ page }) => {
    for (const lang of ["en", "ja"] as const) {
      await open(page, LAPTOP, lang);
      await shoot(page, `1280x720-${lang}`);
      const { height, boxes, overflow } = await headerRows(page);
      console.log(
        `${lang} header ${Math.round(height)} px: ${boxes.map((b) => `${b.name} ${Math.round(b.width)}`).join(", ")}`,
      );
      const first = boxes[0];
      if (!first) throw new Error("empty header");
      // One row: every child overlaps the first child's line; the header is one control high.
      for (const b of boxes) expect(b.top, `${lang}: ${b.name} starts on the first row`).toBeLessThan(first.bottom);
      expect(height, `${lang}: header height`).toBeLessThanOrEqual(64);
      expect(overflow, `${lang}: px of header or page wider than the window`).toBeLessThanOrEqual(0);
    }
  });

  test("at 1440×900 the header is one row and the map is wide", async ({ page }) => {
    for (const lang of ["en", "ja"] as const) {
      await open(page, DESKTOP, lang);
      await shoot(page, `1440x900-${lang}`);
      const { height, overflow } = await headerRows(page);
      expect(height).toBeLessThanOrEqual(64);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });

  test("on a 390×844 phone the map fills the screen and the panels open as a bottom sheet", async ({ page }) => {
    await open(page, PHONE);
    const map = await page.getByTestId("map-canvas").boundingBox();
    if (!map) throw new Error("no map");
    const share = (map.width * map.height) / (PHONE.width * PHONE.height);
    console.log(
      `phone: map ${Math.round(map.width)}×${Math.round(map.height)} = ${Math.round(share * 100)}% of the screen`,
    );
    expect(share).toBeGreaterThanOrEqual(0.6);
    await shoot(page, "390x844-en");

    const toggle = page.getByRole("button", { name: "Panels" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("heading", { name: "What your network tells you" })).toBeHidden();
    // Opens: the panels show, focus moves into the sheet.
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    const sheet = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
    await expect(sheet).toBeVisible();
    await expect(page.getByRole("heading", { name: "What your network tells you" })).toBeVisible();
    expect(await sheet.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await shoot(page, "390x844-en-open");
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    // Escape closes and gives focus back to the toggle; the keyboard opens it again.
    await page.keyboard.press("Escape");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(toggle).toBeFocused();
    await expect(sheet).toBeHidden();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    // The map stays the same size under the sheet (no reflow of the drawing).
    const mapOpen = await page.getByTestId("map-canvas").boundingBox();
    expect(mapOpen?.height).toBe(map.height);
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");

    await page.getByRole("button", { name: "日本語" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("つながり");
    await shoot(page, "390x844-ja");
    const toggleJa = page.getByRole("button", { name: "パネル" });
    await toggleJa.click();
    await expect(toggleJa).toHaveAttribute("aria-expanded", "true");
    await shoot(page, "390x844-ja-open");
  });

  test("a phone on its side (844×390) also gets the full-screen map and the sheet", async ({ page }) => {
    await open(page, { width: 844, height: 390 });
    const map = await page.getByTestId("map-canvas").boundingBox();
    if (!map) throw new Error("no map");
    expect((map.width * map.height) / (844 * 390)).toBeGreaterThanOrEqual(0.6);
    const toggle = page.getByRole("button", { name: "Panels" });
    await toggle.click();
    await expect(page.getByRole("heading", { name: "What your network tells you" })).toBeVisible();
    expect(await overflowing(page)).toEqual([]);
    await shoot(page, "844x390-en-open");
  });

  for (const size of [LAPTOP, DESKTOP, PHONE]) {
    test(`at ${size.width}×${size.height} no element is wider than its side panel`, async ({ page }) => {
      await open(page, size);
      const toggle = page.getByRole("button", { name: "Panels" });
      if (await toggle.isVisible()) await toggle.click();
      await checkPanels(page, `${size.width}×${size.height}`);
      if (size === PHONE) await shoot(page, "390x844-en-person");
    });
  }
});
