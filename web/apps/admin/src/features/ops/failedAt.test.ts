import { describe, expect, it } from "vitest";
import { failedAtDate, failedAtText } from "./failedAt";

describe("a dead letter's failure time", () => {
  it("reads a zoneless time as UTC", () => {
    expect(failedAtDate("2026-01-02T03:04:05")?.toISOString()).toBe("2026-01-02T03:04:05.000Z");
    expect(failedAtDate("2026-01-02T03:04:05+01:00")?.toISOString()).toBe("2026-01-02T02:04:05.000Z");
    expect(failedAtDate("2026-01-02T03:04:05Z")?.toISOString()).toBe("2026-01-02T03:04:05.000Z");
  });

  it("shows it in UTC, or as it came when unreadable", () => {
    expect(failedAtText("2026-01-02T03:04:05")).toBe("Jan 2, 2026, 3:04:05 AM UTC");
    expect(failedAtText("yesterday")).toBe("yesterday");
  });
});
