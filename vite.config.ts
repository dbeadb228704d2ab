import { defineConfig, type Plugin } from "vitest/config";
import react from "@vitejs/plugin-react";
import { VitePWA, type VitePWAOptions } from "vite-plugin-pwa";

/**
 * The security policy, in one place for the meta tag, `vite preview` and the dev server (README
 * "Hosting" lists the same headers for a static host). The built app may talk to its own origin
 * only: no CDN, no analytics, no remote fonts; no eval.
 */
const POLICY: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self'",
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
const DEV = { "script-src": "'self' 'unsafe-inline'", "connect-src": "'self' ws: blob: data:" };

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
    navigateFallback: "index.html",
    cleanupOutdatedCaches: true,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    offlineGoogleAnalytics: false,
    runtimeCaching: [],
    sourcemap: false,
  },
  devOptions: { enabled: false },
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), VitePWA(pwa)],
  worker: { format: "es" },
  preview: { headers: SECURITY_HEADERS },
  server: { headers: DEV_HEADERS },
  build: { target: "es2022", chunkSizeWarningLimit: 1500 },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["tests/unit/setup.ts"],
    testTimeout: 30_000,
  },
});
