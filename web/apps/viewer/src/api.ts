// The app's one API client and query cache. Data flows one way: the generated client → TanStack Query's
// cache → feature components; no component fetches on its own.

import { QueryClient } from "@tanstack/preact-query";
import { ApiError, createApi, OfflineError, SessionStore } from "@vuga/api";
import { watchingFetch } from "./offline/connectivity";

export const session = new SessionStore(window.localStorage);
export const api = createApi({
  session,
  fetch: watchingFetch(globalThis.fetch.bind(globalThis)), // the offline banner learns from every call
  onSignedOut: () => {
    queryClient.clear();
  },
});
export const client = api.client;

// Another tab signed in, out, or rotated the tokens.
window.addEventListener("storage", (event) => {
  if (event.key === null || event.key === "vuga.session" || event.key === "vuga.profile") {
    session.changedElsewhere();
  }
});

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      gcTime: 30 * 60_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => {
        if (error instanceof ApiError && error.status < 500) return false; // a 4xx does not get better
        return failures < 2 && !(error instanceof OfflineError && !navigator.onLine);
      },
    },
    mutations: { retry: false },
  },
});
