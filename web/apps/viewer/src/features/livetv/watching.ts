// A live channel's heartbeats: every 10 s while the video plays, the channel and the stream's lease (the
// playback answer's `playback_session_id`, which each beat renews), so the server counts who is watching
// now — no position: live TV has nothing to resume. Unlike a title's, a beat that cannot be sent is
// dropped, not queued: "watching" an hour ago counts for nothing. Stopping frees the lease.

import { client } from "../../api";
import { HEARTBEAT_INTERVAL_MS, stopStream } from "../playback/heartbeats";

export interface WatchingBeat {
  channel_id: number;
  session_id: string;
  client_time: string;
  device: "web";
}

export function watchingBeat(channelId: number, sessionId: string, now = new Date()): WatchingBeat {
  return { channel_id: channelId, session_id: sessionId, client_time: now.toISOString(), device: "web" };
}

/** Start reporting that `video` plays the channel under `lease`; the returned function stops it. */
export function reportWatching(
  video: HTMLVideoElement,
  profileId: number,
  channelId: number,
  lease: number,
): () => void {
  const sessionId = String(lease);
  const send = () => {
    if (video.paused || video.ended) return;
    void client
      .PUT("/api/v1/profiles/{profile_id}/progress", {
        params: { path: { profile_id: profileId } },
        body: watchingBeat(channelId, sessionId),
      })
      .catch(() => undefined);
  };
  const timer = window.setInterval(send, HEARTBEAT_INTERVAL_MS);
  return () => {
    window.clearInterval(timer);
    void stopStream(profileId, lease).catch(() => undefined);
  };
}
