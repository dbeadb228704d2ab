// Insights that say how sure they are, in real Chromium: the sample shows the share of pairs
// whose tie is on record (the engine's counts) and the ego's brokerage in plain words; a
// LinkedIn export warns on arrival, shows its companies' sphere guesses for confirmation, and
// once opened the panel says bridging can't be judged yet and offers the census.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { computeReport } from "../../src/domain/insights/report";
import type { EgoAnalysis } from "../../src/domain/metrics/egoAnalysis";
import { parseNative } from "../../src/io/native";
import { expect, shotPath, test, waitForMap } from "./support";

const parsed = parseNative(readFileSync("data/sample-network.json", "utf8"));
if (!parsed.ok) throw new Error("sample must parse");
const engine = computeReport(parsed.value).ego_analysis?.[parsed.value.egoId] as EgoAnalysis;

async function openSample(page: Page) {
  await page.goto("/");
  await waitForMap(page);
  await expect(page.getByTestId("top-sources").locator("li")).toHaveCount(3, { timeout: 20_000 });
}

test.describe("confidence of the insights", () => {
  test("the sample shows how much of who-knows-whom is on record, and the ego's brokerage", async ({ page }) => {
    await openSample(page);
    const s = engine.summary;
    const share = page.getByTestId("tie-data-completeness");
    await expect(share).toContainText(
      `${Math.round((100 * s.tie_pairs_known) / s.tie_pairs_total)}% of the pairs of your contacts (${s.tie_pairs_known} of ${s.tie_pairs_total})`,
    );
    await expect(page.getByTestId("tie-data-warning")).toContainText("assume that contacts whose tie is not recorded");
    await expect(page.getByTestId("score-bridging-value")).toHaveText(s.bridging_score!.toFixed(1));
    await expect(page.getByTestId("score-bridging-note")).toContainText("at most");

    const only = engine.brokerage.between.find((p) => p.ties === 0)!;
    const first = page.getByTestId("brokerage-list").locator("li").first();
    await expect(first).toContainText(`you are the only link between ${only.a} and ${only.b} — a liaison`);
    await expect(page.getByTestId("brokerage-roles")).toContainText(`liaison ${engine.brokerage.roles.liaison}`);
    await page.getByTestId("brokerage").scrollIntoViewIfNeeded();
    await page.getByTestId("brokerage").screenshot({ path: shotPath("confidence-brokerage.png") });
    await page.getByTestId("tie-data-confidence").screenshot({ path: shotPath("confidence-sample.png") });

    await page.getByRole("button", { name: "日本語" }).click();
    await expect(page.getByTestId("brokerage-list").locator("li").first()).toContainText(
      `${only.a}と${only.b}をつないでいるのはあなただけです（リエゾン）`,
    );
    await expect(page.getByTestId("tie-data-completeness")).toContainText(
      `${s.tie_pairs_total}組中${s.tie_pairs_known}組`,
    );
  });

  test("a LinkedIn export warns on arrival, asks to confirm sphere guesses, and the panel withholds bridging", async ({
    page,
  }) => {
    await openSample(page);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Import people and ties" });
    await dialog.getByLabel("Choose a file…").setInputFiles("tests/fixtures/import/linkedin-circles.csv");
    await expect(dialog.getByTestId("import-no-pairs")).toContainText("the scores assume none of them know each other");
    const guesses = dialog.getByTestId("sphere-guesses");
    await expect(guesses.getByLabel(/^Japan Freelance Association/u)).toHaveValue("third");
    await expect(guesses.getByLabel(/^Startup Weekend Tokyo/u)).toHaveValue("third");
    await expect(guesses.getByLabel(/^NPO法人 こども食堂ネット/u)).toHaveValue("third");
    await expect(guesses.getByLabel(/^Kumo Design Inc\./u)).toHaveValue("work");
    await expect(guesses.getByLabel(/^Ishikawa/u)).toHaveValue("");
    await guesses.getByLabel(/^Ishikawa/u).selectOption("family");
    await dialog.screenshot({ path: shotPath("confidence-linkedin-review.png") });

    await dialog.getByRole("radio", { name: /Open as a new map/u }).check();
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    await expect(dialog.getByRole("status")).toContainText("as a new map");
    await dialog.getByText("Close", { exact: true }).click();
    await waitForMap(page);

    await expect(page.getByTestId("score-bridging-value")).toHaveText("Not enough data", { timeout: 20_000 });
    await expect(page.getByTestId("score-bridging")).toContainText("only if none of your contacts knew each other");
    await expect(page.getByTestId("tie-data-completeness")).toContainText("0% of the pairs of your contacts (0 of 28)");
    await expect(page.getByTestId("tie-data-warning")).toContainText("assume nobody knows each other");
    // A blank company is "not in any of your circles", and not ranked first for it.
    const sources = page.getByTestId("top-sources").locator("li");
    await expect(sources.first()).not.toContainText("Ken Sato");
    await page.getByTestId("score-bridging").scrollIntoViewIfNeeded();
    await page
      .locator("section.insight-section", { has: page.getByTestId("score-bridging") })
      .screenshot({ path: shotPath("confidence-linkedin-scores.png") });

    await page.getByRole("button", { name: "Answer who knows whom" }).click();
    const census = page.getByRole("dialog", { name: "Who knows whom" });
    await expect(census.getByTestId("census-person")).toBeVisible();
  });

  test("a what-if newcomer in a new circle reads as new sources with slightly lower bandwidth, not a red minus", async ({
    page,
  }) => {
    await openSample(page);
    const form = page.getByRole("form", { name: "Add a planned person" });
    await form.getByLabel("Name", { exact: true }).fill("Ana Planned");
    await form.getByLabel("New community name").fill("Startup Weekend Osaka");
    await form.getByRole("button", { name: "Add as planned" }).click();
    const readings = page.getByTestId("whatif-readings");
    await expect(readings).toContainText("+ new information sources", { timeout: 20_000 });
    await expect(readings).toContainText("Strong-tie bandwidth slightly lower (−");
    const colour = await page.getByTestId("whatif-delta-reach").evaluate((el) => getComputedStyle(el).color);
    const body = await page.locator("body").evaluate((el) => getComputedStyle(el).color);
    expect(colour).toBe(body);
    await readings.scrollIntoViewIfNeeded();
    await page.getByTestId("whatif-changes").screenshot({ path: shotPath("confidence-whatif-table.png") });
    await readings.screenshot({ path: shotPath("confidence-whatif.png") });
  });
});
