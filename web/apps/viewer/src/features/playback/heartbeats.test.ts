import { describe, expect, it } from "vitest";
import { beatOf } from "./heartbeats";

describe("beatOf", () => {
  const playing = { profileId: 1, titleId: 7, episodeId: null };

  it("reports whole seconds and the duration", () => {
    const beat = beatOf(
      playing,
      "s-1",
      { currentTime: 12.7, duration: 95.2 },
      new Date("2026-01-01T00:00:00Z"),
    );
    expect(beat).toEqual({
      title_id: 7,
      episode_id: null,
      position_s: 12,
      duration_s: 95,
      session_id: "s-1",
      client_time: "2026-01-01T00:00:00.000Z",
      device: "web",
    });
  });

  it("sends nothing before the duration is known", () => {
    expect(beatOf(playing, "s-1", { currentTime: 0, duration: Number.NaN })).toBeNull();
    expect(beatOf(playing, "s-1", { currentTime: 0, duration: Number.POSITIVE_INFINITY })).toBeNull();
  });
});
