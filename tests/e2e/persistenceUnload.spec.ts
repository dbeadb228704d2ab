// No edit is lost to a reload, a tab close or a navigation that comes right after it, before the
// ~500 ms autosave debounce fires: the page writes a draft on pagehide, merged on the next start.
import type { Page } from "@playwright/test";
import { expect, test } from "./support";

const saveStatus = (page: Page) => page.getByTestId("save-status");

async function peopleOnMap(page: Page): Promise<number> {
  const label = (await page.getByTestId("map-canvas").getAttribute("aria-label")) ?? "";
  const m = /: (\d+) people, \d+ ties$/u.exec(label);
  if (!m) throw new Error(`unexpected map label: ${label}`);
  return Number(m[1]);
}

/** Adds one person through the Add people dialog and leaves it open (no extra time passes). */
async function addPerson(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: "Add person" }).click();
  const dialog = page.getByRole("dialog", { name: "Add people" });
  const input = dialog.getByLabel("Name", { exact: true });
  await input.fill(name);
  await input.press("Enter");
  await expect(dialog.getByText("Added 1 person")).toBeVisible();
}

async function namesInTable(page: Page): Promise<string[]> {
  await page.getByRole("button", { name: "Table", exact: true }).click();
  return page
    .getByRole("table")
    .getByRole("textbox", { name: /^Name of / })
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}

/** Records the type of every dialog the page opens, and accepts it (as a user leaving would). */
function acceptDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  return dialogs;
}

/** Opens the app with the sample saved, recording any dialog. */
async function openSaved(page: Page): Promise<{ dialogs: string[]; people: number }> {
  const dialogs = acceptDialogs(page);
  await page.goto("/");
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  return { dialogs, people: await peopleOnMap(page) };
}

for (const delayMs of [0, 50]) {
  test(`add a person, reload ${delayMs} ms later: the person is there after the reload`, async ({ page }) => {
    const { dialogs, people } = await openSaved(page);
    await addPerson(page, "Reload Ryo");
    await page.waitForTimeout(delayMs);
    // The autosave has not run yet: this is the edit a reload used to lose.
    await expect(saveStatus(page)).toHaveAttribute("data-status", "pending");
    await page.reload();
    await expect(saveStatus(page)).toHaveText("Saved in this browser");
    expect(await peopleOnMap(page)).toBe(people + 1);
    expect(await namesInTable(page)).toContain("Reload Ryo");
    // Nothing to ask: the edit was kept without a prompt.
    expect(dialogs).toEqual([]);
  });
}

test("add a person, close the tab at once: the person is there in a new tab", async ({ page, context }) => {
  const { people } = await openSaved(page);
  const tab = await context.newPage();
  const dialogs = acceptDialogs(tab);
  await tab.goto("/");
  await expect(saveStatus(tab)).toHaveText("Saved in this browser");
  await addPerson(tab, "Closing Chie");
  await expect(saveStatus(tab)).toHaveAttribute("data-status", "pending");
  await tab.close({ runBeforeUnload: true });
  await expect.poll(() => tab.isClosed()).toBe(true);
  expect(dialogs).toEqual([]);

  await page.reload();
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  expect(await peopleOnMap(page)).toBe(people + 1);
  expect(await namesInTable(page)).toContain("Closing Chie");
});

test("add a person, navigate away at once: the person is there on coming back", async ({ page }) => {
  const { people } = await openSaved(page);
  await addPerson(page, "Leaving Leo");
  await expect(saveStatus(page)).toHaveAttribute("data-status", "pending");
  await page.goto("/manifest.webmanifest");
  await page.goto("/");
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  expect(await peopleOnMap(page)).toBe(people + 1);
});

test("measures the unload draft write and the normal autosave write", async ({ page }) => {
  await openSaved(page);
  await addPerson(page, "Measured Mei");
  // The pagehide handler as the browser would call it, on a page that lives on to see it end.
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true })));
  await expect(saveStatus(page)).toHaveAttribute("data-draft-ms", /\d+/u);
  await expect(saveStatus(page)).toHaveText("Saved in this browser");
  const draftMs = Number(await saveStatus(page).getAttribute("data-draft-ms"));
  const writeMs = Number(await saveStatus(page).getAttribute("data-write-ms"));
  console.log(`40-person sample: draft write on pagehide ${draftMs} ms, autosave write ${writeMs} ms`);
  expect(draftMs).toBeLessThan(1000);
});
