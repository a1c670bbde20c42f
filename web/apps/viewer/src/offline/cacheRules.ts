// What the service worker may keep: public catalog answers and artwork. Shared by the worker and its tests,
// so it is written against the fetch API alone (no DOM or worker globals).

/** Signed media URLs (the player's ladders, downloads) expire and name one viewer: never cached. */
const SIGNED_MEDIA = /^\/media\/s\//;
const TITLE_ANSWER = /^\/api\/v1\/titles\/\d+$/;

function directives(response: Response): Set<string> {
  const header = response.headers.get("Cache-Control") ?? "";
  return new Set(
    header
      .toLowerCase()
      .split(",")
      .map((part) => part.trim().split("=")[0] ?? "")
      .filter(Boolean),
  );
}

/**
 * Whether an answer may be stored for offline use. Never a personal one: an answer marked `no-store` or
 * `private` (the server's mark on everything personal), and never one to a request carrying a bearer token
 * unless the server said it is `public` (RFC 9111 §3.5: the same for every caller, as a title's page is
 * without `profile_id`). Only complete 200s: an opaque cross-origin answer hides its status and size.
 */
export function storable(request: Request, response: Response): boolean {
  if (response.status !== 200 || response.type === "opaque") return false;
  const url = new URL(request.url);
  if (SIGNED_MEDIA.test(url.pathname)) return false;
  const cacheControl = directives(response);
  if (cacheControl.has("no-store") || cacheControl.has("private")) return false;
  if (request.headers.has("Authorization") && !cacheControl.has("public")) return false;
  return true;
}

/** A title page's public answer (`/api/v1/titles/{id}`; with `?profile_id=` it is private and not kept). */
export function isTitleAnswer(url: URL, origin: string): boolean {
  return url.origin === origin && TITLE_ANSWER.test(url.pathname);
}

/** The signed-out home (`/api/v1/home`), public like a title page's answer. */
export function isPublicHome(url: URL, origin: string): boolean {
  return url.origin === origin && url.pathname === "/api/v1/home" && url.search === "";
}

/** Posters and artwork, from the app's origin or the media CDN; never a signed media URL. */
export function isArtwork(request: Request, url: URL): boolean {
  return request.method === "GET" && request.destination === "image" && !SIGNED_MEDIA.test(url.pathname);
}

/** The header the worker adds to an answer it served from its cache because the network failed. */
export const FROM_OFFLINE_CACHE = "X-Vuga-Offline";
