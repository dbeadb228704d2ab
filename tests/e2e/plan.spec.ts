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
