// The typed client: openapi-fetch over the generated `paths`, with the session's bearer token on every call
// and silent refresh-token rotation (before an access token expires, and once again after a 401).

import createClient, { type Middleware } from "openapi-fetch";
import { ApiError, OfflineError, type ProblemBody } from "./problems";
import type { paths } from "./schema.gen";
import type { SessionStore, StoredSession, TokenPair } from "./session";

export type ApiClient = ReturnType<typeof createClient<paths>>;

export interface ApiOptions {
  baseUrl?: string;
  session: SessionStore;
  fetch?: typeof globalThis.fetch;
  /** Runs `task` holding a lock shared by the browser's tabs (navigator.locks), or directly without one. */
  withLock?: <T>(name: string, task: () => Promise<T>) => Promise<T>;
  /** Called when the session has ended (its refresh token was refused): the app shows the sign-in page. */
  onSignedOut?: () => void;
}

export interface Api {
  client: ApiClient;
  /** A fresh session (refreshed if the access token is about to expire), or null when signed out. */
  currentSession(): Promise<StoredSession | null>;
  /** Rotate the refresh token now; null when the session has ended. */
  refresh(): Promise<StoredSession | null>;
}

const REFRESH_PATH = "/api/v1/auth/refresh";
const NO_TOKEN_PATHS = new Set([REFRESH_PATH, "/api/v1/auth/login", "/api/v1/auth/register"]);

function browserLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  return locks ? (locks.request(name, task) as Promise<T>) : task();
}

export function createApi(options: ApiOptions): Api {
  const baseFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const withLock = options.withLock ?? browserLock;
  const { session } = options;
  let refreshing: Promise<StoredSession | null> | null = null;
  const retries = new WeakMap<Request, Request>();

  async function rotate(spent: string): Promise<StoredSession | null> {
    return withLock("vuga.refresh", async () => {
      const current = session.get();
      if (!current) return null;
      if (current.refreshToken !== spent) return current; // another tab rotated it meanwhile
      let response: Response;
      try {
        response = await baseFetch(`${options.baseUrl ?? ""}${REFRESH_PATH}`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ refresh_token: spent }),
        });
      } catch (error) {
        throw new OfflineError(error);
      }
      if (response.ok) return session.save((await response.json()) as TokenPair);
      if (response.status === 400 || response.status === 401) {
        session.clear();
        options.onSignedOut?.();
        return null;
      }
      throw new ApiError(response.status, await problemOf(response));
    });
  }

  function refresh(): Promise<StoredSession | null> {
    const current = session.get();
    if (!current) return Promise.resolve(null);
    // One refresh at a time in this tab: every call waiting on an expired token shares it.
    refreshing ??= rotate(current.refreshToken).finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  async function currentSession(): Promise<StoredSession | null> {
    const current = session.get();
    if (current && session.expiring(current)) return refresh();
    return current;
  }

  const auth: Middleware = {
    async onRequest({ request, schemaPath }) {
      if (NO_TOKEN_PATHS.has(schemaPath) || request.headers.has("Authorization")) return request;
      const active = await currentSession();
      if (!active) return request;
      request.headers.set("Authorization", `Bearer ${active.accessToken}`);
      retries.set(request, request.clone()); // its body is still unread: a retry after a refresh sends it again
      return request;
    },
    async onResponse({ request, response }) {
      const copy = retries.get(request);
      if (response.status !== 401 || !copy) return response;
      const renewed = await refresh();
      if (!renewed) return response;
      copy.headers.set("Authorization", `Bearer ${renewed.accessToken}`);
      return baseFetch(copy);
    },
  };

  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? "",
    fetch: async (input: Request) => {
      try {
        return await baseFetch(input);
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") throw error;
        throw new OfflineError(error);
      }
    },
  });
  client.use(auth);
  return { client, currentSession, refresh };
}

async function problemOf(response: Response): Promise<ProblemBody> {
  try {
    return (await response.json()) as ProblemBody;
  } catch {
    return { status: response.status, title: response.statusText };
  }
}

/** The data of an openapi-fetch result, or its problem thrown as an ApiError (what query functions want). */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, (error ?? {}) as ProblemBody);
  return data as T;
}
