import { defineConfig, type Plugin } from "vitest/config";
import react from "@vitejs/plugin-react";
import { VitePWA, type VitePWAOptions } from "vite-plugin-pwa";

/** The built app may talk to its own origin only: no CDN, no analytics, no remote fonts. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "worker-src 'self' blob:; connect-src 'self' blob: data:; font-src 'self'; object-src 'none'; base-uri 'self'";

function contentSecurityPolicy(): Plugin {
  return {
    name: "tsunagari-csp",
    apply: "build",
    transformIndexHtml: (html) =>
      html.replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
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
  build: { target: "es2022", chunkSizeWarningLimit: 1500 },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["tests/unit/setup.ts"],
    testTimeout: 30_000,
  },
});
