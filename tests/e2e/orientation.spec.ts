import { expect, shotPath, test, waitForMap } from "./support";

test.describe("orientation on the first screen", () => {
  test("the sample says it is a sample and 'Start my own map' creates an empty map of one's own", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    const banner = page.getByRole("region", { name: "Start my own map" });
    await expect(banner).toContainText("This is a sample");
    await expect(banner).toContainText("高橋 美咲");
    await page.screenshot({ path: shotPath("orientation-sample-banner.png") });
    await banner.getByRole("button", { name: "Start my own map" }).click();
    const form = page.getByRole("form", { name: "New map" });
    await expect(form).toBeVisible();
    await form.getByLabel("Your name (the centre of the map)").fill("山田 太郎");
    await form.getByRole("button", { name: "Create map" }).click();
    await expect(page.getByRole("dialog")).toBeHidden();
    await expect(page.getByText("This is a sample")).toHaveCount(0);
    await expect(page.locator(".map-title")).toHaveText("My network");
    await expect(page.getByText(/^0 contacts/u)).toBeVisible();
  });

  test("the help page explains weak ties, structural holes, third places and every score, in both languages", async ({
    page,
  }) => {
    await page.goto("/");
    await waitForMap(page);
    await page.getByRole("button", { name: "Help", exact: true }).click();
    const help = page.getByRole("dialog", { name: "How to read your map" });
    await expect(help).toContainText("Granovetter");
    await expect(help).toContainText("Burt");
    await expect(help.getByRole("listitem")).toHaveCount(5);
    for (const term of ["Constraint", "Effective size", "Efficiency", "E–I index", "Bridging", "Diversity"])
      await expect(help.getByRole("term").filter({ hasText: term })).toHaveCount(1);
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();

    await page.getByRole("button", { name: "日本語" }).click();
    await page
      .getByRole("region", { name: "自分のマップを作る" })
      .getByRole("button", { name: "スコアの意味は？" })
      .click();
    const ja = page.getByRole("dialog", { name: "マップの読み方" });
    await expect(ja).toContainText("グラノヴェッター");
    await expect(ja).toContainText("第3のコミュニティ");
    await expect(ja.getByRole("term").filter({ hasText: "制約度" })).toHaveCount(1);
    await page.screenshot({ path: shotPath("orientation-help-ja.png") });
  });
});
