import { describe, expect, it } from "vitest";
import { QoeTracker } from "./quality";

function clock() {
  let at = 0;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

const viewing = { sessionId: "viewing-1", titleId: 7, episodeId: null };

describe("QoeTracker", () => {
  it("measures startup once, and the seconds played", () => {
    const time = clock();
    const qoe = new QoeTracker(viewing, time.now);
    qoe.requested();
    time.advance(800);
    qoe.playing();
    qoe.rendition(360);
    time.advance(30_000);
    const first = qoe.take();
    expect(first).toMatchObject({ startup_ms: 800, watched_s: 30, height: 360, rebuffers: 0 });
    time.advance(10_000);
    expect(qoe.take()).toMatchObject({ startup_ms: null, watched_s: 10 });
  });

  it("ends startup at the first frames even after a seek at the start", () => {
    const time = clock();
    const qoe = new QoeTracker(viewing, time.now);
    qoe.requested();
    time.advance(300);
    qoe.seeking(); // hls.js skips a gap at 0
    time.advance(200);
    qoe.playing();
    expect(qoe.take()?.startup_ms).toBe(500);
  });

  it("counts stalls while playing, not the waiting of a seek", () => {
    const time = clock();
    const qoe = new QoeTracker(viewing, time.now);
    qoe.requested();
    qoe.playing();
    time.advance(5_000);
    qoe.waiting();
    time.advance(1_500);
    qoe.playing();
    time.advance(1_000);
    qoe.seeking();
    qoe.waiting();
    time.advance(2_000);
    qoe.playing();
    const beacon = qoe.take();
    expect(beacon).toMatchObject({ rebuffers: 1, rebuffer_s: 1.5, watched_s: 6 });
  });

  it("counts switches after the first rendition, and keeps errors bounded and clean", () => {
    const qoe = new QoeTracker(viewing, clock().now);
    qoe.rendition(360);
    qoe.rendition(360);
    qoe.rendition(144);
    for (let n = 0; n < 25; n++) qoe.error("network", n === 0, "frag<Load>Error");
    const beacon = qoe.take();
    expect(beacon?.bitrate_switches).toBe(1);
    expect(beacon?.errors).toHaveLength(20);
    expect(beacon?.errors?.[0]).toEqual({ kind: "network", fatal: true, code: "fragLoadError" });
  });

  it("sends nothing when nothing happened, and nothing paused", () => {
    const time = clock();
    const qoe = new QoeTracker(viewing, time.now);
    expect(qoe.take()).toBeNull();
    qoe.requested();
    qoe.playing();
    time.advance(1_000);
    qoe.paused();
    expect(qoe.take()).toMatchObject({ watched_s: 1 });
    time.advance(60_000);
    expect(qoe.take()).toBeNull();
  });
});
