// The action plan on the sample map: an action added from a suggestion appears in the Plan tab,
// can be ticked off, an action typed from scratch with the IME keeps its Japanese title, and a
// reload keeps the plan.
import { expect, shotPath, test, waitForMap } from "./support";
import { imeType } from "./ime";

test("adds an action from a suggestion, ticks it off, adds one typed with the IME, and keeps them after reload", async ({
  page,
}) => {
  await page.goto("/");
  await waitForMap(page);
  const suggestion = page.getByTestId("suggestions").locator("li").first();
  await suggestion.getByRole("button", { name: /^Add to plan/u }).click();
  await expect(suggestion.getByTestId("in-plan")).toHaveText("In your plan");

  await page.getByRole("button", { name: "Progress", exact: true }).click();
  await page.getByRole("tab", { name: "Action plan" }).click();
  const open = page.getByTestId("plan-open").getByTestId("plan-item");
  await expect(open).toHaveCount(1);
  await page.screenshot({ path: shotPath("plan-en.png") });

  await open.first().getByRole("checkbox").click();
  await expect(page.getByTestId("plan-done").getByTestId("plan-item")).toHaveCount(1);

  const form = page.getByRole("form", { name: "Add an action" });
  await form.getByRole("radio", { name: "Share a small output" }).check();
  await form.getByLabel("What to do").click();
  await imeType(page, "どくしょかい", "読書会");
  await expect(form.getByLabel("What to do")).toHaveValue("読書会");
  await expect(open).toHaveCount(0);
  await form.getByRole("button", { name: "Add to plan" }).click();
  await expect(open).toHaveCount(1);
  await expect(open.first()).toContainText("読書会");

  await page.waitForTimeout(1500);
  await page.reload();
  await waitForMap(page);
  await page.getByRole("button", { name: "日本語" }).click();
  await page.getByRole("button", { name: "経過と計画", exact: true }).click();
  await page.getByRole("tab", { name: "行動計画" }).click();
  await expect(page.getByTestId("plan-open").getByTestId("plan-item")).toHaveCount(1);
  await expect(page.getByTestId("plan-done").getByTestId("plan-item")).toHaveCount(1);
  await page.screenshot({ path: shotPath("plan-ja.png") });
});

test("an action ticked off between two snapshots is named in their comparison", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const progress = page.getByRole("dialog", { name: "Progress over time" });
  const snapshot = async (name: string) => {
    await page.getByRole("button", { name: "Progress", exact: true }).click();
    await progress.getByRole("tab", { name: "Snapshots" }).click();
    await progress.getByLabel("Name of the snapshot").fill(name);
    await progress.getByRole("button", { name: "Take a snapshot" }).click();
    await expect(progress.getByText(`Snapshot “${name}” saved.`, { exact: false })).toBeVisible();
    await page.keyboard.press("Escape");
  };
  await snapshot("Before");

  const suggestion = page.getByTestId("suggestions").locator("li").first();
  await suggestion.getByRole("button", { name: /^Add to plan/u }).click();
  await page.getByRole("button", { name: "Progress", exact: true }).click();
  await progress.getByRole("tab", { name: "Action plan" }).click();
  const item = progress.getByTestId("plan-open").getByTestId("plan-item").first();
  const title = (await item.locator(".plan-item-title").innerText()).trim();
  await item.getByRole("checkbox").click();
  await expect(progress.getByTestId("plan-done").getByTestId("plan-item")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await snapshot("After");

  await page.getByRole("button", { name: "Progress", exact: true }).click();
  await progress.getByRole("tab", { name: "Compare" }).click();
  for (const [label, name] of [
    ["From", "Before"],
    ["To", "After"],
  ] as const) {
    const select = progress.getByRole("combobox", { name: label, exact: true });
    const value = await select.locator("option", { hasText: name }).first().getAttribute("value");
    await select.selectOption(value!);
  }
  const done = progress.getByTestId("list-actions-done");
  await expect(done).toContainText(title);
  await page.screenshot({ path: shotPath("plan-compare-en.png") });
});
