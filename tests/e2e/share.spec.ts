// Read-only share links (issue 14, part 5) in real Chromium: a link made from the sample map
// opens in a fresh browser context (no storage) as a read-only view — the map drawn (pixels),
// the scores the app shows, no editing control — without any request leaving the origin and
// without the fragment ever being sent; an anonymised link carries no original name; an
// encrypted one asks for its passphrase (IME-safe) and refuses a wrong one.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { imeType } from "./ime";
import { expect, pixelStats, shotPath, test, waitForMap } from "./support";

const sample = JSON.parse(readFileSync("data/sample-network.json", "utf8")) as {
  document: { title: string; people: Record<string, { name: string; reading?: string }> };
};
const PEOPLE = Object.values(sample.document.people);

/** Makes a share link of the sample from the app's Share dialog. */
async function makeLink(
  page: Page,
  options: { anonymise?: "Numbers" | "Initials"; passphrase?: string } = {},
): Promise<{ url: string; bridging: string; diversity: string }> {
  await page.goto("/");
  await waitForMap(page);
  const bridging = page.getByTestId("score-bridging-value");
  await expect(bridging).toHaveText(/\d/u, { timeout: 20_000 });
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await page.getByRole("dialog", { name: "Export" }).getByRole("button", { name: "Share link…" }).click();
  const dialog = page.getByRole("dialog", { name: "Share a read-only link" });
  if (options.anonymise) await dialog.getByRole("radio", { name: new RegExp(`^${options.anonymise}`, "u") }).check();
  if (options.passphrase) await dialog.getByLabel("Passphrase (optional)").fill(options.passphrase);
  await dialog.getByRole("button", { name: "Create link" }).click();
  const link = dialog.getByTestId("share-link");
  await expect(link).toHaveValue(/#share=1e?\./u, { timeout: 20_000 });
  const url = await link.inputValue();
  await expect(dialog.getByTestId("share-length")).toContainText(`${url.length.toLocaleString("en-US")} characters`);
  await dialog.screenshot({ path: shotPath(`share-dialog-${options.anonymise ?? "names"}.png`) });
  return {
    url,
    bridging: (await bridging.innerText()).trim(),
    diversity: (await page.getByTestId("score-diversity-value").innerText()).trim(),
  };
}

interface Fresh {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
}

/** A new browser context: no cookies, no IndexedDB, no service worker; its own request log. */
async function freshContext(browser: Browser, baseURL: string, locale = "en-US"): Promise<Fresh> {
  const context = await browser.newContext({ baseURL, locale, viewport: { width: 1280, height: 800 } });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  context.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  context.on("weberror", (e) => errors.push(String(e.error())));
  return { context, page: await context.newPage(), requests, errors };
}

/** No request left the origin, none carried the fragment or its data, nothing went wrong. */
function expectPrivate(fresh: Fresh, url: string, origin: string): void {
  const data = url.slice(url.indexOf("#share=") + "#share=".length + 2);
  expect(fresh.requests.length).toBeGreaterThan(0);
  for (const r of fresh.requests) {
    if (r.startsWith("data:") || r.startsWith("blob:")) continue;
    expect(new URL(r).origin, r).toBe(origin);
    expect(r, "the fragment was sent").not.toContain("share=");
    expect(r, "the map data was sent").not.toContain(data.slice(0, 40));
  }
  expect(fresh.errors, "console errors in the fresh context").toEqual([]);
}

async function expectDrawn(page: Page): Promise<void> {
  const canvas = page.getByTestId("shared-map");
  await expect(canvas).toHaveAttribute("data-drawn", "true", { timeout: 20_000 });
  const stats = pixelStats(await canvas.screenshot(), {
    family: "#E69F00",
    work: "#0072B2",
    third: "#009E73",
    ego: "#D55E00",
  });
  expect(stats.nonBackground / (stats.width * stats.height)).toBeGreaterThan(0.03);
  for (const sphere of ["family", "work", "third", "ego"]) expect(stats.near[sphere], sphere).toBeGreaterThan(30);
}

test("a share link opens read-only in a fresh browser context, with the map and the app's scores", async ({
  page,
  browser,
  baseURL,
}) => {
  const { url, bridging, diversity } = await makeLink(page);
  expect(url.length).toBeLessThan(8000);
  const origin = new URL(baseURL ?? "").origin;
  const fresh = await freshContext(browser, origin);
  try {
    await fresh.page.goto(url);
    const view = fresh.page.getByTestId("shared-view");
    await expect(view.getByRole("heading", { name: "Read-only view shared with you" })).toBeVisible();
    await expectDrawn(fresh.page);
    await expect(fresh.page.getByTestId("shared-score-bridging-value")).toHaveText(bridging, { timeout: 20_000 });
    await expect(fresh.page.getByTestId("shared-score-diversity-value")).toHaveText(diversity);
    await expect(fresh.page.getByTestId("shared-sources").locator("li")).toHaveCount(3);
    // Nothing to edit: the only controls are the language switch (the other language) and "Save a copy".
    const buttons = await fresh.page.getByRole("button").allInnerTexts();
    expect(buttons.sort()).toEqual(["Save a copy to my maps", "日本語"]);
    await expect(fresh.page.getByRole("textbox")).toHaveCount(0);
    // Opening it wrote nothing: no database was created in this browser.
    const databases = await fresh.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(databases).toEqual([]);
    await fresh.page.screenshot({ path: shotPath("share-view-en.png"), fullPage: true });
    const axe = await new AxeBuilder({ page: fresh.page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    expectPrivate(fresh, url, origin);

    // "Save a copy" is the one action that writes: the app then opens the copy.
    await fresh.page.getByRole("button", { name: "Save a copy to my maps" }).click();
    await expect(fresh.page).toHaveURL(`${origin}/`);
    await expect(fresh.page.locator(".map-title")).toHaveText(`${sample.document.title} (shared)`, { timeout: 20_000 });
  } finally {
    await fresh.context.close();
  }
});

test("an anonymised share link holds no original name, in the link or on the page", async ({
  page,
  browser,
  baseURL,
}) => {
  const { url } = await makeLink(page, { anonymise: "Numbers" });
  const origin = new URL(baseURL ?? "").origin;
  const fresh = await freshContext(browser, origin);
  try {
    await fresh.page.goto(url);
    await expectDrawn(fresh.page);
    await expect(fresh.page.getByTestId("shared-sources").locator("li")).toHaveCount(3, { timeout: 20_000 });
    // What the link carries, decompressed: the page's own reading of it, as text.
    const carried = await fresh.page.evaluate(async (link) => {
      const data = link
        .slice(link.indexOf("#share=1.") + 9)
        .replace(/-/gu, "+")
        .replace(/_/gu, "/");
      const bytes = Uint8Array.from(atob(data + "=".repeat((4 - (data.length % 4)) % 4)), (c) => c.charCodeAt(0));
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
      return new Response(stream).text();
    }, url);
    expect(carried).toContain("Person 1");
    const pageText = await fresh.page.locator("body").innerText();
    const scene = await fresh.page.evaluate(() =>
      JSON.stringify((window as { __tsunagariLastScene?: unknown }).__tsunagariLastScene ?? null),
    );
    for (const p of PEOPLE) {
      for (const [where, text] of [
        ["link", decodeURIComponent(url)],
        ["link data", carried],
        ["page", pageText],
        ["drawn map", scene],
      ] as const) {
        expect(text, `${p.name} in the ${where}`).not.toContain(p.name);
        expect(text, `${p.name}'s surname in the ${where}`).not.toContain(p.name.split(" ")[0]);
        if (p.reading) expect(text, `${p.reading} in the ${where}`).not.toContain(p.reading);
      }
    }
    expect(pageText).not.toContain(sample.document.title);
    await fresh.page.screenshot({ path: shotPath("share-view-anonymised-en.png") });
    expectPrivate(fresh, url, origin);
  } finally {
    await fresh.context.close();
  }
});

test("an encrypted link asks for its passphrase: a wrong one is refused, the right one opens it (ja, IME)", async ({
  page,
  browser,
  baseURL,
}) => {
  const { url, bridging } = await makeLink(page, { passphrase: "しずかな森" });
  const origin = new URL(baseURL ?? "").origin;
  const fresh = await freshContext(browser, origin, "ja-JP");
  try {
    await fresh.page.goto(url);
    await expect(
      fresh.page.getByRole("heading", { name: "この共有マップはパスフレーズで保護されています" }),
    ).toBeVisible();
    const field = fresh.page.getByLabel("パスフレーズ", { exact: true });
    await field.fill("しずかな林");
    await field.press("Enter");
    await expect(fresh.page.getByRole("alert")).toContainText("このパスフレーズではリンクを開けません", {
      timeout: 20_000,
    });
    await expect(fresh.page.getByTestId("shared-view")).toHaveCount(0);
    await fresh.page.screenshot({ path: shotPath("share-passphrase-ja.png") });
    // The Enter that confirms the IME's conversion (もり → 森) must not submit.
    await field.fill("しずかな");
    await imeType(fresh.page, "もり", "森");
    await expect(field).toHaveValue("しずかな森");
    await expect(fresh.page.getByRole("button", { name: "開く" })).toBeEnabled();
    await field.press("Enter");
    const view = fresh.page.getByTestId("shared-view");
    await expect(view.getByRole("heading", { name: "共有された閲覧専用のマップです" })).toBeVisible({
      timeout: 20_000,
    });
    await expectDrawn(fresh.page);
    await expect(fresh.page.getByTestId("shared-score-bridging-value")).toHaveText(bridging, { timeout: 20_000 });
    await fresh.page.screenshot({ path: shotPath("share-view-ja.png"), fullPage: true });
    expectPrivate(fresh, url, origin);
  } finally {
    await fresh.context.close();
  }
});

test("a damaged link says so and offers the app", async ({ page, baseURL }) => {
  const { url } = await makeLink(page);
  const origin = new URL(baseURL ?? "").origin;
  await page.goto("about:blank");
  await page.goto(url.slice(0, url.length - 50));
  await expect(page.getByRole("alert")).toContainText("The link is incomplete or was changed");
  await expect(page.getByRole("link", { name: "Open Tsunagari" })).toHaveAttribute("href", "./");
  expect(new URL(page.url()).origin).toBe(origin);
});
