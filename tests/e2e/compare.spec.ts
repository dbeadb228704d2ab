// Compare (issue 14): a map file holding a March snapshot, where a third place (Choir) and two
// people from it were added since, is imported; the Compare tab names the new third place and
// people, shows the score deltas and draws the timeline (pixels counted), in English and Japanese.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { snapshotScores, takeSnapshot } from "../../src/domain/growth/snapshot";
import { computeReport } from "../../src/domain/insights/report";
import { addCommunity, addPerson, setTie, snapshotId, type MapDocument } from "../../src/domain/model";
import { serializeNative } from "../../src/io/native/native";
import { C, OCCASIONALLY, OFTEN, P, RARELY, smallDoc } from "../unit/domain/insights/helpers";
import { expect, pixelStats, shotPath, test, waitForMap } from "./support";

function mapFile(): string {
  const march = smallDoc([["w", "work", ["a", "b"]]], { a: OFTEN, b: OCCASIONALLY }, [["a", "b"]]);
  let doc: MapDocument = takeSnapshot(
    { ...march, title: "Growth test" },
    {
      id: snapshotId("s1"),
      name: "March",
      now: "2026-03-01T09:00:00Z",
      scores: snapshotScores(march, computeReport(march)),
    },
  );
  doc = addCommunity(doc, { id: C("choir"), name: "Choir", sphere: "third" });
  for (const [id, name] of [
    ["c", "Chika"],
    ["d", "Daiki"],
  ] as const) {
    doc = addPerson(doc, { id: P(id), name, communityIds: [C("choir")] });
    doc = setTie(doc, { a: P("me"), b: P(id), answers: RARELY });
  }
  const file = join(mkdtempSync(join(tmpdir(), "tsunagari-compare-")), "growth.json");
  writeFileSync(file, serializeNative(doc));
  return file;
}

test("report: a map with a baseline snapshot gets the 'Since …' block on its one page", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const importDialog = page.getByRole("dialog", { name: "Import people and ties" });
  await importDialog.getByLabel("Choose a file…").setInputFiles(mapFile());
  await importDialog.getByRole("radio", { name: /Open as a new map/u }).check();
  await importDialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("map-canvas")).toHaveAttribute("aria-label", /: 5 people, /u);
  if (await importDialog.isVisible()) await importDialog.getByText("Close", { exact: true }).click();
  for (const format of ["SVG image", "PNG image"]) {
    await page.getByRole("button", { name: "Report", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Report" });
    await dialog.getByRole("radio", { name: "A4 portrait" }).check();
    await dialog.getByRole("radio", { name: format }).check();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Create report" }).click(),
    ]);
    const bytes = readFileSync(await file.path());
    if (format === "PNG image") writeFileSync("/tmp/compare-report.png", bytes);
    else {
      const svg = bytes.toString("utf8");
      expect(svg).toContain("Since March 1, 2026");
      expect(svg).toContain("you joined 1 third place: Choir.");
      expect(svg).toContain("Third places 0 → 1 (▲ +1)");
    }
  }
});

test("compare: the new third place and people, score deltas and a drawn timeline, in en and ja", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const importDialog = page.getByRole("dialog", { name: "Import people and ties" });
  await importDialog.getByLabel("Choose a file…").setInputFiles(mapFile());
  await importDialog.getByRole("radio", { name: /Open as a new map/u }).check();
  await importDialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("map-canvas")).toHaveAttribute("aria-label", /: 5 people, /u);
  if (await importDialog.isVisible()) await importDialog.getByText("Close", { exact: true }).click();

  await page.getByRole("button", { name: "Progress", exact: true }).click();
  await page.getByRole("tab", { name: "Compare" }).click();
  const tab = page.getByTestId("compare-tab");
  const sentences = tab.getByTestId("compare-sentences");
  await expect(sentences).toContainText("you joined 1 third place: Choir.");
  await expect(sentences).toContainText("2 new people in your map: Chika and Daiki.");
  await expect(sentences).toContainText(
    /Bridging rose from \d+ to \d+ because 2 of your new contacts know no one else/u,
  );
  await expect(tab.getByTestId("delta-thirdPlaces")).toContainText("0 → 1");
  await expect(tab.getByTestId("delta-thirdPlaces")).toContainText("▲ up 1");
  await expect(tab.getByTestId("list-people-added")).toContainText("Chika");
  const chart = tab.getByTestId("timeline-chart");
  await expect(chart).toHaveAccessibleName("Bridging, diversity and third places over time");
  const png = await chart.screenshot({ path: shotPath("compare-timeline.png") });
  const stats = pixelStats(png, { bridging: "#0f6e6e", diversity: "#c05621", third: "#d6c4e3" });
  expect(stats.near.bridging).toBeGreaterThan(100);
  expect(stats.near.diversity).toBeGreaterThan(50);
  expect(stats.near.third).toBeGreaterThan(100);
  await page.screenshot({ path: shotPath("compare-en.png"), fullPage: true });

  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "日本語" }).click();
  await page.getByRole("button", { name: "成長の記録" }).or(page.locator(".growth-button")).first().click();
  await page.getByRole("tab", { name: "比較" }).click();
  await expect(page.getByTestId("compare-sentences")).toContainText("1か所のサードプレイスに加わりました：Choir。");
  await expect(page.getByTestId("compare-sentences")).toContainText("マップに2人が加わりました：Chika、Daiki。");
  await expect(page.getByTestId("delta-thirdPlaces")).toContainText("▲ 1 上昇");
  await page.screenshot({ path: shotPath("compare-ja.png"), fullPage: true });
});
