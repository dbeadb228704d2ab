// Getting around the map on the sample (40 people): the camera starts fitted; zoom in / out and
// "whole map" work by button and by key (also with a Japanese IME on); the search finds a
// Japanese name typed without its space, centres the person and opens their panel; arrow keys
// walk from person to person; and the hover emphasis never gets stuck after an edit or a drag.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { parseNative } from "../../src/io/native";
import { DIMMED_COLOR, EGO_COLOR, SPHERE_COLORS } from "../../src/render/colors";
import { colourBlobs } from "./editorHelpers";
import { expect, pixelStats, test, waitForMap } from "./support";

const parsed = parseNative(readFileSync("data/sample-network.json", "utf8"));
if (!parsed.ok) throw new Error("sample must parse");
const sample = parsed.value;

const canvasOf = (page: Page) => page.getByTestId("map-canvas");
async function ratio(page: Page): Promise<number> {
  return Number(await canvasOf(page).getAttribute("data-camera-ratio"));
}
/** Waits for the camera animation to end and returns the ratio. */
async function settledRatio(page: Page): Promise<number> {
  await page.waitForTimeout(450);
  return ratio(page);
}

async function open(page: Page) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/");
  await waitForMap(page);
  // The scores arrive: sizes and label priorities are final.
  await expect(page.getByTestId("top-sources").locator("li")).toHaveCount(3, { timeout: 20_000 });
  await page.waitForTimeout(300);
}

test.describe("map navigation", () => {
  test("the camera starts fitted; zoom and fit work with the buttons", async ({ page }) => {
    await open(page);
    expect(await ratio(page)).toBeCloseTo(1, 3);
    await canvasOf(page).screenshot({ path: "/tmp/nav-sample-fitted.png" });
    await page.getByRole("button", { name: "Zoom in" }).click();
    const zoomedIn = await settledRatio(page);
    expect(zoomedIn).toBeLessThan(0.8);
    await page.getByRole("button", { name: "Zoom out" }).click();
    await page.getByRole("button", { name: "Zoom out" }).click();
    const zoomedOut = await settledRatio(page);
    expect(zoomedOut).toBeGreaterThan(1.2);
    await canvasOf(page).screenshot({ path: "/tmp/nav-sample-zoomed-out.png" });
    await page.getByRole("button", { name: "Show the whole map" }).click();
    expect(await settledRatio(page)).toBeCloseTo(1, 3);
  });

  test("+ − 0 zoom by keyboard, also typed through a Japanese IME, but not while typing in a field", async ({
    page,
  }) => {
    await open(page);
    await page.keyboard.press("Equal");
    const a = await settledRatio(page);
    expect(a).toBeLessThan(0.8);
    await page.keyboard.press("Minus");
    await page.keyboard.press("Minus");
    const b = await settledRatio(page);
    expect(b).toBeGreaterThan(a * 2);
    await page.keyboard.press("Digit0");
    expect(await settledRatio(page)).toBeCloseTo(1, 3);
    // IME on: the key is hidden ("Process", keyCode 229) or full width (＋); the physical key decides.
    const press = (init: { key: string; code: string; shiftKey?: boolean; keyCode?: number }) =>
      page.evaluate((i) => {
        const e = new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...i });
        if (i.keyCode !== undefined) Object.defineProperty(e, "keyCode", { value: i.keyCode });
        document.body.dispatchEvent(e);
      }, init);
    await press({ key: "Process", code: "Equal", keyCode: 229 });
    const c = await settledRatio(page);
    expect(c).toBeLessThan(0.8);
    await press({ key: "＋", code: "Semicolon", shiftKey: true });
    expect(await settledRatio(page)).toBeLessThan(c * 0.8);
    await press({ key: "０", code: "Digit0" });
    expect(await settledRatio(page)).toBeCloseTo(1, 3);
    // Typing "+" or "0" in the search field types; the map stays where it is.
    await page.getByRole("combobox", { name: "Find a person" }).pressSequentially("+0-");
    expect(await settledRatio(page)).toBeCloseTo(1, 3);
  });

  test("search finds a Japanese name typed without its space, centres the person and opens them", async ({ page }) => {
    await open(page);
    const search = page.getByRole("combobox", { name: "Find a person" });
    await search.click();
    await search.pressSequentially("青木隼人");
    const option = page.getByRole("option", { name: /青木 隼人/u });
    await expect(option).toBeVisible();
    await expect(search).toHaveAttribute("aria-expanded", "true");
    // Enter while the IME is composing confirms the conversion, it does not pick.
    await search.evaluate((el) =>
      el.dispatchEvent(
        new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true, isComposing: true }),
      ),
    );
    await expect(page.getByTestId("person-panel")).toBeHidden();
    await search.press("Enter");
    const panel = page.getByTestId("person-panel");
    await expect(panel).toBeVisible();
    await expect(panel.getByLabel("Name", { exact: true })).toHaveValue("青木 隼人");
    await page.waitForTimeout(700);
    expect(await ratio(page)).toBeLessThanOrEqual(0.6 + 1e-6);
    // The person is drawn at the middle of the map, in their own colour (the others are dimmed).
    const shot = await canvasOf(page).screenshot({ path: "/tmp/nav-sample-after-search.png" });
    const aoki = sample.people["aoki" as keyof typeof sample.people];
    const community = sample.communities[aoki?.communityIds[0] as keyof typeof sample.communities];
    const colour = SPHERE_COLORS[community?.sphere ?? "none"];
    const box = await canvasOf(page).boundingBox();
    if (!box) throw new Error("no canvas");
    const blobs = colourBlobs(shot, colour, 30, 20);
    expect(
      blobs.some((b) => Math.abs(b.x - box.width / 2) < 12 && Math.abs(b.y - box.height / 2) < 12),
      `a ${colour} dot at the centre (${box.width / 2}, ${box.height / 2}); found ${JSON.stringify(blobs.slice(0, 5))}`,
    ).toBe(true);
    // A reading in Latin letters finds the same person; the keyboard picks with the arrow keys.
    await search.fill("");
    await search.pressSequentially("aoki");
    await expect(page.getByRole("option", { name: /青木 隼人/u })).toHaveAttribute("aria-selected", "true");
  });

  test("arrow keys move from person to person with a focus ring, Enter opens the person", async ({ page }) => {
    await open(page);
    const before = await canvasOf(page).screenshot();
    await page.getByRole("combobox", { name: "Find a person" }).focus();
    await page.keyboard.press("Shift+Tab");
    await expect(canvasOf(page)).toBeFocused();
    // Tab lands on the map: the keyboard starts on the ego, announced by name.
    await expect(page.getByTestId("map-focus-announcement")).toHaveText("You: 高橋 美咲");
    await page.keyboard.press("ArrowRight");
    const announced = page.getByTestId("map-focus-announcement");
    await expect(announced).not.toHaveText("You: 高橋 美咲");
    const name = (await announced.textContent()) ?? "";
    expect(sample.people).toBeDefined();
    expect(Object.values(sample.people).some((p) => p.name === name)).toBe(true);
    const ring = await canvasOf(page).screenshot({ path: "/tmp/nav-keyboard-focus.png" });
    // The focus ring is drawn in its own blue.
    expect(pixelStats(ring, { ring: "#0b57d0" }, 30).near.ring ?? 0).toBeGreaterThan(
      (pixelStats(before, { ring: "#0b57d0" }, 30).near.ring ?? 0) + 40,
    );
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("person-panel").getByLabel("Name", { exact: true })).toHaveValue(name);
  });
});

