import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

// The build the Python server serves (web/apps/viewer/dist): index.html, and hashed files under /assets/
// that it caches for a year. `npm run dev` serves the app with hot reload and sends /api and /media to a
// `vuga serve` on port 8000.
export default defineConfig({
  plugins: [
    preact({ prefreshEnabled: true }),
    // The service worker (src/sw.ts, docs/web.md "Offline"): Workbox modules bundled into /sw.js, with the
    // list of files to precache (the app shell) written into it at build time.
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src",
      filename: "sw.ts",
      injectRegister: false, // src/offline/register.ts registers it: no inline script under the page's CSP
      manifest: false,
      injectManifest: {
        rollupFormat: "iife",
        globPatterns: ["index.html", "assets/*.{js,css}", "favicon.svg"],
        // The player's page and hls.js load on demand and stay out of the shell: hls.js alone is ~180 KB
        // compressed that a viewer who never plays offline would download with every new build.
        globIgnores: ["assets/PlayerPage-*", "assets/hls-*"],
        // The server answers the app's page at "/" (it has no /index.html route).
        manifestTransforms: [
          async (entries) => ({
            manifest: entries.map((entry) => (entry.url === "index.html" ? { ...entry, url: "/" } : entry)),
            warnings: [],
          }),
        ],
      },
    }),
  ],
  build: {
    outDir: "dist",
    assetsDir: "assets",
    target: "es2022",
    sourcemap: false,
    // No inline scripts or styles: the page's CSP admits its own origin only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // hls.js (~580 kB, ~180 kB compressed) is a chunk of its own, loaded only when the player opens.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:8000", "/media": "http://127.0.0.1:8000" },
  },
});
