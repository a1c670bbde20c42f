// Registers the service worker (src/sw.ts, built to /sw.js) once the page has loaded, so that precaching the
// shell never competes with the first load for the network.

import { Workbox } from "workbox-window";

export function registerServiceWorker(): void {
  // A chunk of an older build the server no longer has (the page was open across a deploy): load the page
  // again, which the new build's worker answers.
  window.addEventListener("vite:preloadError", (event) => {
    event.preventDefault();
    window.location.reload();
  });
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  const worker = new Workbox("/sw.js", { scope: "/" });
  const start = () => void worker.register().catch(() => undefined); // no worker: the app works online
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
