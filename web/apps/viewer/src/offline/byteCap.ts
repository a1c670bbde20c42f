// A size cap for a Workbox cache. workbox-expiration counts entries (maxEntries) and ages, not bytes: this
// plugin keeps a ledger of each entry's size and last use, and when a new entry takes the cache past its cap it
// deletes the least recently used entries until the total fits again.

export interface LedgerRow {
  url: string;
  bytes: number;
  usedAt: number;
}

/** Where the ledger lives: IndexedDB in the worker (byteLedgerStore.ts), a Map in the unit tests. */
export interface LedgerStore {
  put(row: LedgerRow): Promise<void>;
  get(url: string): Promise<LedgerRow | undefined>;
  delete(url: string): Promise<void>;
  all(): Promise<LedgerRow[]>;
}

/** The part of the Cache Storage API the plugin uses. */
export interface CacheLike {
  delete(request: string): Promise<boolean>;
  keys(): Promise<readonly Request[]>;
}

export interface ByteCapOptions {
  maxBytes: number;
  store: LedgerStore;
  openCache: (name: string) => Promise<CacheLike>;
  now?: () => number;
}

// A use is written at most once a minute per entry: an image shown on every page would otherwise write to
// IndexedDB on every render, and LRU order at minute granularity evicts the same entries.
const TOUCH_EVERY_MS = 60_000;

export class ByteCap {
  private readonly options: ByteCapOptions;
  private readonly now: () => number;
  private work: Promise<unknown> = Promise.resolve();

  constructor(options: ByteCapOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
  }

  /** Runs ledger changes one after another: two images stored at once must not both see the old total. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.work.then(task, task);
    this.work = next.catch(() => undefined);
    return next;
  }

  /** An entry was stored (or replaced): record its size, then evict until the cache fits its cap. */
  stored(cacheName: string, url: string, bytes: number): Promise<void> {
    return this.serial(async () => {
      await this.options.store.put({ url, bytes, usedAt: this.now() });
      await this.evict(cacheName);
    });
  }

  /** An entry was served from the cache: it becomes the most recently used. */
  used(url: string): Promise<void> {
    return this.serial(async () => {
      const row = await this.options.store.get(url);
      const now = this.now();
      if (row && now - row.usedAt >= TOUCH_EVERY_MS) await this.options.store.put({ ...row, usedAt: now });
    });
  }

  private async evict(cacheName: string): Promise<void> {
    const { store, maxBytes } = this.options;
    let rows = await store.all();
    let total = rows.reduce((sum, row) => sum + row.bytes, 0);
    if (total <= maxBytes) return;
    const cache = await this.options.openCache(cacheName);
    // Entries workbox-expiration (maxEntries, a quota purge) deleted meanwhile still have rows: drop those
    // first, so that the cap counts what the cache holds.
    const present = new Set((await cache.keys()).map((request) => request.url));
    for (const row of rows.filter((candidate) => !present.has(candidate.url))) await store.delete(row.url);
    rows = rows.filter((row) => present.has(row.url)).sort((a, b) => a.usedAt - b.usedAt);
    total = rows.reduce((sum, row) => sum + row.bytes, 0);
    for (const row of rows) {
      if (total <= maxBytes) break;
      await cache.delete(row.url);
      await store.delete(row.url);
      total -= row.bytes;
    }
  }

  /** The Workbox plugin: `cacheDidUpdate` and `cachedResponseWillBeUsed` are its lifecycle callbacks. */
  plugin() {
    return {
      cacheDidUpdate: async ({
        cacheName,
        request,
        newResponse,
      }: {
        cacheName: string;
        request: Request;
        newResponse: Response;
      }) => {
        const bytes = (await newResponse.clone().blob()).size;
        await this.stored(cacheName, request.url, bytes);
      },
      cachedResponseWillBeUsed: async ({
        request,
        cachedResponse,
      }: {
        request: Request;
        cachedResponse?: Response | undefined;
      }) => {
        if (cachedResponse) void this.used(request.url);
        return cachedResponse ?? null;
      },
    };
  }
}

/** The ledger in memory (the unit tests; a worker without IndexedDB). */
export function memoryLedger(): LedgerStore & { rows: Map<string, LedgerRow> } {
  const rows = new Map<string, LedgerRow>();
  return {
    rows,
    put: async (row) => void rows.set(row.url, row),
    get: async (url) => rows.get(url),
    delete: async (url) => void rows.delete(url),
    all: async () => [...rows.values()],
  };
}
