// Heartbeats that could not be sent (offline, the server down) wait in IndexedDB and are sent, oldest first,
// when the network is back: the app's next start, or the browser's "online" event. The queue lives in the
// app rather than in the service worker (workbox-background-sync) because a beat needs a fresh access token,
// which only the app can refresh.
//
// The server orders a profile's beats by their client_time (a later one never loses to an earlier one that
// arrives after it), so a replayed beat cannot move a position backwards; beats are still sent oldest first
// so that watch history adds up a session's seconds in order. It refuses beats more than 7 days old: those
// are dropped here rather than sent.

import type { Beat } from "./heartbeats";

export interface QueuedBeat {
  id?: number;
  profileId: number;
  beat: Beat;
}

export interface BeatStore {
  add(entry: QueuedBeat): Promise<void>;
  /** Every queued beat, in the order they were queued. */
  all(): Promise<Required<QueuedBeat>[]>;
  remove(id: number): Promise<void>;
}

/** What became of one attempt: sent (or refused for good, which retrying would not change), or try again. */
export type Delivery = "done" | "retry";

export const MAX_QUEUED = 1000; // ~2.8 hours of playback at one beat per 10 s
export const MAX_AGE_MS = 7 * 24 * 3600 * 1000; // the server's limit on a beat's client_time

export class BeatQueue {
  private readonly store: BeatStore;
  private readonly send: (profileId: number, beat: Beat) => Promise<Delivery>;
  private readonly now: () => number;
  private flushing: Promise<void> | null = null;
  /** Beats queued and not yet sent, as far as this tab knows (it learns the rest at its first flush). */
  pending = 0;

  constructor(
    store: BeatStore,
    send: (profileId: number, beat: Beat) => Promise<Delivery>,
    now: () => number = Date.now,
  ) {
    this.store = store;
    this.send = send;
    this.now = now;
  }

  async enqueue(profileId: number, beat: Beat): Promise<void> {
    await this.store.add({ profileId, beat });
    const queued = await this.store.all();
    for (const old of queued.slice(0, Math.max(0, queued.length - MAX_QUEUED)))
      await this.store.remove(old.id);
    this.pending = Math.min(queued.length, MAX_QUEUED);
  }

  /** Send what is queued, oldest first; stops at the first beat that must wait (still offline). */
  flush(): Promise<void> {
    this.flushing ??= this.sendQueued().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async sendQueued(): Promise<void> {
    const queued = await this.store.all();
    this.pending = queued.length;
    for (const entry of queued) {
      const expired = this.now() - Date.parse(entry.beat.client_time) > MAX_AGE_MS;
      if (!expired && (await this.send(entry.profileId, entry.beat)) === "retry") return;
      await this.store.remove(entry.id);
      this.pending -= 1;
    }
  }
}

/** The queue in memory (the unit tests; a browser without IndexedDB, where beats wait only while the tab lives). */
export function memoryBeatStore(): BeatStore {
  const entries = new Map<number, Required<QueuedBeat>>();
  let next = 1;
  return {
    add: async (entry) => {
      const id = next++;
      entries.set(id, { ...entry, id });
    },
    all: async () => [...entries.values()].sort((a, b) => a.id - b.id),
    remove: async (id) => void entries.delete(id),
  };
}
