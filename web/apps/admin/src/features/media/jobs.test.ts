import { describe, expect, it } from "vitest";
import { describeJob, formatBytes, type MediaJob, pollInterval, uploadIdOf } from "./jobs";

const job = (fields: Partial<MediaJob>): MediaJob => ({
  id: 1,
  asset_key: null,
  attempts: 1,
  created_at: "2026-12-07T10:00:00Z",
  episode_id: null,
  error: null,
  eta_s: null,
  finished_at: null,
  percent: 0,
  started_at: null,
  state: "queued",
  title_id: 4,
  upload_id: 9,
  ...fields,
});

describe("following a media job", () => {
  it("polls every second until the job has ended", () => {
    expect(pollInterval(undefined)).toBe(1000);
    expect(pollInterval(job({ state: "running" }))).toBe(1000);
    for (const state of ["done", "failed", "cancelled"] as const)
      expect(pollInterval(job({ state }))).toBe(false);
  });

  it("says where the job is", () => {
    expect(describeJob(job({ state: "running", percent: 42.7, eta_s: 75 }))).toBe(
      "Transcoding: 42%, about 1 min 15 s left",
    );
    expect(describeJob(job({ state: "failed", error: "not a video" }))).toBe("Failed: not a video");
  });

  it("reads the upload's id from its tus URL", () => {
    expect(uploadIdOf("http://127.0.0.1:8000/api/v1/admin/uploads/12")).toBe(12);
    expect(uploadIdOf("/api/v1/admin/uploads/7/")).toBe(7);
    expect(uploadIdOf("/api/v1/admin/uploads/")).toBeNull();
    expect(uploadIdOf(null)).toBeNull();
  });

  it("writes sizes for people", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(5 * 1024 ** 2)).toBe("5.0 MB");
  });
});
