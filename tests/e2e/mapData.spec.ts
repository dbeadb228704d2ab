// Data that belongs to a map lives in its document, so it survives a reload: which positions the
// clusters layout wrote (they give way to the rings again), census answers and interview progress.
import type { Page } from "@playwright/test";
import { EGO_COLOR } from "../../src/render/colors";
import { colourBlobs } from "./editorHelpers";
import { changedShare, expect, runClustersLayout, shotPath, test, waitForMap } from "./support";

const saveStatus = (page: Page) => page.getByTestId("save-status");

async function openSample(page: Page) {
  await page.goto("/");
  await waitForMap(page);
  await expect(page.getByTestId("top-sources").locator("li")).toHaveCount(3, { timeout: 20_000 });
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
}

/** Switches to clusters and back to the rings (the view is framed the same way each time). */
async function showRings(page: Page): Promise<Buffer> {
  await page.getByRole("button", { name: "Clusters", exact: true }).click();
  await page.waitForTimeout(1000);
  await page.getByRole("button", { name: "Ego rings" }).click();
  await page.waitForTimeout(1000);
  return page.getByTestId("map-canvas").screenshot();
}

test("A reload after the clusters layout keeps the cluster positions as layout positions", async ({ page }) => {
  await openSample(page);
  const canvas = page.getByTestId("map-canvas");
  const box = await canvas.boundingBox();
  if (!box) throw new Error("no canvas");
  const plainRings = await canvas.screenshot();

  // Place the ego by hand, away from the centre of the rings.
  const [ego] = colourBlobs(plainRings, EGO_COLOR);
  if (!ego) throw new Error("ego not drawn");
  await page.mouse.move(box.x + ego.x, box.y + ego.y);
  await page.mouse.down();
  await page.mouse.move(box.x + ego.x + 160, box.y + ego.y + 90, { steps: 8 });
  await page.mouse.up();
  // Dropping the ego selects it: close its panel, or its emphasis would be in one screenshot and
  // not the other (a reload clears the selection).
  await page.getByRole("button", { name: "Close person panel" }).click();
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  const rings = await showRings(page);
  await canvas.screenshot({ path: shotPath("mapdata-rings-hand-placed.png") });
  expect(changedShare(plainRings, rings)).toBeGreaterThan(0.02);

  await runClustersLayout(page);
  const clusters = await canvas.screenshot({ path: shotPath("mapdata-clusters.png") });
  expect(changedShare(rings, clusters)).toBeGreaterThan(0.02);
  await expect(saveStatus(page)).toHaveText("Saved in this browser");

  await page.reload();
  await waitForMap(page);
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  await page.getByRole("button", { name: "Clusters", exact: true }).click();
  await page.waitForTimeout(1000);
  const clustersAgain = await canvas.screenshot({ path: shotPath("mapdata-clusters-after-reload.png") });
  expect(changedShare(clusters, clustersAgain)).toBeLessThan(0.01);

  // Back in the rings: everyone the layout placed returns to the rings; the ego stays where it was put.
  await page.getByRole("button", { name: "Ego rings" }).click();
  await page.waitForTimeout(1000);
  const back = await canvas.screenshot({ path: shotPath("mapdata-rings-after-reload.png") });
  expect(changedShare(rings, back)).toBeLessThan(0.01);
});

test("census answers are undone like any edit and survive a reload", async ({ page }) => {
  await openSample(page);
  const openCensus = async () => {
    await page.getByRole("button", { name: "Who knows whom", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Who knows whom" });
    await dialog.getByRole("radio", { name: "Pair by pair" }).check();
    return dialog;
  };
  let census = await openCensus();
  const question = census.getByTestId("census-question");
  const first = (await question.textContent()) ?? "";
  expect(first).toContain("know each other?");
  await census.getByRole("button", { name: "No", exact: true }).click();
  await expect(question).not.toHaveText(first);
  const second = (await question.textContent()) ?? "";
  await census.getByRole("button", { name: "No", exact: true }).click();
  await expect(question).not.toHaveText(second);
  await expect(census.getByText(/^2 of \d+ pairs$/)).toBeVisible();
  await census.getByRole("button", { name: "Done for now" }).click();
  await expect(census).toBeHidden();

  // Undo takes the last "no" back: that pair is asked again; the first "no" stays.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  census = await openCensus();
  await expect(census.getByTestId("census-question")).toHaveText(second);
  await census.getByRole("button", { name: "Done for now" }).click();
  await expect(saveStatus(page)).toHaveText("Saved in this browser");

  await page.reload();
  await waitForMap(page);
  census = await openCensus();
  await expect(census.getByTestId("census-question")).toHaveText(second);
  await expect(census.getByText(/^1 of \d+ pairs$/)).toBeVisible();
});

test("the guided interview resumes after a reload where it was left", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  await page.getByRole("button", { name: "Guided interview" }).click();
  const wizard = page.getByRole("dialog", { name: "Guided interview" });
  await expect(wizard.getByLabel("Your name")).toBeFocused();
  await page.keyboard.type("Hana\n");
  await expect(wizard.getByLabel("Family member")).toBeFocused();
  await page.keyboard.type("Yui\nKen\n");
  for (const step of ["Work", "Third communities", "Job information"]) {
    await wizard.getByRole("button", { name: "Next" }).click();
    await expect(wizard.getByText(new RegExp(`^Step \\d+ of 11: ${step}$`))).toBeVisible();
  }
  await page.keyboard.type("Kenji\n");
  await expect(wizard.getByRole("list", { name: "1 person named" })).toContainText("Kenji");
  await page.keyboard.press("Escape");
  await expect(wizard).toBeHidden();
  await expect(saveStatus(page)).toHaveText("Saved in this browser");

  await page.reload();
  await waitForMap(page);
  await page.getByRole("button", { name: "Guided interview" }).click();
  await expect(wizard.getByText("Step 5 of 11: Job information")).toBeVisible();
  await expect(wizard.getByText("Welcome back — continuing where you left off.")).toBeVisible();
  await expect(wizard.getByRole("list", { name: /named$/ })).toContainText("Kenji");
});

test("an interview left by an earlier version in localStorage is resumed from the map after the upgrade", async ({
  page,
}) => {
  await openSample(page);
  const key = "tsunagari.wizard.sample-takahashi";
  await page.evaluate(
    (k) => window.localStorage.setItem(k, JSON.stringify({ step: "advice", mentions: { advice: ["boss"] } })),
    key,
  );
  await page.reload();
  await waitForMap(page);
  await expect.poll(() => page.evaluate((k) => window.localStorage.getItem(k), key)).toBeNull();
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  await page.reload();
  await waitForMap(page);
  await page.getByRole("button", { name: "Guided interview" }).click();
  const wizard = page.getByRole("dialog", { name: "Guided interview" });
  await expect(wizard.getByText("Step 6 of 11: Career advice")).toBeVisible();
  await expect(wizard.getByRole("list", { name: "1 person named" })).toContainText("森田 浩二");
});
