// A media job as the upload panel follows it. Its progress is polled (GET /api/v1/admin/media-jobs/{id}),
// once a second while it is queued or running, and no more once it has ended: see docs/admin-ui.md for why
// polling rather than server-sent events.

import type { components } from "@vuga/api";

export type MediaJob = components["schemas"]["MediaJobView"];
export type JobState = MediaJob["state"];

export const POLL_EVERY_MS = 1000;
const ENDED: readonly JobState[] = ["done", "failed", "cancelled"];

export function hasEnded(state: JobState): boolean {
  return ENDED.includes(state);
}

/** TanStack Query's refetchInterval for a job: every second until it has ended. */
export function pollInterval(job: MediaJob | undefined): number | false {
  return job && hasEnded(job.state) ? false : POLL_EVERY_MS;
}

/** The upload's id from its tus URL (`/api/v1/admin/uploads/12` → 12); null when it is not one. */
export function uploadIdOf(url: string | null): number | null {
  const match = url ? /\/api\/v1\/admin\/uploads\/(\d+)\/?$/.exec(new URL(url, "http://x").pathname) : null;
  return match ? Number(match[1]) : null;
}

export function describeJob(job: MediaJob): string {
  switch (job.state) {
    case "queued":
      return "Waiting for a worker";
    case "running":
      return job.eta_s !== null
        ? `Transcoding: ${Math.floor(job.percent)}%, about ${formatSeconds(job.eta_s)} left`
        : `Transcoding: ${Math.floor(job.percent)}%`;
    case "done":
      return "Transcoded: the video is published";
    case "failed":
      return `Failed: ${job.error ?? "no reason given"}`;
    case "cancelled":
      return "Cancelled";
  }
}

export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
