import { describe, expect, it } from "vitest";
import { ByteCap, type CacheLike, memoryLedger } from "./byteCap";

/** A cache that holds URLs only: what the plugin deletes from is what matters. */
function fakeCache(): CacheLike & { urls: Set<string> } {
  const urls = new Set<string>();
  return {
    urls,
    delete: async (url) => urls.delete(url),
    keys: async () => [...urls].map((url) => new Request(url)),
  };
}

function setUp(maxBytes: number) {
  let clock = 0;
  const cache = fakeCache();
  const ledger = memoryLedger();
  const cap = new ByteCap({ maxBytes, store: ledger, openCache: async () => cache, now: () => clock });
  const store = async (name: string, bytes: number) => {
    clock += 120_000; // two minutes apart: each use is recorded
    cache.urls.add(`https://vuga.test/${name}`);
    await cap.stored("art", `https://vuga.test/${name}`, bytes);
  };
  const use = async (name: string) => {
    clock += 120_000;
    await cap.used(`https://vuga.test/${name}`);
  };
  const held = () => [...cache.urls].map((url) => url.replace("https://vuga.test/", "")).sort();
  return { cap, cache, ledger, store, use, held };
}

describe("the byte cap", () => {
  it("keeps everything while the total fits", async () => {
    const { store, held } = setUp(100);
    await store("a", 40);
    await store("b", 60);
    expect(held()).toEqual(["a", "b"]);
  });

  it("evicts the least recently used until the total fits", async () => {
    const { store, use, held, ledger } = setUp(100);
    await store("a", 40);
    await store("b", 30);
    await store("c", 30);
    await use("a"); // a is now the most recently used; b the least
    await store("d", 50);
    expect(held()).toEqual(["a", "d"]);
    const total = [...ledger.rows.values()].reduce((sum, row) => sum + row.bytes, 0);
    expect(total).toBe(90);
  });

  it("counts a replaced entry once", async () => {
    const { store, held } = setUp(100);
    await store("a", 60);
    await store("a", 70);
    await store("b", 30);
    expect(held()).toEqual(["a", "b"]);
  });

  it("forgets entries workbox-expiration removed instead of evicting others for them", async () => {
    const { store, cache, held } = setUp(100);
    await store("a", 60);
    await store("b", 30);
    cache.urls.delete("https://vuga.test/a"); // maxEntries or a quota purge took it
    await store("c", 60);
    expect(held()).toEqual(["b", "c"]);
  });

  it("keeps totals right when entries are stored at the same moment", async () => {
    const { cap, cache, held } = setUp(100);
    for (const name of ["a", "b", "c", "d"]) cache.urls.add(`https://vuga.test/${name}`);
    await Promise.all(["a", "b", "c", "d"].map((name) => cap.stored("art", `https://vuga.test/${name}`, 40)));
    expect(held()).toHaveLength(2);
  });

  it("measures what the plugin is given to store", async () => {
    const { cap, cache, ledger } = setUp(1000);
    cache.urls.add("https://vuga.test/poster.jpg");
    await cap.plugin().cacheDidUpdate({
      cacheName: "art",
      request: new Request("https://vuga.test/poster.jpg"),
      newResponse: new Response(new Uint8Array(321)),
    });
    expect(ledger.rows.get("https://vuga.test/poster.jpg")?.bytes).toBe(321);
  });
});
