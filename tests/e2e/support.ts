// Shared e2e guards, automatic for every test (specs import `test` from here; lint enforces it):
// no request leaves the page's origin, no console error or uncaught exception (pages and their
// workers), no Content-Security-Policy violation, and no failed or >= 400 request to our own origin.
// A test that causes one of these on purpose allows exactly that one with `guards.allow`.
import { expect, test as base, type Page } from "@playwright/test";
import { PNG } from "pngjs";

export type GuardKind = "consoleError" | "cspViolation" | "failedRequest";

export interface Guards {
  requests: string[];
  consoleErrors: string[];
  cspViolations: string[];
  failedRequests: string[];
  /** Lets this test cause one expected problem; say why at the call site. */
  allow(kind: GuardKind, pattern: RegExp): void;
}

/** Name of the binding through which pages report `securitypolicyviolation` events. */
const CSP_BINDING = "__e2eReportCspViolation";

function reportCspViolations(binding: string): void {
  document.addEventListener(
    "securitypolicyviolation",
    (e) => {
      const report = (window as unknown as Record<string, (text: string) => void>)[binding];
      const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : "";
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"}${where}`);
    },
    true,
  );
}

export const test = base.extend<{ guards: Guards }>({
  guards: [
    // Takes `page` so that it is set up after the page and checks before the page is closed.
    async ({ context, page: _page, baseURL }, use) => {
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const ownOrigin = (url: string) => url.startsWith(origin + "/") || url === origin;
      const allowed: Record<GuardKind, RegExp[]> = { consoleError: [], cspViolation: [], failedRequest: [] };
      const guards: Guards = {
        requests: [],
        consoleErrors: [],
        cspViolations: [],
        failedRequests: [],
        allow: (kind, pattern) => allowed[kind].push(pattern),
      };
      let closing = false;
      context.on("request", (req) => guards.requests.push(req.url()));
      // Context-wide: every page, and the dedicated and service workers they start.
      context.on("console", (msg) => {
        if (msg.type() === "error") guards.consoleErrors.push(msg.text());
      });
      context.on("weberror", (e) => guards.consoleErrors.push(String(e.error())));
      context.on("requestfailed", (req) => {
        // Requests still in flight when the test closes its pages are cancelled, not failed.
        // So are font subsets still loading when a test reloads or navigates (the page fetches them on demand).
        const fontCancelled = req.resourceType() === "font" && req.failure()?.errorText === "net::ERR_ABORTED";
        if (ownOrigin(req.url()) && !closing && !fontCancelled)
          guards.failedRequests.push(`${req.url()}: ${req.failure()?.errorText}`);
      });
      context.on("response", (res) => {
        if (ownOrigin(res.url()) && res.status() >= 400)
          guards.failedRequests.push(`${res.url()}: HTTP ${res.status()}`);
      });
      await context.exposeBinding(CSP_BINDING, (_source, text: string) => guards.cspViolations.push(text));
      await context.addInitScript(reportCspViolations, CSP_BINDING);

      await use(guards);
      closing = true;

      const unexpected = (kind: GuardKind, list: string[]) =>
        list.filter((text) => !allowed[kind].some((re) => re.test(text)));
      const foreign = guards.requests.filter(
        (u) => !u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).origin !== origin,
      );
      expect(foreign, "requests that left the page's origin").toEqual([]);
      expect(unexpected("cspViolation", guards.cspViolations), "Content-Security-Policy violations").toEqual([]);
      expect(unexpected("failedRequest", guards.failedRequests), "failed requests to our own origin").toEqual([]);
      expect(unexpected("consoleError", guards.consoleErrors), "console errors").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export interface PixelStats {
  width: number;
  height: number;
  nonBackground: number;
  /** Pixels within a small distance of each given colour. */
  near: Record<string, number>;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Decodes a PNG screenshot and counts non-white pixels and pixels close to each colour. */
export function pixelStats(png: Buffer, colours: Record<string, string>, tolerance = 40): PixelStats {
  const img = PNG.sync.read(png);
  const targets = Object.entries(colours).map(([k, hex]) => [k, hexToRgb(hex)] as const);
  const near: Record<string, number> = Object.fromEntries(targets.map(([k]) => [k, 0]));
  let nonBackground = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const r = img.data[i] ?? 0;
    const g = img.data[i + 1] ?? 0;
    const b = img.data[i + 2] ?? 0;
    if (r < 245 || g < 245 || b < 245) nonBackground++;
    for (const [k, [tr, tg, tb]] of targets) {
      if (Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) <= tolerance) near[k] = (near[k] ?? 0) + 1;
    }
  }
  return { width: img.width, height: img.height, nonBackground, near };
}

/** Share of pixels that differ by more than a small amount between two screenshots of the same size. */
export function changedShare(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) {
    throw new Error(`screenshots of different sizes: ${x.width}×${x.height} and ${y.width}×${y.height}`);
  }
  let changed = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    let d = 0;
    for (let c = 0; c < 3; c++) d += Math.abs((x.data[i + c] ?? 0) - (y.data[i + c] ?? 0));
    if (d > 30) changed++;
  }
  return changed / (x.width * x.height);
}

/** Waits until sigma has created its canvases inside the map container. */
export async function waitForMap(page: Page): Promise<void> {
  await expect(page.getByTestId("map-canvas").locator("canvas").first()).toBeAttached();
  await page.waitForTimeout(500);
}

/** Switches to clusters, which runs the force layout until it settles and saves the positions. */
export async function runClustersLayout(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Clusters", exact: true }).click();
  await expect(page.getByTestId("layout-note")).toHaveText(/^Layout (settled in|stopped after) [\d.]+ s/u, {
    timeout: 30_000,
  });
  // The camera re-fits the settled map (animated).
  await page.waitForTimeout(900);
}

/** Where screenshots for people to look at are written (kept after the run). */
export function shotPath(name: string): string {
  return `${process.env.E2E_OUT ?? "test-results"}/screens/${name}`;
}

/** A screenshot of the map once two in a row, a quarter of a second apart, are the same (at most `tries` more). */
export async function quietShot(page: Page, tries = 20): Promise<Buffer> {
  const canvas = page.getByTestId("map-canvas");
  let last = await canvas.screenshot();
  for (let i = 0; i < tries; i++) {
    await page.waitForTimeout(250);
    const next = await canvas.screenshot();
    if (changedShare(last, next) === 0) return next;
    last = next;
  }
  return last;
}
