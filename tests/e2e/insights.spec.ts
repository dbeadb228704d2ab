// Insight views on the sample network, in real Chromium: the top sources named by the engine,
// panel values equal to `npm run analyze`, layouts that change the canvas, and a what-if that
// changes the scores and is cleared again.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { computeReport, rankedAlters } from "../../src/domain/insights/report";
import type { AnalysisReport } from "../../src/domain/metrics/computeAll";
import type { EgoAnalysis } from "../../src/domain/metrics/egoAnalysis";
import { parseNative } from "../../src/io/native";
import { changedShare, expect, pixelStats, runClustersLayout, shotPath, test, waitForMap } from "./support";

const parsed = parseNative(readFileSync("data/sample-network.json", "utf8"));
if (!parsed.ok) throw new Error("sample must parse");
const doc = parsed.value;
const engine = computeReport(doc).ego_analysis?.[doc.egoId] as EgoAnalysis;

async function openPanel(page: Page) {
  await page.goto("/");
  await waitForMap(page);
  await expect(page.getByTestId("top-sources").locator("li")).toHaveCount(3, { timeout: 20_000 });
}

const fix = (v: number | null, d: number) => (v === null ? "—" : v.toFixed(d).replace("-", "−"));

test.describe("insights panel", () => {
  test("names as top sources of new information the three people the engine ranks highest", async ({ page }) => {
    await openPanel(page);
    const ids = await page
      .getByTestId("top-sources")
      .locator("li")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-person-id")));
    expect(ids).toEqual(rankedAlters(engine).slice(0, 3));
    expect(ids).toEqual(engine.summary.top_alters);
    const first = page.getByTestId("top-sources").locator("li").first();
    await expect(first).toContainText(doc.people[ids[0] as keyof typeof doc.people]?.name ?? "?");
    await expect(first).toContainText("your only contact in");
    await expect(first).toContainText("knows none of your other contacts");
    await page.setViewportSize({ width: 1280, height: 4400 });
    await page.waitForTimeout(500);
    await page.getByTestId("insights-panel").screenshot({ path: shotPath("insights-panel.png") });
  });

  test("shows the same scores as `npm run analyze` on the same map", async ({ page }) => {
    const out = execFileSync("npx", ["tsx", "src/cli/analyze.ts", "data/sample-network.json"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const cli = JSON.parse(out.slice(out.indexOf("{"))) as AnalysisReport;
    const s = (cli.ego_analysis?.[doc.egoId] as EgoAnalysis).summary;
    await openPanel(page);
    await expect(page.getByTestId("score-bridging-value")).toHaveText(fix(s.bridging_score, 1));
    await expect(page.getByTestId("score-diversity-value")).toHaveText(fix(s.diversity_score, 1));
    await expect(page.getByTestId("companion-effective-size")).toHaveText(fix(s.effective_size, 1));
    await expect(page.getByTestId("companion-efficiency")).toHaveText(fix(s.efficiency, 2));
    await expect(page.getByTestId("companion-constraint")).toHaveText(fix(s.constraint, 3));
    await expect(page.getByTestId("companion-ei")).toContainText(fix(s.alter_ei_index, 2));
    const reach = (cli.ego_analysis?.[doc.egoId] as EgoAnalysis).diffusion?.reach ?? 0;
    await expect(page.getByTestId("reach-overall")).toContainText(`${(100 * reach).toFixed(1)}%`);
  });

  test("reads in Japanese", async ({ page }) => {
    await openPanel(page);
    await page.getByRole("button", { name: "日本語" }).click();
    await expect(page.getByRole("heading", { name: "新しい情報はどこから来そうか" })).toBeVisible();
    await expect(page.getByTestId("top-sources").locator("li").first()).toContainText("でただ一人の知り合い");
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: shotPath("insights-ja.png") });
    await page.getByRole("button", { name: "English" }).click();
  });

  test("shows a person's scores and explanation when they are selected", async ({ page }) => {
    await openPanel(page);
    const top = engine.summary.top_alters[0] as string;
    await page
      .getByTestId("top-sources")
      .getByRole("button", { name: doc.people[top as keyof typeof doc.people]?.name })
      .click();
    const panel = page.getByTestId("person-insights");
    await expect(panel).toBeVisible();
    await expect(panel.getByTestId("person-ip")).toHaveText(
      fix(engine.per_alter[top]?.information_potential ?? null, 1),
    );
    await expect(panel).toContainText("No mutual contacts");
  });
});

