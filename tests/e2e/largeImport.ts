// A generated LinkedIn export (tests/support/linkedinExport.ts, seeded) imported as a new map,
// through the Import dialog as a user does it; resolves once the map is drawn and the dialog closed.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { generateLinkedInExport } from "../support/linkedinExport";
import { expect } from "./support";

/** Imports `rows` generated connections as a new map; returns how many distinct people they are. */
export async function importLinkedIn(page: Page, rows: number): Promise<number> {
  const { text, distinctPeople } = generateLinkedInExport(rows);
  const file = join(mkdtempSync(join(tmpdir(), "tsunagari-big-")), "Connections.csv");
  writeFileSync(file, text);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import people and ties" });
  await dialog.getByLabel("Choose a file…").setInputFiles(file);
  await expect(dialog).toContainText(`Connections.csv: ${distinctPeople} people`, { timeout: 30_000 });
  await dialog.getByRole("radio", { name: /Open as a new map/u }).check();
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("map-canvas")).toHaveAttribute(
    "aria-label",
    new RegExp(`: ${distinctPeople + 1} people, `, "u"),
  );
  await dialog.getByText("Close", { exact: true }).click();
  await expect(dialog).toBeHidden();
  return distinctPeople;
}
