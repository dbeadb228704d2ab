// Snapshots (issue 14), the whole flow in the UI: snapshot the sample, add a third community and
// two people, snapshot again, reload (both kept), compare the first with now (the new third place
// and people named, deltas shown), rename one with an IME, delete one and undo.
import { addThirdPlaceAndTwoPeople } from "./growthHelpers";
import { imeType } from "./ime";
import { expect, shotPath, test, waitForMap } from "./support";
import type { Page } from "@playwright/test";

async function takeSnapshot(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: "Progress", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Progress over time" });
  await dialog.getByRole("tab", { name: "Snapshots" }).click();
  await dialog.getByLabel("Name of the snapshot").fill(name);
  await dialog.getByRole("button", { name: "Take a snapshot" }).click();
  await expect(dialog.getByText(`Snapshot “${name}” saved.`, { exact: false })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
}

test("snapshot, add a third place and two people, snapshot, reload, compare, rename with an IME, delete and undo", async ({
  page,
}) => {
  await page.goto("/");
  await waitForMap(page);
  await takeSnapshot(page, "Before the book club");

  await addThirdPlaceAndTwoPeople(page);

  await takeSnapshot(page, "After the book club");
  await page.reload();
  await waitForMap(page);

  await page.getByRole("button", { name: "Progress", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Progress over time" });
  const rows = dialog.locator(".snapshot-list > li");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("After the book club");
  await expect(rows.nth(1)).toContainText("Before the book club");
  await page.screenshot({ path: shotPath("snapshots-en.png") });

  await dialog.getByRole("button", { name: "Compare “Before the book club” with now" }).click();
  const sentences = dialog.getByTestId("compare-sentences");
  await expect(sentences).toContainText("Book club 読書会");
  await expect(sentences).toContainText("森 葵");
  await expect(sentences).toContainText("Ren Ito");
  await expect(dialog.getByTestId("delta-thirdPlaces")).toContainText("▲");
  await page.screenshot({ path: shotPath("snapshots-compare-en.png") });

  await dialog.getByRole("tab", { name: "Snapshots" }).click();
  await dialog.getByRole("button", { name: "Rename “After the book club”" }).click();
  const rename = dialog.getByLabel("New name for “After the book club”");
  await rename.fill("");
  await imeType(page, "どくしょかい", "読書会のあと");
  await rename.press("Enter");
  await expect(rows.nth(0)).toContainText("読書会のあと");

  await dialog.getByRole("button", { name: "Delete “Before the book club”" }).click();
  await page.getByRole("button", { name: "Delete snapshot" }).click();
  await expect(rows).toHaveCount(1);
  await dialog.getByRole("button", { name: "Undo" }).click();
  await expect(rows).toHaveCount(2);
});