test.describe("layouts and encodings", () => {
  test("switching layouts, hiding the ego and colouring by community change the map", async ({ page }) => {
    await openPanel(page);
    const canvas = page.getByTestId("map-canvas");
    await page.waitForTimeout(600);
    const rings = await canvas.screenshot({ path: shotPath("layout-rings.png") });
    await runClustersLayout(page);
    const clusters = await canvas.screenshot({ path: shotPath("layout-clusters.png") });
    expect(changedShare(rings, clusters)).toBeGreaterThan(0.02);

    await page.getByRole("button", { name: "Ego rings" }).click();
    await page.waitForTimeout(1000);
    const back = await canvas.screenshot({ path: shotPath("layout-rings-again.png") });
    expect(changedShare(rings, back)).toBeLessThan(0.01);

    await page.getByRole("button", { name: "Without me" }).click();
    await page.waitForTimeout(1000);
    const withoutMe = await canvas.screenshot({ path: shotPath("layout-without-me.png") });
    expect(pixelStats(withoutMe, { ego: "#D55E00" }).near.ego ?? 0).toBeLessThan(
      (pixelStats(rings, { ego: "#D55E00" }).near.ego ?? 0) / 3,
    );
    await page.getByRole("button", { name: "Without me" }).click();

    await page.getByLabel("Colour by").selectOption("community");
    await page.waitForTimeout(600);
    const byCommunity = await canvas.screenshot({ path: shotPath("colour-community.png") });
    expect(changedShare(rings, byCommunity)).toBeGreaterThan(0.002);

    await page.getByRole("button", { name: "Community outlines" }).click();
    await page.waitForTimeout(400);
    const noOutlines = await canvas.screenshot();
    expect(changedShare(byCommunity, noOutlines)).toBeGreaterThan(0.02);
  });
});

test.describe("what-if", () => {
  test("a planned person in a new circle changes the scores, and clearing restores them", async ({ page }) => {
    await openPanel(page);
    const diversity = await page.getByTestId("score-diversity-value").textContent();
    const form = page.getByRole("form", { name: "Add a planned person" });
    await form.getByLabel("Name", { exact: true }).fill("Ana Planned");
    await form.getByLabel("New community name").fill("Startup Weekend Osaka");
    await form.getByRole("button", { name: "Add as planned" }).click();
    const table = page.getByTestId("whatif-changes");
    await expect(table).toBeVisible();
    await expect(table).toHaveAttribute("aria-busy", "false", { timeout: 20_000 });
    await expect(page.getByTestId("whatif-after-n_alters")).toHaveText(String(engine.alters.length + 1));
    const after = await page.getByTestId("whatif-after-diversity_score").textContent();
    expect(Number(after)).toBeGreaterThan(Number(diversity));
    await expect(page.getByTestId("score-diversity-value")).toHaveText(diversity ?? "");
    await page.waitForTimeout(800);
    await page.getByTestId("map-canvas").screenshot({ path: shotPath("whatif-planned.png") });
    await page.getByRole("button", { name: "Clear all planned" }).click();
    await expect(table).toHaveCount(0);
    await expect(page.getByTestId("whatif-planned")).toHaveText("Nothing planned yet.");
    await expect(page.getByTestId("score-diversity-value")).toHaveText(diversity ?? "");
  });
});
