import { describe, expect, it } from "vitest";
import { FROM_OFFLINE_CACHE } from "./cacheRules";
import { isOnline, subscribeOnline, watchingFetch } from "./connectivity";

describe("what the offline banner follows", () => {
  it("goes offline on a fetch without an answer or one served from the offline cache, online on an answer", async () => {
    const seen: boolean[] = [];
    const stop = subscribeOnline((online) => seen.push(online));
    let answer: () => Promise<Response> = async () => Promise.reject(new TypeError("Failed to fetch"));
    const fetch = watchingFetch(() => answer());
    await expect(fetch("/api/v1/titles/1")).rejects.toThrow("Failed to fetch");
    expect(isOnline()).toBe(false);
    answer = async () => new Response("{}");
    await fetch("/api/v1/titles/1");
    expect(isOnline()).toBe(true);
    answer = async () => new Response("{}", { headers: { [FROM_OFFLINE_CACHE]: "1" } });
    await fetch("/api/v1/titles/1");
    expect(isOnline()).toBe(false);
    stop();
    expect(seen).toEqual([false, true, false]);
  });

  it("does not take a cancelled request for a lost network", async () => {
    const fetch = watchingFetch(async () => new Response("{}"));
    await fetch("/api/v1/home");
    const aborted = watchingFetch(async () => Promise.reject(new DOMException("stale", "AbortError")));
    await expect(aborted("/api/v1/search/suggest?q=a")).rejects.toThrow("stale");
    expect(isOnline()).toBe(true);
  });
});
