// One app's session with the server: its token store (localStorage, shared by its tabs), the typed API client
// that carries and rotates the tokens, and the query cache (TanStack Query) every component reads through.
// The viewer app and the admin UI each make one; signing in is the same for both.

import { QueryClient } from "@tanstack/preact-query";
import {
  type Api,
  type ApiClient,
  ApiError,
  createApi,
  OfflineError,
  SESSION_KEY,
  SessionStore,
  unwrap,
} from "@vuga/api";

export interface AppSessionOptions {
  storage?: Storage;
  fetch?: typeof globalThis.fetch;
  /** More localStorage keys whose change in another tab means "the session changed" (the viewer's profile). */
  sharedKeys?: string[];
}

export interface AppSession {
  session: SessionStore;
  api: Api;
  client: ApiClient;
  queryClient: QueryClient;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

/** The query cache's defaults: a 4xx is not retried (it does not get better), nor a request made offline. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => {
          if (error instanceof ApiError && error.status < 500) return false;
          return failures < 2 && !(error instanceof OfflineError && !navigator.onLine);
        },
      },
      mutations: { retry: false },
    },
  });
}

export function createAppSession(options: AppSessionOptions = {}): AppSession {
  const storage = options.storage ?? window.localStorage;
  const session = new SessionStore(storage);
  const queryClient = createQueryClient();
  const api = createApi({
    session,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    onSignedOut: () => queryClient.clear(),
  });
  const { client } = api;
  const watched = new Set([SESSION_KEY, ...(options.sharedKeys ?? [])]);
  // Another tab signed in, out, or rotated the tokens.
  window.addEventListener("storage", (event) => {
    if (event.key === null || watched.has(event.key)) session.changedElsewhere();
  });

  return {
    session,
    api,
    client,
    queryClient,
    async signIn(email, password) {
      const pair = await unwrap(client.POST("/api/v1/auth/login", { body: { email, password } }));
      queryClient.clear();
      session.save(pair);
    },
    async signOut() {
      try {
        await client.POST("/api/v1/auth/logout");
      } finally {
        session.clear();
        queryClient.clear();
      }
    },
  };
}
