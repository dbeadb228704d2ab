// The page is served with its security policy as headers (a meta tag cannot forbid framing),
// and another page, even one on the same origin, cannot show it in a frame (clickjacking).
import { expect, test } from "./support";

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
  expect(meta).toContain("script-src 'self';");
  expect(csp).toBe(`${meta}; frame-ancestors 'none'`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tsunagari");
});

test("cannot be shown in a frame, not even by a page of its own origin", async ({ page, guards, baseURL }) => {
  // The browser refuses the framed page and says so on the console: this test's expected outcome.
  guards.allow("consoleError", /Refused to (display|frame) .* frame-ancestors 'none'/u);
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
