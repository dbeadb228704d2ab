// Who knows whom in real Chromium: a community's pairs picked in its grid, the census answered by
// keyboard as a Japanese IME delivers the keys, and the interview filling a map just created.
import type { Page } from "@playwright/test";
import { expect, shotPath, test, waitForMap } from "./support";

const wizardOf = (page: Page) => page.getByRole("dialog", { name: "Guided interview" });

async function next(page: Page, stepName: string): Promise<void> {
  await wizardOf(page).getByRole("button", { name: "Next" }).click();
  await expect(wizardOf(page).getByText(new RegExp(`^Step \\d+ of 11: ${stepName}$`))).toBeVisible();
}

async function typeNames(page: Page, names: readonly string[]): Promise<void> {
  for (const n of names) await page.keyboard.type(`${n}\n`);
}

/** A keydown on the focused element, as an IME sends it (or with a full-width key). */
async function imeKey(page: Page, init: { key: string; code: string; keyCode?: number; isComposing?: boolean }) {
  await page.evaluate((i) => {
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, ...i }));
  }, init);
}

/** New map from the interview with family (and work) members, up to the Groups step. */
async function interviewTo(page: Page, family: readonly string[], work: readonly string[]): Promise<void> {
  await page.goto("/");
  await waitForMap(page);
  await page.getByRole("button", { name: "Guided interview" }).click();
  await expect(wizardOf(page).getByLabel("Your name")).toBeFocused();
  await page.keyboard.type("Hana\n");
  await expect(wizardOf(page).getByLabel("Family member")).toBeFocused();
  await typeNames(page, family);
  await next(page, "Work");
  await typeNames(page, work);
  for (const step of [
    "Third communities",
    "Job information",
    "Career advice",
    "Dormant ties",
    "Tie strength",
    "Groups",
  ])
    await next(page, step);
}

async function finish(page: Page): Promise<void> {
  const wizard = wizardOf(page);
  await wizard.getByRole("button", { name: "Finish" }).click();
  await wizard.getByRole("button", { name: "Show my map" }).click();
  await expect(wizard).toBeHidden();
  await waitForMap(page);
}

