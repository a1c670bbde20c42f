// The byte cap's ledger in IndexedDB (through idb), so that it survives the worker being stopped and started.

import { openDB } from "idb";
import type { LedgerRow, LedgerStore } from "./byteCap";

export function indexedDbLedger(name: string): LedgerStore {
  const database = openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore("entries", { keyPath: "url" });
    },
  });
  return {
    put: async (row) => void (await (await database).put("entries", row)),
    get: async (url) => (await (await database).get("entries", url)) as LedgerRow | undefined,
    delete: async (url) => (await database).delete("entries", url),
    all: async () => (await (await database).getAll("entries")) as LedgerRow[],
  };
}
