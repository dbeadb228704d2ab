import { DIMMED_COLOR, SPHERE_COLORS } from "../../src/render/colors";
import { colourBlobs, startEmptyMap } from "./editorHelpers";
import { expect, pixelStats, shotPath, test, waitForMap } from "./support";
import type { Page } from "@playwright/test";

const COLOURS = {
  family: SPHERE_COLORS.family,
  work: SPHERE_COLORS.work,
  third: SPHERE_COLORS.third,
};

async function mapLabel(page: Page): Promise<string> {
  return (await page.getByTestId("map-canvas").getAttribute("aria-label")) ?? "";
}

async function createCommunity(page: Page, name: string, sphere: string): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Communities" });
  await dialog.getByLabel("New community").fill(name);
  await dialog.getByRole("combobox", { name: "Sphere", exact: true }).selectOption({ label: sphere });
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(dialog.getByRole("textbox", { name: "Community name" }).last()).toHaveValue(name);
}

async function addPeople(page: Page, community: string, names: readonly string[]): Promise<void> {
  await page.getByRole("button", { name: "Add person" }).click();
  const dialog = page.getByRole("dialog", { name: "Add people" });
  await dialog.getByRole("checkbox", { name: new RegExp(`^${community}`) }).check();
  const input = dialog.getByLabel("Name", { exact: true });
  for (const n of names) {
    await input.fill(n);
    await input.press("Enter");
  }
  await expect(dialog.getByText(`Added ${names.length} people`)).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
}

