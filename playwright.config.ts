import { defineConfig } from "@playwright/test";

// E2E_PORT / E2E_DIST / E2E_OUT let several people run the suite side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? "dist";
const OUT = process.env.E2E_OUT ?? "test-results";

// Real Chromium from Debian (/usr/bin/chromium); Playwright's own browser downloads are not used.
export default defineConfig({
  testDir: "tests/e2e",
  // *.perf.spec.ts measure rather than test (minutes on a 30,000-person map): `npm run bench:browser`.
  testIgnore: process.env.E2E_PERF ? [] : ["**/*.perf.spec.ts"],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  outputDir: OUT,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    locale: "en-US",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--enable-unsafe-swiftshader",
      ],
    },
  },
  webServer: {
    // Serves the production bundle (`npm run build` must have run); Playwright owns the process.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
