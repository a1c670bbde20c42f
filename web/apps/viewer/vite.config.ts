import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// The build the Python server serves (web/apps/viewer/dist): index.html, and hashed files under /assets/
// that it caches for a year. `npm run dev` serves the app with hot reload and sends /api and /media to a
// `vuga serve` on port 8000.
export default defineConfig({
  plugins: [preact({ prefreshEnabled: true })],
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
