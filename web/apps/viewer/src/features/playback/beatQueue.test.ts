import { describe, expect, it } from "vitest";
import { BeatQueue, type Delivery, MAX_QUEUED, memoryBeatStore } from "./beatQueue";
import type { Beat } from "./heartbeats";

const NOW = Date.parse("2026-03-10T12:00:00Z");

const beat = (position: number, at = NOW - 60_000 + position * 1000): Beat => ({
  title_id: 7,
  episode_id: null,
  position_s: position,
  duration_s: 600,
  session_id: "s-1",
  client_time: new Date(at).toISOString(),
  device: "web",
});

function setUp() {
  const sent: number[] = [];
  let online = false;
  const send = async (_profile: number, queued: Beat): Promise<Delivery> => {
    if (!online) return "retry";
    sent.push(queued.position_s);
    return "done";
  };
  const store = memoryBeatStore();
  const queue = new BeatQueue(store, send, () => NOW);
  return { queue, store, sent, goOnline: () => (online = true) };
}

describe("the heartbeat queue", () => {
  it("keeps beats while offline and sends them oldest first once online", async () => {
    const { queue, store, sent, goOnline } = setUp();
    for (const position of [10, 20, 30]) await queue.enqueue(1, beat(position));
    await queue.flush();
    expect(sent).toEqual([]);
    expect(queue.pending).toBe(3);
    goOnline();
    await queue.flush();
    expect(sent).toEqual([10, 20, 30]);
    expect(await store.all()).toEqual([]);
    expect(queue.pending).toBe(0);
  });

  it("drops beats the server would refuse as too old", async () => {
    const { queue, sent, goOnline } = setUp();
    await queue.enqueue(1, beat(5, NOW - 8 * 24 * 3600 * 1000));
    await queue.enqueue(1, beat(40));
    goOnline();
    await queue.flush();
    expect(sent).toEqual([40]);
  });

  it("keeps the newest beats when the queue is full", async () => {
    const { queue, store } = setUp();
    for (let n = 0; n < MAX_QUEUED + 5; n++) await queue.enqueue(1, beat(n));
    const queued = await store.all();
    expect(queued).toHaveLength(MAX_QUEUED);
    expect(queued[0]?.beat.position_s).toBe(5);
  });

  it("sends each beat once when flushes overlap", async () => {
    const { queue, sent, goOnline } = setUp();
    await queue.enqueue(1, beat(10));
    goOnline();
    await Promise.all([queue.flush(), queue.flush()]);
    expect(sent).toEqual([10]);
  });
});
