// Shared steps of the growth specs (snapshots, sessions): the edit that adds a third place,
// "Book club 読書会", and two people in it (森 葵 and Ren Ito) through the UI.
import { expect } from "./support";
import type { Page } from "@playwright/test";

export async function addThirdPlaceAndTwoPeople(page: Page) {
  await page.getByRole("button", { name: "Communities" }).click();
  const communities = page.getByRole("dialog", { name: "Communities" });
  await communities.getByLabel("New community").fill("Book club 読書会");
  await communities.getByRole("combobox", { name: "Sphere", exact: true }).selectOption({ label: "Third place" });
  await communities.getByRole("button", { name: "Create" }).click();
  await expect(communities.getByRole("textbox", { name: "Community name" }).last()).toHaveValue("Book club 読書会");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Add person" }).click();
  const add = page.getByRole("dialog", { name: "Add people" });
  await add.getByRole("checkbox", { name: /^Book club 読書会/u }).check();
  const input = add.getByLabel("Name", { exact: true });
  for (const n of ["森 葵", "Ren Ito"]) {
    await input.fill(n);
    await input.press("Enter");
  }
  await expect(add.getByText("Added 2 people")).toBeVisible();
  await add.getByRole("button", { name: "Done" }).click();
}
