// Japanese names that just work: one person per name however it is spaced (鈴木花子 is 鈴木 花子),
// an Enter that confirms an IME conversion never submits, LinkedIn's 健太 / 中村 becomes 中村 健太,
// planned (what-if) items never show in real counts or lists, and the undo toast is the undo step.
import { expect, shotPath, test, waitForMap } from "./support";
import type { Locator, Page } from "@playwright/test";

/** People and ties of the open map, from the canvas's accessible name. */
async function mapCounts(page: Page): Promise<{ people: number; ties: number }> {
  const label = (await page.getByTestId("map-canvas").getAttribute("aria-label")) ?? "";
  const m = /: (\d+) people, (\d+) ties$/u.exec(label);
  if (!m) throw new Error(`unexpected map label: ${label}`);
  return { people: Number(m[1]), ties: Number(m[2]) };
}

async function openSample(page: Page): Promise<void> {
  await page.goto("/");
  await waitForMap(page);
}

async function openAddPeople(page: Page): Promise<{ dialog: Locator; input: Locator }> {
  await page.getByRole("button", { name: "Add person" }).click();
  const dialog = page.getByRole("dialog", { name: "Add people" });
  return { dialog, input: dialog.getByLabel("Name", { exact: true }) };
}

async function tableNames(page: Page): Promise<string[]> {
  await page.getByRole("button", { name: "Table", exact: true }).click();
  const names = await page
    .getByTestId("people-table")
    .getByRole("textbox", { name: /^Name of / })
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  await page.getByRole("button", { name: "Map", exact: true }).click();
  return names;
}

test.describe("one name, one person", () => {
  test("typing 鈴木花子 in Add people when 鈴木 花子 exists offers her and adds no duplicate", async ({ page }) => {
    await openSample(page);
    const start = await mapCounts(page);
    const { dialog, input } = await openAddPeople(page);
    await input.fill("鈴木 花子");
    await input.press("Enter");
    await expect(dialog.getByText("Added 1 person")).toBeVisible();
    await input.pressSequentially("鈴木花子");
    const option = dialog.getByRole("listbox", { name: "People already on your map" }).getByRole("option");
    await expect(option).toHaveCount(1);
    await expect(option).toContainText("鈴木 花子");
    await expect(option).toContainText("already on your map");
    await dialog.screenshot({ path: shotPath("names-add-suggests-existing.png") });
    await input.press("Enter");
    await expect(dialog.getByText("Added 2 people")).toBeVisible();
    await expect(page.getByTestId("live-region")).toContainText("鈴木 花子 is already on the map");
    // The full-width space and the suggestion list's own choice land on the same person too.
    await input.fill("鈴木\u3000花子");
    await input.press("Enter");
    await input.pressSequentially("すずき");
    await expect(option).toHaveCount(0); // no reading given: kana does not match kanji
    await input.fill("鈴木");
    await input.press("ArrowDown");
    await input.press("Enter");
    await expect(dialog.getByText("Added 4 people")).toBeVisible();
    await dialog.getByRole("button", { name: "Done" }).click();
    expect((await mapCounts(page)).people).toBe(start.people + 1);
    expect((await tableNames(page)).filter((n) => n.replace(/\s/gu, "") === "鈴木花子")).toEqual(["鈴木 花子"]);
    // Reusing her with no community chosen changed nothing, so no undo step was recorded: one
    // Undo takes away the one addition.
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect.poll(async () => (await mapCounts(page)).people).toBe(start.people);
  });

  test("an Enter that confirms an IME conversion does not submit; the next Enter does", async ({ page }) => {
    await openSample(page);
    const start = await mapCounts(page);
    const { dialog, input } = await openAddPeople(page);
    await input.focus();
    const cdp = await page.context().newCDPSession(page);
    // The IME shows なかむら being composed; Enter confirms the conversion 中村.
    await cdp.send("Input.imeSetComposition", { text: "なかむら", selectionStart: 4, selectionEnd: 4 });
    await input.evaluate((el) => {
      el.addEventListener(
        "keydown",
        (e) => el.setAttribute("data-seen-composing", String((e as KeyboardEvent).isComposing)),
        { once: true },
      );
    });
    await page.keyboard.press("Enter");
    // The browser itself marked that Enter as part of the composition.
    await expect(input).toHaveAttribute("data-seen-composing", "true");
    await cdp.send("Input.insertText", { text: "中村" });
    await expect(input).toHaveValue("中村");
    await expect(dialog.getByText(/^Added/u)).toHaveCount(0);
    expect((await mapCounts(page)).people).toBe(start.people);
    // A keydown the page makes itself while composing (as Safari sends after compositionend).
    await input.dispatchEvent("keydown", { key: "Enter", keyCode: 229, bubbles: true, cancelable: true });
    await expect(dialog.getByText(/^Added/u)).toHaveCount(0);
    await input.press("Enter");
    await expect(dialog.getByText("Added 1 person")).toBeVisible();
    await dialog.getByRole("button", { name: "Done" }).click();

    // Renaming in the person panel: a composing Enter does not save, a plain one does.
    const name = page.getByTestId("person-panel").getByRole("textbox", { name: "Name" });
    await name.fill("中村 けんた");
    await name.dispatchEvent("keydown", { key: "Enter", isComposing: true, bubbles: true, cancelable: true });
    await expect(page.getByTestId("live-region")).not.toContainText("Renamed");
    await name.press("Enter");
    await expect(page.getByTestId("live-region")).toContainText("Renamed to 中村 けんた");
  });

  test("a LinkedIn row First Name 健太, Last Name 中村 is added as 中村 健太 and matches 中村健太 on the map", async ({
    page,
  }) => {
    await openSample(page);
    const { dialog: add, input } = await openAddPeople(page);
    await input.fill("中村健太");
    await input.press("Enter");
    await add.getByRole("button", { name: "Done" }).click();
    const before = await mapCounts(page);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Import people and ties" });
    await dialog.getByLabel("Choose a file…").setInputFiles("tests/fixtures/import/Connections-ja.csv");
    await expect(dialog).toContainText("LinkedIn connections");
    await expect(dialog.getByRole("radio", { name: /Add to the open map/u })).toBeChecked();
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    // Four connections, one of them (中村 健太) already on the map.
    await expect(dialog.getByRole("status")).toContainText(/^Added 3 people/u);
    await dialog.getByText("Close", { exact: true }).click();
    expect((await mapCounts(page)).people).toBe(before.people + 3);
    const names = await tableNames(page);
    expect(names).toEqual(expect.arrayContaining(["中村健太", "鈴木 花子", "さとう ゆい", "Anna Müller"]));
    expect(names).not.toContain("健太 中村");
    expect(names).not.toContain("中村 健太");
  });
});

