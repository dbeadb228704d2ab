// The page is served with its security policy as headers (a meta tag cannot forbid framing),
// and another page, even one on the same origin, cannot show it in a frame (clickjacking).
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
  expect(meta).toContain("script-src 'self';");
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
