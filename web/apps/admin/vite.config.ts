import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// The build the Python server serves at /admin/ (web/apps/admin/dist): index.html, and hashed files under
// /admin/assets/ that it caches for a year. No service worker: editors work online. `npm run dev` serves the
// UI with hot reload and sends /api and /media to a `vuga serve` on port 8000.
export default defineConfig({
  base: "/admin/",
  plugins: [preact({ prefreshEnabled: true })],
  build: {
    outDir: "dist",
    assetsDir: "assets",
    target: "es2022",
    sourcemap: false,
    assetsInlineLimit: 0, // no inline scripts or styles: the page's CSP admits its own origin only
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:8000", "/media": "http://127.0.0.1:8000" },
  },
});
