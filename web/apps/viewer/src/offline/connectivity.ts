// Whether the app can reach the server: the browser's own idea (navigator.onLine and its events) corrected by
// what the app's requests meet. A request that fails without an answer, or one the service worker answered
// from its cache because the network failed, means offline; any answer from the server means online again.

import { FROM_OFFLINE_CACHE } from "./cacheRules";

type Listener = (online: boolean) => void;

const listeners = new Set<Listener>();
let online = typeof navigator === "undefined" ? true : navigator.onLine;

function set(next: boolean): void {
  if (next === online) return;
  online = next;
  for (const listener of listeners) listener(online);
}

export function isOnline(): boolean {
  return online;
}

export function subscribeOnline(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== "undefined") {
  window.addEventListener("online", () => set(true));
  window.addEventListener("offline", () => set(false));
}

/** A fetch that reports what it meets; the app's API client uses it. */
export function watchingFetch(base: typeof fetch): typeof fetch {
  return async (input, init) => {
    try {
      const response = await base(input, init);
      set(!response.headers.has(FROM_OFFLINE_CACHE));
      return response;
    } catch (error) {
      if (!(error instanceof DOMException && error.name === "AbortError")) set(false);
      throw error;
    }
  };
}
