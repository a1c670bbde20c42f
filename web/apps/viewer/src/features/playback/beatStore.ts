// The heartbeat queue's IndexedDB store (through idb): beats survive the tab being closed while offline.

import { openDB } from "idb";
import type { BeatStore, QueuedBeat } from "./beatQueue";

export function indexedDbBeatStore(): BeatStore {
  const database = openDB("vuga-heartbeats", 1, {
    upgrade(db) {
      db.createObjectStore("beats", { keyPath: "id", autoIncrement: true });
    },
  });
  return {
    add: async (entry) => void (await (await database).add("beats", entry)),
    all: async () => (await (await database).getAll("beats")) as Required<QueuedBeat>[],
    remove: async (id) => (await database).delete("beats", id),
  };
}