test.describe("map editor", () => {
  test("builds a map from empty: communities, people, strengths, who knows whom", async ({ page }) => {
    await page.goto("/");
    await startEmptyMap(page);
    await page.keyboard.press("Escape");
    await waitForMap(page);
    expect(await mapLabel(page)).toContain("1 people, 0 ties");

    await page.getByRole("button", { name: "Communities" }).click();
    await createCommunity(page, "Sato family", "Family");
    await createCommunity(page, "Acme", "Work");
    await createCommunity(page, "Study group", "Third place");
    const manager = page.getByRole("dialog", { name: "Communities" });
    await manager.getByText("Profile —").click();
    await manager.getByLabel("You can come and go freely; no pressure to belong").check();
    await manager.getByLabel("Newcomers are supported and can ask for advice openly").check();
    await expect(manager.getByText("2 of 5 criteria met").first()).toBeVisible();
    await manager.screenshot({ path: shotPath("editor-communities.png") });
    await manager.getByRole("button", { name: "Done" }).click();

    await addPeople(page, "Sato family", ["Yui", "Ken", "Mio"]);
    await addPeople(page, "Acme", ["Aoi", "Ren", "Sora"]);
    await addPeople(page, "Study group", ["Taro", "Emi"]);
    await expect(page.getByTestId("live-region")).toContainText("Added Emi");
    expect(await mapLabel(page)).toContain("9 people, 8 ties");

    // The last added person is selected: answer Granovetter's questions and watch the band.
    const panel = page.getByTestId("person-panel");
    await expect(panel.getByRole("heading", { name: "Emi", exact: true })).toBeVisible();
    const tieQuestions = panel.getByRole("region", { name: "You and Emi" });
    await expect(tieQuestions.getByText("not rated yet")).toBeVisible();
    await panel.getByLabel("Rarely (once a year or less)").check();
    await expect(tieQuestions.getByText("0.07 · Very weak")).toBeVisible();
    await panel.getByRole("group", { name: "How close do you feel?" }).getByLabel("3").check();
    await expect(tieQuestions.getByText(/· Weak/)).toBeVisible();
    await panel.getByRole("group", { name: "How much do you help each other?" }).getByLabel("5").check();
    await expect(tieQuestions.getByText("0.52 · Strong")).toBeVisible();

    // (b) the "knows …" combobox with type-ahead.
    const combo = panel.getByRole("combobox", { name: "Knows …" });
    await combo.fill("ao");
    await expect(panel.getByRole("option", { name: "Aoi" })).toBeVisible();
    await combo.press("ArrowDown");
    await combo.press("Enter");
    await expect(panel.getByRole("button", { name: "Remove: Emi knows Aoi" })).toBeVisible();
    await page.screenshot({ path: shotPath("editor-person-panel.png") });

    // (c) everyone in Acme knows each other, then the census asks only across communities.
    await page.getByRole("button", { name: "Who knows whom", exact: true }).click();
    const census = page.getByRole("dialog", { name: "Who knows whom" });
    await census.getByRole("button", { name: "Yes, everyone in Acme knows each other" }).click();
    await census.getByRole("button", { name: "Yes, everyone in Sato family knows each other" }).click();
    await census.getByRole("radio", { name: "Pair by pair" }).check();
    const question = census.getByTestId("census-question");
    await expect(question).toContainText("know each other?");
    await census.getByRole("button", { name: "Yes", exact: true }).click();
    await census.getByRole("button", { name: "No", exact: true }).click();
    await census.getByRole("button", { name: "Skip", exact: true }).click();
    await census.screenshot({ path: shotPath("editor-census.png") });
    await census.getByRole("button", { name: "Done for now" }).click();
    // 8 ego ties + Emi–Aoi + 3 in Acme + 3 in the family + 1 census yes.
    expect(await mapLabel(page)).toContain("9 people, 16 ties");

    // (a) Shift+drag on the canvas from a family node to a study-group node.
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Close person panel" }).click();
    await waitForMap(page);
    const canvas = page.getByTestId("map-canvas");
    const box = await canvas.boundingBox();
    if (!box) throw new Error("no canvas");
    const shot = await canvas.screenshot({ path: shotPath("editor-built-map.png") });
    const stats = pixelStats(shot, COLOURS);
    expect(stats.near.family).toBeGreaterThan(150);
    expect(stats.near.work).toBeGreaterThan(150);
    expect(stats.near.third).toBeGreaterThan(100);
    const fam = colourBlobs(shot, SPHERE_COLORS.family);
    const third = colourBlobs(shot, SPHERE_COLORS.third);
    expect(fam.length).toBeGreaterThanOrEqual(3);
    expect(third.length).toBeGreaterThanOrEqual(2);
    const from = fam[0]!;
    const to = third[0]!;
    await page.mouse.move(box.x + from.x, box.y + from.y);
    await page.keyboard.down("Shift");
    await page.mouse.down();
    await page.mouse.move(box.x + (from.x + to.x) / 2, box.y + (from.y + to.y) / 2, { steps: 5 });
    await canvas.screenshot({ path: shotPath("editor-rubber-band.png") });
    await page.mouse.move(box.x + to.x, box.y + to.y, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up("Shift");
    await expect.poll(() => mapLabel(page)).toContain("9 people, 17 ties");

    // Plain drag moves a node and keeps it there.
    const mover = third[1]!;
    await page.mouse.move(box.x + mover.x, box.y + mover.y);
    await page.mouse.down();
    await page.mouse.move(box.x + 60, box.y + 60, { steps: 8 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    // The moved person is drawn at the drop point (in its colour, or dimmed if someone else is in focus).
    const dragged = await canvas.screenshot({ path: shotPath("editor-dragged.png") });
    const moved = [...colourBlobs(dragged, SPHERE_COLORS.third), ...colourBlobs(dragged, DIMMED_COLOR, 8)];
    expect(moved.some((b) => Math.abs(b.x - 60) < 25 && Math.abs(b.y - 60) < 25)).toBe(true);
    expect(await mapLabel(page)).toContain("17 ties");

    // The table lists all eight with their communities and bands.
    await page.getByRole("button", { name: "Table", exact: true }).click();
    const table = page.getByRole("table");
    await expect(table.getByRole("caption")).toHaveText("8 contacts");
    await expect(table.getByRole("row")).toHaveCount(9);
    for (const n of ["Yui", "Ken", "Mio", "Aoi", "Ren", "Sora", "Taro", "Emi"]) {
      await expect(table.getByRole("textbox", { name: `Name of ${n}` })).toHaveValue(n);
    }
    await expect(table.getByRole("row", { name: /Emi/ })).toContainText("Strong");
    await page.screenshot({ path: shotPath("editor-table.png") });
  });

  test("deletes a person after confirmation and brings them back with undo", async ({ page }) => {
    await page.goto("/");
    await startEmptyMap(page);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Add person" }).click();
    const dialog = page.getByRole("dialog", { name: "Add people" });
    await dialog.getByLabel("Name", { exact: true }).fill("Nao");
    await dialog.getByLabel("Name", { exact: true }).press("Enter");
    await dialog.getByRole("button", { name: "Done" }).click();
    const panel = page.getByTestId("person-panel");
    await panel.getByRole("button", { name: "Delete person" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete Nao?" });
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    await confirm.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page.getByTestId("live-region")).toContainText("Deleted Nao");
    expect(await mapLabel(page)).toContain("1 people, 0 ties");
    await expect(page.getByRole("button", { name: "Undo delete" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("live-region")).toContainText("Nao is back");
    expect(await mapLabel(page)).toContain("2 people, 1 ties");
  });

  test("an inline table edit shows on the canvas", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    const canvas = page.getByTestId("map-canvas");
    const before = pixelStats(await canvas.screenshot(), COLOURS);
    await page.getByRole("button", { name: "Table", exact: true }).click();
    const table = page.getByRole("table");
    await table.getByRole("button", { name: "Communities" }).click();
    await expect(table.locator("th[aria-sort]").first()).toHaveAttribute("aria-sort", "ascending");
    // Move every family member to the first work community: the family colour disappears.
    const familyRows = table.getByRole("row").filter({
      has: page.locator(`th .row-head > span.swatch[style*="${hexToRgb(SPHERE_COLORS.family)}"]`),
    });
    const names = await familyRows
      .getByRole("textbox")
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(names.length).toBeGreaterThan(0);
    for (const name of new Set(names)) {
      const row = table
        .getByRole("row")
        .filter({ has: page.getByRole("textbox", { name: `Name of ${name}`, exact: true }) });
      const details = row.locator("details");
      if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await row.locator("summary").click();
      await row
        .getByRole("checkbox", { name: /\(Work\)/ })
        .first()
        .check();
      const boxes = row.getByRole("checkbox");
      const n = await boxes.count();
      for (let j = 0; j < n; j++) {
        const label = (await boxes.nth(j).evaluate((e) => e.parentElement?.textContent)) ?? "";
        if (!label.includes("(Work)") && (await boxes.nth(j).isChecked())) await boxes.nth(j).uncheck();
      }
    }
    await page.screenshot({ path: shotPath("editor-table-edited.png") });
    await page.getByRole("button", { name: "Close person panel" }).click();
    await page.getByRole("button", { name: "Map", exact: true }).click();
    await waitForMap(page);
    const after = pixelStats(await canvas.screenshot({ path: shotPath("editor-table-edit-map.png") }), COLOURS);
    expect(before.near.family).toBeGreaterThan(200);
    expect(after.near.family).toBeLessThan((before.near.family ?? 0) / 4);
    expect(after.near.work).toBeGreaterThan(before.near.work ?? 0);
  });
  test("speaks Japanese: the questions, the live band and the interview", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "日本語" }).click();
    await page.getByRole("button", { name: "人を追加" }).click();
    const dialog = page.getByRole("dialog", { name: "人を追加" });
    await dialog.getByLabel("名前", { exact: true }).fill("佐藤 結衣");
    await dialog.getByLabel("名前", { exact: true }).press("Enter");
    await dialog.getByRole("button", { name: "完了" }).click();
    const questions = page.getByRole("region", { name: "あなたと 佐藤 結衣 さん" });
    await expect(questions.getByText("どのくらいの頻度で連絡を取りますか？")).toBeVisible();
    await questions.getByLabel("よく（週2回以上）").check();
    await expect(questions.getByText("0.91・強い")).toBeVisible();
    await page.screenshot({ path: shotPath("editor-ja-panel.png") });
    await page.getByRole("button", { name: "インタビュー", exact: true }).click();
    const wizard = page.getByRole("dialog", { name: "ガイド付きインタビュー" });
    await expect(wizard.getByText("ステップ 1／11：はじめに")).toBeVisible();
    await expect(wizard.getByRole("button", { name: "空の地図から始める" })).toBeVisible();
  });
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