test.describe("who knows whom", () => {
  test("picking who knows whom within a community creates exactly those ties", async ({ page }) => {
    await interviewTo(page, ["Yui", "Ken", "Mio", "Haru"], []);
    const wizard = wizardOf(page);
    await wizard.getByRole("button", { name: "Pick who knows whom in Family" }).click();
    const grid = wizard.getByRole("table", { name: "Who knows whom in Family" });
    await grid.getByRole("checkbox", { name: "Ken and Yui know each other" }).check();
    // Keyboard: Space ticks the focused pair.
    await grid.getByRole("checkbox", { name: "Haru and Mio know each other" }).focus();
    await page.keyboard.press("Space");
    await expect(wizard.getByText("2 of 6 pairs known")).toBeVisible();
    await wizard.screenshot({ path: shotPath("census-grid.png") });
    await wizard.getByRole("button", { name: "The others in Family don't know each other" }).click();
    await expect(wizard.getByText("6 of 6 pairs known")).toBeVisible();
    await next(page, "Who knows whom");
    await expect(wizard.getByTestId("census-known")).toContainText("6 of 6 pairs of your contacts answered");
    await expect(wizard.getByText("No more pairs to ask about.")).toBeVisible();
    await finish(page);
    // 4 ego ties + the 2 picked pairs, nothing else.
    await expect(page.getByTestId("map-canvas")).toHaveAttribute("aria-label", /5 people, 6 ties/);
  });

  test("the census answers keys typed with the IME on, from the first question", async ({ page }) => {
    await interviewTo(page, ["Yui", "Ken", "Mio"], ["Aoi", "Ren", "Sora"]);
    const wizard = wizardOf(page);
    for (const name of ["Family", "Workplace"])
      await wizard.getByRole("button", { name: `Yes, everyone in ${name} knows each other` }).click();
    await next(page, "Who knows whom");
    await expect(wizard.getByTestId("census-known")).toContainText("6 of 15 pairs of your contacts answered");

    // Person by person: the first box has the focus; an IME "Process" key Y ticks it.
    const person = wizard.getByTestId("census-person");
    const asked = await person.textContent();
    await expect(wizard.getByRole("checkbox").first()).toBeFocused();
    await imeKey(page, { key: "Process", code: "KeyY", keyCode: 229 });
    await expect(wizard.getByRole("checkbox").first()).toBeChecked();
    // The Enter that confirms a conversion does not save; a plain Enter does.
    await imeKey(page, { key: "Enter", code: "Enter", keyCode: 229, isComposing: true });
    await expect(person).toHaveText(asked ?? "");
    await page.keyboard.press("Enter");
    await expect(wizard.getByText("1 person answered so far")).toBeVisible();
    await expect(person).not.toHaveText(asked ?? "");
    await expect(wizard.getByTestId("census-known")).toContainText("9 of 15 pairs of your contacts answered");
    await wizard.screenshot({ path: shotPath("census-person.png") });

    // Pair by pair: focus on the question, full-width ｎ and IME Y answer.
    await wizard.getByRole("radio", { name: "Pair by pair" }).check();
    const question = wizard.getByTestId("census-question");
    await expect(question).toBeVisible();
    await expect(page.locator(".census-card")).toBeFocused();
    await imeKey(page, { key: "ｎ", code: "KeyN" });
    await imeKey(page, { key: "Process", code: "KeyY", keyCode: 229 });
    // The person's two other pairs recorded as strangers, then ｎ and Y.
    await expect(wizard.getByText(/^4 of \d+ pairs$/)).toBeVisible();
    await expect(wizard.getByTestId("census-known")).toContainText("11 of 15 pairs of your contacts answered");
    await wizard.screenshot({ path: shotPath("census-pair.png") });
    await finish(page);
    // 6 ego ties + 3 + 3 in the communities + 1 ticked + 1 yes.
    await expect(page.getByTestId("map-canvas")).toHaveAttribute("aria-label", /7 people, 14 ties/);
  });

  test("the interview on a map just created fills it: no second map in the maps menu", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    await page.getByRole("button", { name: "Maps", exact: true }).click();
    let maps = page.getByRole("dialog", { name: "Your maps" });
    await maps.getByRole("button", { name: "New map" }).click();
    await maps.getByLabel("Map name").fill("Work network");
    await maps.getByLabel("Your name (the centre of the map)").fill("Ken");
    await maps.getByRole("button", { name: "Create map" }).click();
    await expect(maps).toBeHidden();
    await expect(page.locator(".map-title")).toHaveText("Work network");

    await page.getByRole("button", { name: "Guided interview" }).click();
    const wizard = wizardOf(page);
    await expect(wizard.getByText("Your map “Work network” is still empty")).toBeVisible();
    await expect(wizard.getByLabel("Your name")).toHaveValue("Ken");
    await wizard.screenshot({ path: shotPath("census-start-open-map.png") });
    await page.keyboard.press("Enter");
    await expect(wizard.getByLabel("Family member")).toBeFocused();
    await typeNames(page, ["Yui", "Mio"]);
    await page.keyboard.press("Escape");
    await expect(wizard).toBeHidden();
    await expect(page.locator(".map-title")).toHaveText("Work network");
    await expect(page.getByTestId("map-canvas")).toHaveAttribute("aria-label", /3 people, 2 ties/);

    await page.getByRole("button", { name: "Maps", exact: true }).click();
    maps = page.getByRole("dialog", { name: "Your maps" });
    // The sample and the named map, now holding the interview's people; no third map.
    await expect(maps.getByRole("list", { name: "Saved maps" }).getByRole("listitem")).toHaveCount(2);
    await expect(maps.getByRole("list", { name: "Saved maps" })).toContainText("Work network");
  });

  test("works in Japanese on the sample: a community grid and the census by IME keys", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    await page.getByRole("button", { name: "日本語" }).click();
    await page.getByRole("button", { name: "誰と誰が知り合いか", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "誰と誰が知り合いか" });
    await expect(dialog.getByTestId("census-known")).toContainText("回答済み");
    const before = await dialog.getByTestId("census-known").textContent();
    // The census, person by person: an IME "Process" key Y ticks the focused person, Enter saves.
    const person = dialog.getByTestId("census-person");
    await expect(person).toContainText("この中の誰と知り合いですか");
    await dialog.getByRole("checkbox").first().focus();
    await imeKey(page, { key: "Process", code: "KeyY", keyCode: 229 });
    await expect(dialog.getByRole("checkbox").first()).toBeChecked();
    await page.keyboard.press("Enter");
    await expect(dialog.getByText("これまでに 1 人について回答")).toBeVisible();
    await expect(dialog.getByTestId("census-known")).not.toHaveText(before ?? "");
    await dialog
      .getByRole("button", { name: /の中で誰と誰が知り合いか選ぶ$/ })
      .first()
      .click();
    await expect(dialog.getByRole("table").first()).toBeVisible();
    await dialog.screenshot({ path: shotPath("census-ja.png") });
  });
});
