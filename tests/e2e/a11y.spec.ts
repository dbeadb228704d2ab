import AxeBuilder from "@axe-core/playwright";
import { expect, test, waitForMap } from "./support";
import type { Page } from "@playwright/test";

async function seriousViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  console.log(
    `axe ${include ?? "page"}: ${result.passes.length} rules pass, ${result.violations.length} violated (${serious.length} serious/critical)`,
  );
  for (const v of result.violations) console.log(`  ${v.impact}: ${v.id} (${v.nodes.length}) ${v.help}`);
  return serious.map((v) => ({
    id: v.id,
    impact: v.impact,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
  }));
}

test.describe("accessibility (axe-core)", () => {
  test("main view with a person selected has no serious or critical violation", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    await page.getByRole("button", { name: "Table", exact: true }).click();
    await page.getByRole("table").getByRole("textbox").first().focus();
    await page.getByRole("button", { name: "Map", exact: true }).click();
    await waitForMap(page);
    await expect(page.getByTestId("person-panel")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("the table view has no serious or critical violation and sorts with aria-sort", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Table", exact: true }).click();
    const strength = page.getByRole("columnheader", { name: "Strength" });
    await strength.getByRole("button").click();
    await expect(strength).toHaveAttribute("aria-sort", "ascending");
    await strength.getByRole("button").click();
    await expect(strength).toHaveAttribute("aria-sort", "descending");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("the guided interview has no serious or critical violation at its steps", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Guided interview" }).click();
    const wizard = page.getByRole("dialog", { name: "Guided interview" });
    await expect(wizard.getByLabel("Your name")).toBeFocused();
    expect(await seriousViolations(page, "dialog")).toEqual([]);
    await wizard.getByRole("button", { name: /^Continue with/ }).click();
    await expect(wizard.getByText("Step 2 of 11: Family")).toBeVisible();
    expect(await seriousViolations(page, "dialog")).toEqual([]);
    for (let i = 0; i < 6; i++) await wizard.getByRole("button", { name: "Next" }).click();
    await expect(wizard.getByText("Step 8 of 11: Tie strength")).toBeVisible();
    expect(await seriousViolations(page, "dialog")).toEqual([]);
    await wizard.getByRole("button", { name: "Next" }).click();
    await wizard.getByRole("button", { name: "Next" }).click();
    await expect(wizard.getByTestId("census-person")).toBeVisible();
    expect(await seriousViolations(page, "dialog")).toEqual([]);
    await wizard.getByRole("radio", { name: "Pair by pair" }).check();
    await expect(wizard.getByTestId("census-question")).toBeVisible();
    expect(await seriousViolations(page, "dialog")).toEqual([]);
  });

  test("dialogs are keyboard operable and return focus to their opener", async ({ page }) => {
    await page.goto("/");
    const opener = page.getByRole("button", { name: "Communities" });
    await opener.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Communities" });
    await expect(dialog).toBeVisible();
    expect(await seriousViolations(page, "dialog")).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
});
