import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { defineConfig, type Plugin } from "vitest/config";
import react from "@vitejs/plugin-react";
import { VitePWA, type VitePWAOptions } from "vite-plugin-pwa";

/**
 * The security policy, in one place for the meta tag, `vite preview` and the dev server (README
 * "Hosting" lists the same headers for a static host). The built app may talk to its own origin
 * only: no CDN, no analytics, no remote fonts; no eval (WebAssembly may compile).
 */
const POLICY: Record<string, string> = {
  "default-src": "'self'",
  // WebAssembly compilation (the path-sweep kernel, src/domain/metrics/sweepWasm.ts), not eval.
  "script-src": "'self' 'wasm-unsafe-eval'",
  "style-src": "'self' 'unsafe-inline'",
  "img-src": "'self' data: blob:",
  "worker-src": "'self' blob:",
  "connect-src": "'self' blob: data:",
  "font-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
};
// frame-ancestors is ignored (with a console error) in a meta tag: only a header can forbid framing.
const HEADER_ONLY = { "frame-ancestors": "'none'" };
// The dev server's React Refresh preamble is an inline script and HMR talks over a WebSocket.
const DEV = { "script-src": "'self' 'unsafe-inline' 'wasm-unsafe-eval'", "connect-src": "'self' ws: blob: data:" };

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");

/** The Content-Security-Policy of the meta tag in the built index.html. */
export const CSP_META = policy(POLICY);
/** The headers to serve the built app with (`vite preview`; README "Hosting" for static hosts). */
export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": policy({ ...POLICY, ...HEADER_ONLY }),
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};
const DEV_HEADERS = { ...SECURITY_HEADERS, "Content-Security-Policy": policy({ ...POLICY, ...HEADER_ONLY, ...DEV }) };

function contentSecurityPolicy(): Plugin {
  return {
    name: "tsunagari-csp",
    apply: "build",
    transformIndexHtml: (html) =>
      html.replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`),
  };
}

/**
 * The shipped Japanese font (src/domain/fonts.ts): @fontsource/noto-sans-jp splits each weight into
 * ~124 woff2 files by unicode-range, and a page downloads only the files of the characters it
 * shows. Its CSS also names a .woff fallback for every file (as large again, for browsers older
 * than ours): dropped here, so that neither the bundle nor the precache carries it.
 */
const FONT_PACKAGE = "@fontsource/noto-sans-jp";
function woff2Only(): Plugin {
  return {
    name: "tsunagari-woff2-only",
    enforce: "pre",
    transform(code, id) {
      if (!id.includes(`/${FONT_PACKAGE}/`) || !id.endsWith(".css")) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)/g, ""), map: null };
    },
  };
}

/** `[file base name, ranges]` of every @font-face of one weight's CSS in the font package. */
function fontFaces(weight: number): [string, [number, number][]][] {
  const css = readFileSync(join("node_modules", FONT_PACKAGE, `${weight}.css`), "utf8");
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = ""]) => {
    const file = /url\(\.\/files\/([^)]+)\.woff2\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!file || !range) return [];
    const ranges = range.split(",").map((r): [number, number] => {
      const [lo = "0", hi = lo] = r.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(lo, 16), parseInt(hi, 16)];
    });
    return [[file, ranges]];
  });
}

/**
 * The font files the app's own text needs (every UI string in both languages, the symbols in the
 * components, the sample map and the page title): precached, so that the UI and the sample draw offline on the very first
 * offline visit. The other files (rare kanji of people's names) are cached when first used.
 */
function fontFilesForAppText(weights: readonly number[]): Set<string> {
  const localeDir = "src/i18n/locales";
  const texts = readdirSync(localeDir).flatMap((lang) =>
    readdirSync(join(localeDir, lang)).map((f) => readFileSync(join(localeDir, lang, f), "utf8")),
  );
  texts.push(readFileSync("data/sample-network.json", "utf8"), readFileSync("index.html", "utf8"));
  // Symbols written in the components themselves (⚠, ×, arrows) are app text too.
  for (const dir of ["src/ui", "src/scene"])
    for (const f of readdirSync(dir, { recursive: true, encoding: "utf8" }))
      if (/\.tsx?$/u.test(f)) texts.push(readFileSync(join(dir, f), "utf8"));
  const codePoints = new Set<number>();
  for (const text of texts) for (const ch of text) codePoints.add(ch.codePointAt(0) ?? 0);
  const needed = new Set<string>();
  for (const weight of weights) {
    for (const [file, ranges] of fontFaces(weight)) {
      if ([...codePoints].some((c) => ranges.some(([lo, hi]) => c >= lo && c <= hi))) needed.add(file);
    }
  }
  return needed;
}
// Every weight the package has: only the files of the weights the app imports are in the bundle.
// Worked out when the service worker is generated (a build), not when the config loads (preview, vitest).
let precachedFontFiles: Set<string> | undefined;
const precachedFontFile = (base: string) =>
  (precachedFontFiles ??= fontFilesForAppText([100, 200, 300, 400, 500, 600, 700, 800, 900])).has(base);
/** Vite names an emitted asset `<base>-<hash>.woff2`. */
const fontBase = (url: string) => /([^/]+)-[\w-]{8}\.woff2$/.exec(url)?.[1] ?? "";

/**
 * Offline after the first visit: workbox generateSW precaches the whole bundle (no runtime
 * caching of other origins, no Google Analytics, workbox runtime served from our own origin).
 * Registered from src/app/pwa.ts; a new version waits until all tabs are closed.
 */
const pwa: Partial<VitePWAOptions> = {
  strategies: "generateSW",
  registerType: "prompt",
  injectRegister: false,
  includeAssets: ["favicon.svg"],
  manifest: {
    name: "Tsunagari — つながり",
    short_name: "Tsunagari",
    description: "Map your strong and weak ties and see where new information comes from. Nothing leaves your browser.",
    lang: "en",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f7f7f5",
    theme_color: "#1f2328",
    icons: [
      { src: "favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "icon-512.png", sizes: "512x512", type: "image/png", purpose: "any maskable" },
    ],
  },
  workbox: {
    globPatterns: ["**/*.{js,css,html,svg,png,webmanifest,json,woff2}"],
    // Font files beyond the app's own text are cached on first use (below), not all up front.
    manifestTransforms: [
      (entries) => ({
        manifest: entries.filter((e) => !e.url.endsWith(".woff2") || precachedFontFile(fontBase(e.url))),
        warnings: [],
      }),
    ],
    navigateFallback: "index.html",
    cleanupOutdatedCaches: true,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    offlineGoogleAnalytics: false,
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith(".woff2"),
        handler: "CacheFirst",
        options: { cacheName: "tsunagari-fonts", expiration: { maxEntries: 600 } },
      },
    ],
    sourcemap: false,
  },
  devOptions: { enabled: false },
};

export default defineConfig({
  plugins: [woff2Only(), react(), contentSecurityPolicy(), VitePWA(pwa)],
  worker: { format: "es" },
  preview: { headers: SECURITY_HEADERS },
  server: { headers: DEV_HEADERS },
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1500,
    // Fonts stay files: the policy's font-src 'self' forbids data: fonts, and a page fetches only its subsets.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["tests/unit/setup.ts"],
    testTimeout: 30_000,
  },
});
