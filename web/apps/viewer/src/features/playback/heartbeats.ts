// Where the viewer is, reported to the server (the playback API's heartbeats): every 10 s while the video
// plays, and at once on pause, at the end and when the page is left. Positions only go forward on the server
// (it orders beats by their client time), so a late or repeated beat does no harm: a beat that cannot be
// sent (offline) waits in a queue (beatQueue.ts) and goes when the network is back.

import { OfflineError } from "@vuga/api";
import { client } from "../../api";
import { BeatQueue, type Delivery, memoryBeatStore } from "./beatQueue";
import { indexedDbBeatStore } from "./beatStore";

export const HEARTBEAT_INTERVAL_MS = 10_000;

export interface Playing {
  profileId: number;
  titleId: number;
  episodeId: number | null;
  /** The stream's lease from the playback answer: the beats renew it, and stopping releases it. */
  playbackSessionId?: number;
}

export interface Beat {
  title_id: number;
  episode_id: number | null;
  position_s: number;
  duration_s: number;
  session_id: string;
  client_time: string;
  device: "web";
}

export function beatOf(
  playing: Playing,
  sessionId: string,
  video: { currentTime: number; duration: number },
  now = new Date(),
): Beat | null {
  if (!Number.isFinite(video.duration) || video.duration <= 0) return null;
  return {
    title_id: playing.titleId,
    episode_id: playing.episodeId,
    position_s: Math.max(0, Math.floor(video.currentTime)),
    duration_s: Math.max(1, Math.round(video.duration)),
    session_id: sessionId,
    client_time: now.toISOString(),
    device: "web",
  };
}

/** One attempt at sending a beat: "retry" when no answer came (offline) or the server could not take it. */
export async function deliverBeat(profileId: number, beat: Beat): Promise<Delivery> {
  try {
    const { response } = await client.PUT("/api/v1/profiles/{profile_id}/progress", {
      params: { path: { profile_id: profileId } },
      body: beat,
      keepalive: true, // a beat sent as the page closes still arrives
    });
    // A 4xx (a refused beat, a session that ended) would be refused again: only the server's trouble waits.
    return response.status >= 500 || response.status === 429 ? "retry" : "done";
  } catch (error) {
    if (error instanceof OfflineError) return "retry";
    throw error;
  }
}

export const queuedBeats = new BeatQueue(
  typeof indexedDB === "undefined" ? memoryBeatStore() : indexedDbBeatStore(),
  deliverBeat,
);

/** Send a beat now, or queue it: behind beats already waiting, so that they reach the server in order. */
export async function sendBeat(profileId: number, beat: Beat): Promise<void> {
  if (queuedBeats.pending > 0) {
    await queuedBeats.enqueue(profileId, beat);
    return queuedBeats.flush();
  }
  if ((await deliverBeat(profileId, beat)) === "retry") await queuedBeats.enqueue(profileId, beat);
}

/** Send the beats an earlier visit queued, and those queued from now on whenever the network comes back. */
export function startSendingQueuedBeats(): void {
  const flush = () => void queuedBeats.flush().catch(() => undefined);
  window.addEventListener("online", flush);
  flush();
}

/** Start reporting `video`'s position; the returned function stops it (and sends a last beat). */
export function reportProgress(video: HTMLVideoElement, playing: Playing): () => void {
  const lease = playing.playbackSessionId;
  const sessionId = lease === undefined ? crypto.randomUUID() : String(lease);
  let lastSent = -1;
  const beat = (force = false) => {
    const next = beatOf(playing, sessionId, video);
    if (!next || (!force && next.position_s === lastSent)) return;
    lastSent = next.position_s;
    void sendBeat(playing.profileId, next).catch(() => undefined);
  };
  const timer = window.setInterval(() => {
    if (!video.paused && !video.ended) beat();
  }, HEARTBEAT_INTERVAL_MS);
  const onPause = () => beat(true);
  const onHide = () => {
    if (document.visibilityState === "hidden") beat(true);
  };
  video.addEventListener("pause", onPause);
  video.addEventListener("ended", onPause);
  document.addEventListener("visibilitychange", onHide);
  window.addEventListener("pagehide", onPause);
  return () => {
    window.clearInterval(timer);
    video.removeEventListener("pause", onPause);
    video.removeEventListener("ended", onPause);
    document.removeEventListener("visibilitychange", onHide);
    window.removeEventListener("pagehide", onPause);
    if (video.currentTime > 0) beat(true);
    if (lease !== undefined) void stopStream(playing.profileId, lease).catch(() => undefined);
  };
}

/** Free the stream's lease for the account's other devices (else it lapses after its last beat). */
export function stopStream(profileId: number, sessionId: number): Promise<unknown> {
  return client.DELETE("/api/v1/profiles/{profile_id}/playback-sessions/{session_id}", {
    params: { path: { profile_id: profileId, session_id: sessionId } },
    keepalive: true,
  });
}
