import { SPHERE_COLORS } from "../../src/render/colors";
import { expect, pixelStats, shotPath, test, waitForMap } from "./support";
import type { Page } from "@playwright/test";

const FAMILY = ["Yui", "Ken", "Mio", "Haru"];
const WORK = ["Aoi", "Ren", "Sora", "Riku", "Mei", "Kaito", "Hina", "Yuto"];
const PROBONO = ["Taro", "Emi", "Shun", "Nana"];
const STUDY = ["Daiki", "Rina", "Sota", "Yuna"];
const JOB = ["Kenji", "Asuka"];
const ADVICE = ["Makoto"];
const DORMANT = ["Satsuki", "Jun"];

async function typeNames(page: Page, names: readonly string[]): Promise<void> {
  for (const n of names) await page.keyboard.type(`${n}\n`);
}

async function next(page: Page, stepName: string): Promise<void> {
  const wizard = page.getByRole("dialog", { name: "Guided interview" });
  await wizard.getByRole("button", { name: "Next" }).click();
  await expect(wizard.getByText(new RegExp(`^Step \\d+ of 11: ${stepName}$`))).toBeVisible();
}

test.describe("guided interview", () => {
  test("maps 25 people from an empty map, keyboard first, and ends on the map", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    const started = Date.now();
    await page.getByRole("button", { name: "Guided interview" }).click();
    const wizard = page.getByRole("dialog", { name: "Guided interview" });
    await expect(wizard.getByLabel("Your name")).toBeFocused();
    await page.keyboard.type("Hana\n");
    await expect(wizard.getByText("Step 2 of 11: Family")).toBeVisible();

    await expect(wizard.getByLabel("Family member")).toBeFocused();
    await typeNames(page, FAMILY);
    await expect(wizard.getByRole("list", { name: "4 people named" })).toBeVisible();
    await next(page, "Work");
    await typeNames(page, WORK);
    await next(page, "Third communities");
    await expect(wizard.getByLabel("Third community")).toBeFocused();
    await page.keyboard.type("Pro bono team\n");
    await expect(wizard.getByLabel("Member of Pro bono team")).toBeFocused();
    await typeNames(page, PROBONO);
    await wizard.getByRole("button", { name: "+ Study group" }).click();
    await expect(wizard.getByLabel("Member of Study group")).toBeFocused();
    await typeNames(page, STUDY);
    const profile = wizard.getByRole("region", { name: "Study group" });
    await profile.getByText("Profile —").click();
    await profile.getByLabel("Newcomers are supported and can ask for advice openly").check();
    await profile
      .getByRole("group", { name: /How similar/ })
      .getByLabel("4")
      .check();
    await expect(profile.getByText("1 of 5 criteria met · similarity 4/5").first()).toBeVisible();
    await wizard.screenshot({ path: shotPath("wizard-third.png") });
    await next(page, "Job information");
    await typeNames(page, JOB);
    await next(page, "Career advice");
    await typeNames(page, ADVICE);
    await next(page, "Dormant ties");
    await typeNames(page, DORMANT);
    await next(page, "Tie strength");

    // One key per answer; focus walks the grid by itself.
    const rows = wizard.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(26);
    await expect(wizard.getByLabel("How often in contact with", { exact: false }).first()).toBeFocused();
    const freq = ["o", "c", "r", "c", "o"];
    let keys = "";
    for (let i = 0; i < 25; i++) keys += `${freq[i % 5]}${(i % 5) + 1}${((i + 2) % 5) + 1}${((i + 4) % 5) + 1}`;
    await page.keyboard.type(keys);
    await expect(rows.nth(1)).toContainText("Strong");
    await wizard.screenshot({ path: shotPath("wizard-strength.png") });
    await next(page, "Groups");
    for (const name of ["Family", "Workplace", "Pro bono team", "Study group"]) {
      await wizard.getByRole("button", { name: `Yes, everyone in ${name} knows each other` }).click();
    }
    await next(page, "Who knows whom");
    const question = wizard.getByTestId("census-question");
    await wizard.getByRole("radio", { name: "Pair by pair" }).check();
    await expect(question).toContainText("know each other?");
    await wizard.getByRole("button", { name: "Yes", exact: true }).focus();
    for (const key of ["y", "n", "s", "y", "n", "n", "y", "s"]) await page.keyboard.press(key);
    await expect(wizard.getByText(/^8 of \d+ pairs$/)).toBeVisible();
    await wizard.screenshot({ path: shotPath("wizard-census.png") });
    await wizard.getByRole("button", { name: "Finish" }).click();
    await expect(wizard.getByText("Step 11 of 11: Your map")).toBeVisible();
    await expect(wizard.getByText("25 people", { exact: true })).toBeVisible();
    await wizard.screenshot({ path: shotPath("wizard-done.png") });
    await wizard.getByRole("button", { name: "Show my map" }).click();
    await expect(wizard).toBeHidden();
    const seconds = (Date.now() - started) / 1000;
    console.log(`wizard 25 people: ${seconds.toFixed(1)} s`);

    await waitForMap(page);
    // 25 ego ties + cliques 6 + 28 + 6 + 6 + 3 census yes.
    await expect(page.getByTestId("map-canvas")).toHaveAttribute("aria-label", /26 people, 74 ties/);
    const stats = pixelStats(await page.getByTestId("map-canvas").screenshot({ path: shotPath("wizard-map.png") }), {
      family: SPHERE_COLORS.family,
      work: SPHERE_COLORS.work,
      third: SPHERE_COLORS.third,
    });
    expect(stats.near.family).toBeGreaterThan(200);
    expect(stats.near.work).toBeGreaterThan(200);
    expect(stats.near.third).toBeGreaterThan(200);
    expect(seconds).toBeLessThan(600);
  });

  test("resumes where it was left", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Guided interview" }).click();
    const wizard = page.getByRole("dialog", { name: "Guided interview" });
    await expect(wizard.getByLabel("Your name")).toBeFocused();
    await page.keyboard.type("Hana\n");
    await expect(wizard.getByLabel("Family member")).toBeFocused();
    await typeNames(page, ["Yui", "Ken"]);
    await next(page, "Work");
    await page.keyboard.press("Escape");
    await expect(wizard).toBeHidden();
    await page.getByRole("button", { name: "Guided interview" }).click();
    await expect(wizard.getByText("Step 3 of 11: Work")).toBeVisible();
    await expect(wizard.getByText("Welcome back — continuing where you left off.")).toBeVisible();
    await wizard.getByRole("button", { name: "Back" }).click();
    await expect(wizard.getByRole("list", { name: "2 people named" })).toContainText("Yui");
  });
});
