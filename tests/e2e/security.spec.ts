// The page is served with its security policy as headers (a meta tag cannot forbid framing);
// another page, even one on the same origin, cannot show it in a frame (clickjacking); and the
// page and its Web Workers run under that policy without violating it.
import { readFileSync } from "node:fs";
import { expect, test } from "./support";

const SECURITY_HEADERS = ["content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy"];

test("serves the app with a Content-Security-Policy that forbids framing, and the other security headers", async ({
  page,
}) => {
  const response = await page.goto("/");
  if (!response) throw new Error("no response for /");
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp.split(/;\s*/u)).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  // The header carries the meta tag's policy (for hosts that set no headers) plus frame-ancestors.
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(csp).toBe(`${meta}; frame-ancestors 'none'`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tsunagari");
});

test("README's Hosting section lists exactly the headers the app is served with", async ({ page }) => {
  const response = await page.goto("/");
  const served = response?.headers() ?? {};
  const readme = readFileSync("README.md", "utf8");
  const hosting = readme.slice(readme.indexOf("## Hosting"), readme.indexOf("\n## ", readme.indexOf("## Hosting") + 1));
  const listed = Object.fromEntries(
    [...hosting.matchAll(/^\| `([\w-]+)` +\| `([^`]+)` +\|$/gmu)].map((m) => [m[1]?.toLowerCase(), m[2]]),
  );
  expect(listed).toEqual(Object.fromEntries(SECURITY_HEADERS.map((name) => [name, served[name]])));
});

test("cannot be shown in a frame, not even by a page of its own origin", async ({ page, guards, baseURL }) => {
  // The browser refuses the framed page and says so on the console: this test's expected outcome.
  guards.allow(
    "consoleError",
    /^Framing '[^']+' violates .*"frame-ancestors 'none'"\. The request has been blocked\.\s*$/u,
  );
  guards.allow("failedRequest", /^http:\/\/[^/]+\/: net::ERR_BLOCKED_BY_RESPONSE$/u);
  await page.route(`${baseURL}/framer.html`, (route) =>
    route.fulfill({ contentType: "text/html", body: '<!doctype html><title>framer</title><iframe src="/"></iframe>' }),
  );
  await page.goto("/framer.html");
  await expect.poll(() => guards.failedRequests.join("\n")).toMatch(/ERR_BLOCKED_BY_RESPONSE/u);
  expect(guards.consoleErrors.join("\n")).toMatch(/frame-ancestors 'none'/u);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error("no iframe");
  expect(frame.url()).not.toBe(`${baseURL}/`);
  await page.waitForTimeout(1000);
  await expect(page.frameLocator("iframe").getByRole("heading", { level: 1 })).toHaveCount(0);
});

test("the Web Workers run under the policy without violating it (zod parses without eval, the path sweep compiles WebAssembly)", async ({
  page,
  context,
  guards,
}) => {
  // A worker's violations are dispatched in the worker, out of reach of the page's listener: each
  // worker script gets one more first line that reports them on the console, which the guards read.
  const instrumented: string[] = [];
  await context.route(/\/assets\/\w+Worker-[\w-]+\.js$/u, async (route) => {
    const response = await route.fetch();
    instrumented.push(new URL(route.request().url()).pathname);
    const report =
      'self.addEventListener("securitypolicyviolation", (e) => ' +
      "console.error(`CSP violation in a worker: ${e.effectiveDirective} blocked ${e.blockedURI}`));\n" +
      // …and says when it compiles WebAssembly (the path-sweep kernel: blocked by a policy without 'wasm-unsafe-eval').
      "{ const M = WebAssembly.Module; WebAssembly.Module = function (b) { const m = new M(b); " +
      "console.info(`WebAssembly compiled in ${self.location.pathname}`); return m; }; }\n";
    await route.fulfill({ response, body: report + (await response.text()) });
  });
  const infos: string[] = [];
  page.on("console", (m) => void (m.type() === "info" && infos.push(m.text())));
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: "Scores up to date" })).toBeVisible({ timeout: 30_000 });
  expect(infos.some((t) => /^WebAssembly compiled in \/assets\/(metrics|paths)Worker-/u.test(t))).toBe(true);
  // A file of at least 512 KiB is parsed in the import worker, which loads the zod schemas.
  const sample = readFileSync("data/sample-network.json", "utf8");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import people and ties" });
  await dialog.getByLabel("Choose a file…").setInputFiles({
    name: "padded-map.json",
    mimeType: "application/json",
    buffer: Buffer.from(sample + " ".repeat(600_000)),
  });
  await expect(dialog).toContainText(/padded-map\.json: \d+ people/u);
  const workers = new Set(instrumented.map((p) => p.replace(/-[\w-]+\.js$/u, "")));
  // The path-sweep pool's workers start from the metrics worker where there are cores to spare.
  expect([...workers].filter((w) => w !== "/assets/pathsWorker").sort()).toEqual([
    "/assets/importWorker",
    "/assets/metricsWorker",
    "/assets/saveWorker",
  ]);
  expect(guards.consoleErrors.filter((t) => t.startsWith("CSP violation in a worker"))).toEqual([]);
});
