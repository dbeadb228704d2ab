// Consultant sessions (issue 14), in the UI: the consultant sets the client of the open map with
// an IME (佐藤さん), ends a first session (the report opens, nothing to compare yet), adds a third
// place and two people, ends the second session: the report compares with the first. Maps are
// grouped by client with their session dates, a second map for the same client joins the group,
// one's own map stays apart, and all of it survives a reload (shown in English and Japanese).
import { readFileSync } from "node:fs";
import { addThirdPlaceAndTwoPeople } from "./growthHelpers";
import { imeType } from "./ime";
import { expect, shotPath, test, waitForMap } from "./support";
import type { Page } from "@playwright/test";

function mapsDialog(page: Page) {
  return page.getByRole("dialog", { name: "Your maps" });
}

async function openMaps(page: Page) {
  await page.getByRole("button", { name: "Maps", exact: true }).click();
  await expect(mapsDialog(page)).toBeVisible();
  return mapsDialog(page);
}

/** Ends the session from the Maps dialog and returns the text of the report's SVG. */
async function endSessionReport(page: Page): Promise<string> {
  const maps = await openMaps(page);
  await maps.getByRole("button", { name: /^End the session on .* and open the report$/u }).click();
  await expect(maps).toBeHidden();
  const report = page.getByRole("dialog", { name: "Report" });
  await expect(report).toBeVisible();
  await report.getByRole("radio", { name: "A4 portrait" }).check();
  await report.getByRole("radio", { name: "SVG image" }).check();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    report.getByRole("button", { name: "Create report" }).click(),
  ]);
  const svg = readFileSync(await file.path(), "utf8");
  await page.keyboard.press("Escape");
  await expect(report).toBeHidden();
  return svg;
}

test("client folders and sessions: set a client with an IME, end two sessions, group maps by client, reload", async ({
  page,
}) => {
  await page.goto("/");
  await waitForMap(page);

  // The client of the open map, typed with an IME: the Enter that confirms the conversion does not save.
  let maps = await openMaps(page);
  await maps.getByRole("button", { name: /^Set the client of /u }).click();
  const clientField = maps.getByRole("textbox", { name: /のクライアント$|^Client of /u });
  await clientField.click();
  await imeType(page, "さとうさん", "佐藤さん");
  await expect(clientField).toHaveValue("佐藤さん");
  await expect(clientField).toBeVisible();
  await maps.getByRole("button", { name: "Save client" }).click();
  const clientGroup = maps.getByRole("list", { name: "Client: 佐藤さん (1 map)" });
  await expect(clientGroup.getByRole("listitem")).toHaveCount(1);
  await expect(clientGroup).toContainText("No session yet");
  await page.keyboard.press("Escape");

  // First session: the report opens; there is no earlier session to compare with.
  const first = await endSessionReport(page);
  expect(first).not.toContain("Since ");
  await expect(page.getByText(/^Session of .* saved\. The report compares/u)).toBeAttached();

  await addThirdPlaceAndTwoPeople(page);

  // Second session: the report compares the map with the first session.
  const second = await endSessionReport(page);
  expect(second).toMatch(/Since [A-Z][a-z]+ \d{1,2}, \d{4}/u);
  expect(second).toContain("you joined 1 third place: Book club 読書会.");
  expect(second).toContain("森 葵");
  expect(second).toContain("Session report · Client: 佐藤さん");

  // Ending it again with the map unchanged does not add a third session.
  await endSessionReport(page);
  maps = await openMaps(page);
  const group = maps.getByRole("list", { name: "Client: 佐藤さん (1 map)" });
  await expect(group.locator(".map-row-sessions")).toHaveText(/^Sessions: \w+ \d{1,2}, \d{4}, \w+ \d{1,2}, \d{4}$/u);

  // A second map for the same client (picked from the suggestions as typed), and one's own map.
  await maps.getByRole("button", { name: "New map" }).click();
  const form = maps.getByRole("form", { name: "New map" });
  await form.getByLabel("Map name").fill("佐藤さん 転職後");
  await form.getByLabel("Client (optional)").fill("佐藤さん");
  await form.getByRole("button", { name: "Create map" }).click();
  await expect(maps).toBeHidden();
  await waitForMap(page);
  maps = await openMaps(page);
  await maps.getByRole("button", { name: "New map" }).click();
  await maps.getByRole("form", { name: "New map" }).getByLabel("Map name").fill("My own network");
  await maps.getByRole("form", { name: "New map" }).getByRole("button", { name: "Create map" }).click();
  await waitForMap(page);

  await page.reload();
  await waitForMap(page);
  maps = await openMaps(page);
  const headings = maps.getByRole("heading", { level: 3 });
  await expect(headings).toHaveText(["My own maps (1 map)", "Client: 佐藤さん (2 maps)"]);
  const clientMaps = maps.getByRole("list", { name: "Client: 佐藤さん (2 maps)" }).getByRole("listitem");
  await expect(clientMaps).toHaveCount(2);
  await expect(clientMaps.filter({ hasText: "佐藤さん 転職後" })).toContainText("No session yet");
  await expect(clientMaps.filter({ hasNotText: "佐藤さん 転職後" })).toContainText(/Sessions: /u);
  await expect(maps.getByRole("list", { name: "My own maps (1 map)" })).toContainText("My own network");
  await page.screenshot({ path: shotPath("sessions-maps-en.png") });

  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "日本語" }).click();
  await page.getByRole("button", { name: "マップ", exact: true }).click();
  await expect(page.getByRole("heading", { name: "クライアント：佐藤さん（2件のマップ）" })).toBeVisible();
  await page.screenshot({ path: shotPath("sessions-maps-ja.png") });
});
