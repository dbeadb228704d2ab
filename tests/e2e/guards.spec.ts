// The guards of ./support see what they are meant to fail a test on. Each problem here is caused
// on purpose, checked to be recorded, and then allowed, so that this test itself passes.
import { expect, test } from "./support";

test("the guards record a console error, a CSP violation and a 404 from our own origin", async ({ page, guards }) => {
  guards.allow("consoleError", /^guard probe$/u);
  guards.allow("consoleError", /Failed to load resource: .* 404/u);
  guards.allow("consoleError", /^Executing inline script violates .*'script-src 'self' 'wasm-unsafe-eval''/u);
  guards.allow("cspViolation", /^script-src(-elem)? blocked inline/u);
  // Chromium also reports the unread 404 body as an aborted request.
  guards.allow("failedRequest", /\/assets\/no-such-file\.js: (HTTP 404|net::ERR_ABORTED)$/u);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tsunagari");
  await page.evaluate(() => console.error("guard probe"));
  // An inline script: the policy allows scripts from our own origin only.
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.inlineRan = true;";
    document.head.append(script);
  });
  // (Not asking for HTML, or the preview server answers with index.html.)
  const status = await page.evaluate(() =>
    fetch("/assets/no-such-file.js", { headers: { Accept: "text/javascript" } }).then((r) => r.status),
  );
  expect(status).toBe(404);
  await expect.poll(() => guards.cspViolations.length).toBeGreaterThan(0);
  expect(guards.consoleErrors).toContain("guard probe");
  expect(guards.cspViolations.join("\n")).toMatch(/blocked inline/u);
  expect(guards.failedRequests.join("\n")).toMatch(/no-such-file\.js: HTTP 404$/mu);
  expect(await page.evaluate(() => "inlineRan" in window)).toBe(false);
});
