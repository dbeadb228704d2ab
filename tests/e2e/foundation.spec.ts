import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { EGO_COLOR, SPHERE_COLORS } from "../../src/render/colors";
import { expect, pixelStats, shotPath, test, waitForMap } from "./support";

const sample = JSON.parse(readFileSync("data/sample-network.json", "utf8")) as {
  document: { egoId: string; ties: Record<string, { a: string; b: string }> };
};
const egoTieCount = Object.values(sample.document.ties).filter(
  (t) => t.a === sample.document.egoId || t.b === sample.document.egoId,
).length;

test.describe("first start", () => {
  test("opens the sample network and draws it on the sigma canvas", async ({ page, guards }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tsunagari");
    await expect(page.getByText("Misaki Takahashi's network", { exact: false }).first()).toBeVisible();
    // The summary line ("38 contacts · 14 communities"), not the insight sentences that also count contacts.
    await expect(page.getByText(new RegExp(`^${egoTieCount} contacts · \\d+ communities$`, "u"))).toBeVisible();
    await waitForMap(page);
    const png = await page.getByTestId("map-canvas").screenshot({ path: shotPath("sample-map.png") });
    const stats = pixelStats(png, {
      family: SPHERE_COLORS.family,
      work: SPHERE_COLORS.work,
      third: SPHERE_COLORS.third,
      ego: EGO_COLOR,
    });
    // The drawing covers a real share of the canvas and shows every sphere's colour and the ego.
    expect(stats.nonBackground / (stats.width * stats.height)).toBeGreaterThan(0.02);
    expect(stats.near.family).toBeGreaterThan(200);
    expect(stats.near.work).toBeGreaterThan(200);
    expect(stats.near.third).toBeGreaterThan(200);
    expect(stats.near.ego).toBeGreaterThan(200);
    expect(guards.requests.length).toBeGreaterThan(0);
  });

  test("computes the scores in a Web Worker and reports when they are ready", async ({ page }) => {
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.goto("/");
    await expect(page.getByRole("status").filter({ hasText: "Scores up to date" })).toBeVisible({ timeout: 30_000 });
    expect(workers.some((u) => /metricsWorker/.test(u))).toBe(true);
  });

  test("hovering a person highlights their ties and dims the rest", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    const box = await page.getByTestId("map-canvas").boundingBox();
    if (!box) throw new Error("no map box");
    const before = pixelStats(await page.getByTestId("map-canvas").screenshot(), { highlight: "#CC3311" });
    // The ego sits at the centre of the ego-rings layout.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(400);
    const after = pixelStats(await page.getByTestId("map-canvas").screenshot({ path: shotPath("hover-ego.png") }), {
      highlight: "#CC3311",
    });
    expect(before.near.highlight).toBeLessThan(50);
    expect(after.near.highlight).toBeGreaterThan(500);
  });

  test("hovering a tie says in words what the tie does for its two people", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    await expect(page.getByRole("status").filter({ hasText: "Scores up to date" })).toBeVisible({ timeout: 30_000 });
    const box = await page.getByTestId("map-canvas").boundingBox();
    if (!box) throw new Error("no map box");
    const tooltip = page.getByTestId("edge-tooltip");
    // The ego's ties leave the centre in every direction: walk a circle around the ego until the
    // pointer is over one.
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const pointAtATie = async (): Promise<boolean> => {
      for (const r of [40, 60, 80])
        for (let deg = 0; deg < 360; deg += 3) {
          await page.mouse.move(cx + r * Math.cos((deg * Math.PI) / 180), cy + r * Math.sin((deg * Math.PI) / 180));
          if (await tooltip.isVisible()) return true;
        }
      return false;
    };
    expect(await pointAtATie()).toBe(true);
    await expect(tooltip).toHaveText(
      /^(Span \d+: without this tie .+ and .+ are \d+ steps apart|Bridge: without this tie .+ and .+ could not reach each other|.+ and .+ have \d+ contacts? in common)$/u,
    );
    await page.screenshot({ path: shotPath("hover-tie.png") });
  });
});

test.describe("install", () => {
  test("offers a web manifest whose PNG icons are real images of the stated sizes", async ({ page, request }) => {
    await page.goto("/");
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBeTruthy();
    const manifest = (await (await request.get(href ?? "")).json()) as {
      name: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.name).toContain("Tsunagari");
    const pngs = manifest.icons.filter((i) => i.type === "image/png");
    expect(pngs.map((i) => i.sizes).sort()).toEqual(["192x192", "512x512"]);
    for (const icon of pngs) {
      const png = PNG.sync.read(await (await request.get(icon.src)).body());
      expect(`${png.width}x${png.height}`).toBe(icon.sizes);
    }
  });
});

test.describe("language", () => {
  test("switches the interface to Japanese and keeps the choice after reload", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "日本語" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("つながり");
    await expect(page.getByRole("heading", { name: "あなたのネットワーク" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("つながり");
    await waitForMap(page);
    await page.getByTestId("map-canvas").screenshot({ path: shotPath("sample-map-ja.png") });
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tsunagari");
  });
});
