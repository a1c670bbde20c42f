import { describe, expect, it } from "vitest";
import { guideWindow, isOn, place, timeMarks } from "./guideLayout";

const now = new Date("2026-03-01T20:47:12Z");

describe("the guide's layout", () => {
  it("starts at the current half hour and moves by half hours", () => {
    expect(guideWindow(now)).toEqual({
      start: new Date("2026-03-01T20:30:00Z"),
      end: new Date("2026-03-01T23:30:00Z"),
    });
    expect(guideWindow(now, 3, 2).start).toEqual(new Date("2026-03-01T21:30:00Z"));
    expect(guideWindow(now, 3, -1).start).toEqual(new Date("2026-03-01T20:00:00Z"));
  });

  it("places a programme by the share of the window it covers, clipped at the edges", () => {
    const window = guideWindow(now); // 20:30 to 23:30
    expect(place(window, "2026-03-01T21:00:00Z", "2026-03-01T22:30:00Z")).toEqual({
      left: (30 / 180) * 100,
      width: 50,
      clippedStart: false,
      clippedEnd: false,
    });
    const early = place(window, "2026-03-01T20:00:00Z", "2026-03-01T21:00:00Z");
    expect(early).toMatchObject({ left: 0, clippedStart: true, clippedEnd: false });
    expect(early?.width).toBeCloseTo((30 / 180) * 100);
    expect(place(window, "2026-03-01T23:00:00Z", "2026-03-02T01:00:00Z")).toMatchObject({ clippedEnd: true });
    expect(place(window, "2026-03-01T19:00:00Z", "2026-03-01T20:30:00Z")).toBeNull();
    expect(place(window, "2026-03-01T23:30:00Z", "2026-03-02T00:00:00Z")).toBeNull();
  });

  it("marks every half hour and knows what is on", () => {
    const marks = timeMarks(guideWindow(now));
    expect(marks).toHaveLength(6);
    expect(marks[1]).toEqual({ at: new Date("2026-03-01T21:00:00Z"), left: (30 / 180) * 100 });
    expect(isOn(now, "2026-03-01T20:30:00Z", "2026-03-01T21:00:00Z")).toBe(true);
    expect(isOn(now, "2026-03-01T20:00:00Z", "2026-03-01T20:47:12Z")).toBe(false);
  });
});