test.describe("planned (what-if) items", () => {
  test("never appear in Your network, Add people, the table or a real person's panel", async ({ page }) => {
    await openSample(page);
    await expect(page.getByTestId("top-sources").locator("li")).toHaveCount(3, { timeout: 20_000 });
    const summary = page
      .getByRole("region", { name: "Your network", exact: true })
      .getByText(/^\d+ contacts · \d+ communities$/u);
    const counts = (await summary.textContent()) ?? "";
    const form = page.getByRole("form", { name: "Add a planned person" });
    await form.getByLabel("Name", { exact: true }).fill("Ana Planned");
    await form.getByLabel("New community name").fill("Startup Weekend Osaka");
    await form.getByRole("button", { name: "Add as planned" }).click();
    await expect(page.getByTestId("whatif-planned")).toContainText("people: 1");
    await expect(summary).toHaveText(counts);
    await expect(page.getByTestId("score-diversity-value")).toBeVisible();

    const { dialog, input } = await openAddPeople(page);
    await expect(dialog.getByRole("checkbox", { name: /Startup Weekend Osaka/u })).toHaveCount(0);
    await input.pressSequentially("Ana Pl");
    await expect(dialog.getByRole("listbox", { name: "People already on your map" })).toBeHidden();
    await dialog.getByRole("button", { name: "Done" }).click();

    expect(await tableNames(page)).not.toContain("Ana Planned");
    await page.getByRole("button", { name: "Table", exact: true }).click();
    await page
      .getByRole("textbox", { name: /^Name of / })
      .first()
      .focus();
    const panel = page.getByTestId("person-panel");
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("checkbox", { name: /Startup Weekend Osaka/u })).toHaveCount(0);
    await page.screenshot({ path: shotPath("names-planned-not-listed.png") });
  });
});

test.describe("undo toast", () => {
  async function deleteFirst(page: Page): Promise<string> {
    await page.getByRole("button", { name: "Table", exact: true }).click();
    const first = page.getByRole("textbox", { name: /^Name of / }).first();
    const name = await first.inputValue();
    await first.focus();
    const panel = page.getByTestId("person-panel");
    await panel.getByRole("button", { name: "Delete person" }).click();
    await page
      .getByRole("dialog", { name: `Delete ${name}?` })
      .getByRole("button", { name: "Delete", exact: true })
      .click();
    await expect(page.getByTestId("live-region")).toContainText(`Deleted ${name}`);
    await page.getByRole("button", { name: "Map", exact: true }).click();
    await waitForMap(page);
    return name;
  }

  test("disappears after Ctrl+Z, and restoring from it is the undo step itself", async ({ page }) => {
    await openSample(page);
    const start = await mapCounts(page);
    const name = await deleteFirst(page);
    const undoDelete = page.getByRole("button", { name: "Undo delete" });
    await expect(undoDelete).toBeVisible();
    await page.screenshot({ path: shotPath("names-undo-toast.png") });
    await page.keyboard.press("Control+z");
    await expect(undoDelete).toHaveCount(0);
    expect(await mapCounts(page)).toEqual(start);

    await deleteFirst(page);
    await undoDelete.click();
    await expect(page.getByTestId("live-region")).toContainText(`${name} is back`);
    expect(await mapCounts(page)).toEqual(start);
    // Nothing else to undo (the sample was opened unchanged): Ctrl+Z does not delete again...
    await page.getByRole("button", { name: "Map", exact: true }).focus();
    await page.keyboard.press("Control+z");
    await page.waitForTimeout(200);
    expect(await mapCounts(page)).toEqual(start);
    // ...and Redo deletes again, as after any undo.
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(async () => (await mapCounts(page)).people).toBe(start.people - 1);
    await expect(undoDelete).toBeVisible();
  });
});
