// Quality of experience, measured in the player and reported to the server (POST /profiles/{id}/qoe) in
// beacons: each is what one viewing saw since the previous one — the startup time (first beacon only),
// seconds played at the current rendition's height, stalls and their seconds, rendition switches, errors.
// A beacon goes every minute while something happened, and when the player closes.

import type { components } from "@vuga/api";
import { client } from "../../api";

export type QoeBeacon = components["schemas"]["QoeBeacon"];
export type PlayerErrorKind = components["schemas"]["PlayerErrorKind"];
type PlayerError = components["schemas"]["PlayerError"];

export const QOE_INTERVAL_MS = 60_000;
const MAX_ERRORS = 20; // the server's bound per beacon

type State = "idle" | "starting" | "playing" | "stalled" | "seeking" | "paused";

export interface Viewing {
  sessionId: string;
  titleId: number;
  episodeId: number | null;
}

/** The measurements of one viewing, fed by the video's and hls.js's events; `take` empties them. */
export class QoeTracker {
  private state: State = "idle";
  private since = 0; // when the current state began
  private requestedAt: number | null = null;
  private startupMs: number | null = null;
  private startupSent = false;
  private watchedS = 0;
  private rebuffers = 0;
  private rebufferS = 0;
  private switches = 0;
  private height: number | null = null;
  private errors: PlayerError[] = [];

  constructor(
    private readonly viewing: Viewing,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Play was asked for (the source is being attached): the startup clock runs. */
  requested(): void {
    this.requestedAt = this.now();
    this.enter("starting");
  }

  /** The first frames play: startup ends, whatever happened since play was asked for (hls.js may seek
   * over a gap at the start, and the viewer may seek before the first frame: both are the wait they see). */
  playing(): void {
    if (this.requestedAt !== null && this.startupMs === null)
      this.startupMs = Math.round(this.now() - this.requestedAt);
    this.enter("playing");
  }

  /** The video waits for data: a stall, unless it is starting or seeking (waiting there is expected). */
  waiting(): void {
    if (this.state !== "playing") return;
    this.rebuffers += 1;
    this.enter("stalled");
  }

  seeking(): void {
    this.enter("seeking");
  }

  paused(): void {
    this.enter("paused");
  }

  /** The rendition playing changed (its height); the first one is not a switch. */
  rendition(height: number): void {
    if (this.height !== null && height !== this.height) this.switches += 1;
    this.height = height;
  }

  error(kind: PlayerErrorKind, fatal: boolean, code = ""): void {
    if (this.errors.length < MAX_ERRORS)
      this.errors.push({ kind, fatal, code: code.replace(/[^A-Za-z0-9_.:-]/g, "").slice(0, 64) });
  }

  /** What happened since the last beacon, or null if nothing did. */
  take(): QoeBeacon | null {
    this.enter(this.state); // close the running interval at this moment
    const startup = this.startupSent ? null : this.startupMs;
    const happened =
      this.watchedS > 0 ||
      startup !== null ||
      this.rebuffers > 0 ||
      this.switches > 0 ||
      this.errors.length > 0;
    if (!happened) return null;
    const beacon: QoeBeacon = {
      session_id: this.viewing.sessionId,
      title_id: this.viewing.titleId,
      episode_id: this.viewing.episodeId,
      startup_ms: startup,
      watched_s: round(Math.min(this.watchedS, 3600)),
      height: this.height,
      rebuffers: this.rebuffers,
      rebuffer_s: round(Math.min(this.rebufferS, 3600)),
      bitrate_switches: this.switches,
      errors: this.errors,
    };
    if (startup !== null) this.startupSent = true;
    this.watchedS = 0;
    this.rebuffers = 0;
    this.rebufferS = 0;
    this.switches = 0;
    this.errors = [];
    return beacon;
  }

  private enter(next: State): void {
    const now = this.now();
    const elapsed = (now - this.since) / 1000;
    if (this.state === "playing") this.watchedS += elapsed;
    if (this.state === "stalled") this.rebufferS += elapsed;
    this.state = next;
    this.since = now;
  }
}

function round(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}

export function sendQoe(profileId: number, beacons: QoeBeacon[]): Promise<unknown> {
  return client.POST("/api/v1/profiles/{profile_id}/qoe", {
    params: { path: { profile_id: profileId } },
    body: { beacons },
    keepalive: true, // the last beacon, sent as the page closes, still arrives
  });
}

/** Feed `tracker` from the video's events and send its beacons; the returned function stops (a last one). */
export function reportQuality(video: HTMLVideoElement, tracker: QoeTracker, profileId: number): () => void {
  const send = () => {
    const beacon = tracker.take();
    if (beacon) void sendQoe(profileId, [beacon]).catch(() => undefined);
  };
  const listeners: [string, () => void][] = [
    ["playing", () => tracker.playing()],
    ["waiting", () => tracker.waiting()],
    ["seeking", () => tracker.seeking()],
    ["pause", () => tracker.paused()],
    ["ended", () => tracker.paused()],
    ["resize", () => video.videoHeight && tracker.rendition(video.videoHeight)],
    ["error", () => tracker.error("media", true, video.error ? `media-${video.error.code}` : "")],
  ];
  for (const [name, listener] of listeners) video.addEventListener(name, listener);
  const timer = window.setInterval(send, QOE_INTERVAL_MS);
  window.addEventListener("pagehide", send);
  return () => {
    window.clearInterval(timer);
    window.removeEventListener("pagehide", send);
    for (const [name, listener] of listeners) video.removeEventListener(name, listener);
    send();
  };
}