test.describe("emphasis never gets stuck", () => {
  /** Pixels of the dimmed grey: many while someone is in focus, few when nobody is. */
  const dimmed = (png: Buffer) => pixelStats(png, { dim: DIMMED_COLOR }, 6).near.dim ?? 0;

  test("hover, click, rename with Enter, close the panel, move to empty canvas: the map is not dimmed", async ({
    page,
  }) => {
    await open(page);
    const canvas = canvasOf(page);
    const box = await canvas.boundingBox();
    if (!box) throw new Error("no canvas");
    const empty = { x: box.x + box.width - 30, y: box.y + box.height - 30 };
    await page.mouse.move(empty.x, empty.y);
    const base = await canvas.screenshot();
    const target = colourBlobs(base, SPHERE_COLORS.family)[0];
    if (!target) throw new Error("no family dot on the map");
    await page.mouse.move(box.x + target.x, box.y + target.y, { steps: 4 });
    await page.waitForTimeout(200);
    const hovered = await canvas.screenshot();
    expect(dimmed(hovered)).toBeGreaterThan(dimmed(base) + 2000);
    await page.mouse.click(box.x + target.x, box.y + target.y);
    const name = page.getByTestId("person-panel").getByLabel("Name", { exact: true });
    await name.fill("改名 テスト");
    await name.press("Enter");
    await page.getByRole("button", { name: "Close person panel" }).click();
    await page.mouse.move(box.x + target.x + 2, box.y + target.y + 1);
    await page.mouse.move(empty.x, empty.y, { steps: 6 });
    await page.waitForTimeout(300);
    const after = await canvas.screenshot({ path: "/tmp/nav-after-rename.png" });
    expect(dimmed(after)).toBeLessThan(dimmed(base) + (dimmed(hovered) - dimmed(base)) / 5);
  });

  test("after dropping a dragged person, a click between people (even on a tie) ends the emphasis", async ({
    page,
  }) => {
    await open(page);
    const canvas = canvasOf(page);
    const box = await canvas.boundingBox();
    if (!box) throw new Error("no canvas");
    const empty = { x: box.x + box.width - 30, y: box.y + box.height - 30 };
    await page.mouse.move(empty.x, empty.y);
    const base = await canvas.screenshot();
    const ego = colourBlobs(base, EGO_COLOR)[0];
    // The family member nearest the ego: a strong tie, drawn as a thick solid line.
    const target = ego
      ? colourBlobs(base, SPHERE_COLORS.family).sort(
          (a, b) => Math.hypot(a.x - ego.x, a.y - ego.y) - Math.hypot(b.x - ego.x, b.y - ego.y),
        )[0]
      : undefined;
    if (!ego || !target) throw new Error("no ego or family dots on the map");
    await page.mouse.move(box.x + target.x, box.y + target.y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.move(box.x + target.x + 40, box.y + target.y + 30, { steps: 8 });
    await page.mouse.up();
    await page.waitForTimeout(400);
    const dragged = await canvas.screenshot();
    expect(dimmed(dragged)).toBeGreaterThan(dimmed(base) + 2000);
    await page.waitForTimeout(900);
    // Halfway along the (emphasised) tie from the ego to the dropped person: no person there.
    const dropped = { x: target.x + 40, y: target.y + 30 };
    const between = { x: box.x + (ego.x + dropped.x) / 2, y: box.y + (ego.y + dropped.y) / 2 };
    await page.mouse.move(between.x, between.y, { steps: 6 });
    await page.mouse.click(between.x, between.y);
    await page.waitForTimeout(300);
    await page.mouse.move(empty.x, empty.y, { steps: 4 });
    await page.waitForTimeout(300);
    const after = await canvas.screenshot({ path: "/tmp/nav-after-drag-click.png" });
    expect(dimmed(after)).toBeLessThan(dimmed(base) + (dimmed(dragged) - dimmed(base)) / 5);
    await expect(page.getByTestId("person-panel")).toBeHidden();
  });
});
