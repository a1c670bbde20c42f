import { describe, expect, it, vi } from "vitest";
import { createApi } from "./client";
import { type KeyValueStorage, SessionStore } from "./session";

function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

/** A server that knows one valid access token and rotates refresh tokens, each usable once. */
function fakeServer() {
  let generation = 1;
  const refreshes: string[] = [];
  const seen: { path: string; authorization: string | null; body: string }[] = [];
  const fetch = vi.fn(async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === "string" ? new Request(input, init) : input;
    const path = new URL(request.url).pathname;
    const body = await request.text();
    seen.push({ path, authorization: request.headers.get("Authorization"), body });
    if (path === "/api/v1/auth/refresh") {
      const { refresh_token } = JSON.parse(body) as { refresh_token: string };
      refreshes.push(refresh_token);
      if (refresh_token !== `refresh-${generation}`) return json(401, { status: 401, title: "Unauthorized" });
      generation += 1;
      return json(200, {
        access_token: `access-${generation}`,
        refresh_token: `refresh-${generation}`,
        token_type: "bearer",
        expires_in: 900,
      });
    }
    if (request.headers.get("Authorization") !== `Bearer access-${generation}`) {
      return json(401, { status: 401, title: "Unauthorized", detail: "the access token has expired" });
    }
    return json(200, { items: [], next_cursor: null });
  });
  return { fetch, refreshes, seen, bump: () => generation++ };
}

function setUp(now = 1_000_000) {
  const server = fakeServer();
  const session = new SessionStore(memoryStorage(), () => now);
  const onSignedOut = vi.fn();
  const api = createApi({ baseUrl: "http://vuga.test", session, fetch: server.fetch as never, onSignedOut });
  return { server, session, api, onSignedOut };
}

describe("silent refresh", () => {
  it("refreshes an expiring token once for concurrent calls", async () => {
    const { server, session, api } = setUp();
    session.save({
      access_token: "access-1",
      refresh_token: "refresh-1",
      token_type: "bearer",
      expires_in: 10,
    });
    const calls = await Promise.all([1, 2, 3].map(() => api.client.GET("/api/v1/profiles")));
    expect(calls.map((call) => call.response.status)).toEqual([200, 200, 200]);
    expect(server.refreshes).toEqual(["refresh-1"]);
    expect(session.get()?.refreshToken).toBe("refresh-2");
  });

  it("retries a refused call after a refresh, with its body", async () => {
    const { server, session, api } = setUp();
    session.save({
      access_token: "access-0",
      refresh_token: "refresh-1",
      token_type: "bearer",
      expires_in: 900,
    });
    const result = await api.client.PUT("/api/v1/profiles/{profile_id}/ratings/{title_id}", {
      params: { path: { profile_id: 1, title_id: 2 } },
      body: { score: 4 },
    });
    expect(result.response.status).toBe(200);
    const retried = server.seen.at(-1);
    expect(retried?.authorization).toBe("Bearer access-2");
    expect(JSON.parse(retried?.body ?? "{}")).toEqual({ score: 4 });
  });

  it("ends the session when the refresh token is refused", async () => {
    const { server, session, api, onSignedOut } = setUp();
    session.save({ access_token: "stale", refresh_token: "stolen", token_type: "bearer", expires_in: 1 });
    const result = await api.client.GET("/api/v1/profiles");
    expect(result.response.status).toBe(401); // sent without a token: the server refuses it
    expect(server.seen.at(-1)?.authorization).toBeNull();
    expect(session.get()).toBeNull();
    expect(onSignedOut).toHaveBeenCalledOnce();
  });

  it("uses the token another tab already rotated instead of spending it again", async () => {
    const { server, session, api } = setUp();
    session.save({
      access_token: "access-1",
      refresh_token: "refresh-1",
      token_type: "bearer",
      expires_in: 10,
    });
    const other = createApi({
      baseUrl: "http://vuga.test",
      session,
      fetch: server.fetch as never,
      withLock: async (_name, task) => {
        session.save({
          access_token: "access-2",
          refresh_token: "refresh-2",
          token_type: "bearer",
          expires_in: 900,
        });
        server.bump();
        return task();
      },
    });
    await other.refresh();
    expect(server.refreshes).toEqual([]);
    expect((await api.client.GET("/api/v1/profiles")).response.status).toBe(200);
  });

  it("sends no token to sign in", async () => {
    const { server, session, api } = setUp();
    session.save({
      access_token: "access-1",
      refresh_token: "refresh-1",
      token_type: "bearer",
      expires_in: 900,
    });
    await api.client.POST("/api/v1/auth/login", { body: { email: "a@example.com", password: "x" } });
    expect(server.seen.at(-1)?.authorization).toBeNull();
  });
});
