/// <reference lib="webworker" />
// The viewer app's service worker (docs/web.md, "Offline"): the app shell precached, so a warm reload needs no
// network for it; the last 50 title pages' public answers and the artwork kept for offline use. Never a
// personal answer (src/offline/cacheRules.ts) and never a signed media URL.

import { CacheableResponsePlugin } from "workbox-cacheable-response";
import { clientsClaim } from "workbox-core";
import { ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from "workbox-strategies";
import { ByteCap } from "./offline/byteCap";
import { indexedDbLedger } from "./offline/byteLedgerStore";
import { FROM_OFFLINE_CACHE, isArtwork, isPublicHome, isTitleAnswer, storable } from "./offline/cacheRules";

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

export const TITLE_PAGES = 50;
export const ARTWORK_BYTES = 100 * 1024 * 1024;
// Posters are 10–60 KB: 4,000 entries is past the byte cap, so the bytes decide, the count only bounds the
// ledger; workbox-expiration still evicts by least recent use and empties the cache on a quota error.
const ARTWORK_ENTRIES = 4000;

// A new build's worker activates as soon as it has precached that build, and serves the next navigation (a
// reload, a new tab): the page already open keeps the code it loaded. Its index.html and assets are precached
// together, atomically, so the page served always has its assets; a chunk the open page asks for later that is
// gone from the server reloads the page (src/offline/register.ts).
self.skipWaiting();
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every route of the app answers its page (the server's SPA fallback), from the precache.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL("/"), {
    denylist: [/^\/(api|media|healthz|readyz|metrics)(\/|$)/],
  }),
);

const keepOnlyStorable = {
  cacheWillUpdate: async ({ request, response }: { request: Request; response: Response }) =>
    storable(request, response) ? response : null,
};

// Marks an answer served from the cache because the network failed, so the app can say it is offline.
const markServedOffline = {
  cachedResponseWillBeUsed: async ({ cachedResponse }: { cachedResponse?: Response | undefined }) => {
    if (!cachedResponse) return null;
    const headers = new Headers(cachedResponse.headers);
    headers.set(FROM_OFFLINE_CACHE, "1");
    return new Response(cachedResponse.body, { status: cachedResponse.status, headers });
  },
};

// Network first: online, the viewer sees the title as it is now (the browser's HTTP cache and the server's
// ETag already make a repeat visit cheap); the stored answer is only for when the network fails or stalls.
registerRoute(
  ({ url, request }) => request.method === "GET" && isTitleAnswer(url, self.location.origin),
  new NetworkFirst({
    cacheName: "vuga-title-pages",
    networkTimeoutSeconds: 4,
    plugins: [
      keepOnlyStorable,
      new ExpirationPlugin({ maxEntries: TITLE_PAGES, purgeOnQuotaError: true }),
      markServedOffline,
    ],
  }),
);

// Stale while revalidate: the signed-out home (public; a profile's home is personal and never kept) opens at
// once from the last answer while the network brings the next one. Its rails change by the hour (the server
// caches it an hour), so one visit's staleness costs little, and the reload skips a round trip.
registerRoute(
  ({ url, request }) => request.method === "GET" && isPublicHome(url, self.location.origin),
  new StaleWhileRevalidate({
    cacheName: "vuga-home",
    plugins: [keepOnlyStorable, new ExpirationPlugin({ maxEntries: 1, purgeOnQuotaError: true })],
  }),
);

// Cache first: artwork URLs are immutable (a new image is a new URL), so a stored one is never stale.
const artworkBytes = new ByteCap({
  maxBytes: ARTWORK_BYTES,
  store: indexedDbLedger("vuga-artwork-bytes"),
  openCache: (name) => caches.open(name),
});
registerRoute(
  ({ url, request }) => isArtwork(request, url),
  new CacheFirst({
    cacheName: "vuga-artwork",
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      keepOnlyStorable,
      new ExpirationPlugin({ maxEntries: ARTWORK_ENTRIES, purgeOnQuotaError: true }),
      artworkBytes.plugin(),
    ],
  }),
);

// Push notifications (docs/notifications.md): the server's message, shown with its id as the tag, so that a
// message pushed twice (delivery is at least once) shows once; a click opens its page.
interface PushedNotification {
  notification_id: number;
  title: string;
  body: string;
  image_url?: string | null;
  link?: string | null;
}

self.addEventListener("push", (event: PushEvent) => {
  const message = event.data?.json() as PushedNotification | undefined;
  if (!message) return;
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: message.body,
      tag: `n${message.notification_id}`,
      data: { link: message.link?.startsWith("/title/") ? message.link : "/notifications" },
      ...(message.image_url ? { icon: message.image_url } : {}),
    }),
  );
});

self.addEventListener("notificationclick", (event: NotificationEvent) => {
  event.notification.close();
  const link = (event.notification.data as { link?: string } | null)?.link ?? "/";
  event.waitUntil(self.clients.openWindow(link));
});
