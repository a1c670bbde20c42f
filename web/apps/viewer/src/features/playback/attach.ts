// Attaching a source to the video element: MP4 and native HLS (Safari on iOS) as the element's `src`; HLS
// elsewhere through hls.js (a chunk of its own, fetched only here), whose level and error events feed the
// quality-of-experience tracker and whose levels the quality menu offers.

import type Hls from "hls.js";
import type { PlayerErrorKind, QoeTracker } from "./quality";

export interface Attachment {
  hls: Hls | null; // null when the browser plays the source itself
  detach: () => void;
}

/** Play `url` in `video`; `qoe` hears how it goes (null: nobody reports, as for live TV), and `onFatal`
 * that hls.js gave up on the stream (a live player moves on to the backup stream). */
export async function attach(
  video: HTMLVideoElement,
  url: string,
  qoe: QoeTracker | null,
  onFatal?: () => void,
): Promise<Attachment> {
  qoe?.requested();
  const mse = "MediaSource" in window || "ManagedMediaSource" in window;
  if (!url.includes(".m3u8") || (!mse && video.canPlayType("application/vnd.apple.mpegurl"))) {
    video.src = url;
    return { hls: null, detach: () => video.removeAttribute("src") };
  }
  const { default: HlsPlayer } = await import("hls.js");
  const hls = new HlsPlayer({ capLevelToPlayerSize: true });
  hls.on(HlsPlayer.Events.LEVEL_SWITCHED, (_event, { level }) => {
    const height = hls.levels[level]?.height;
    if (height) qoe?.rendition(height);
  });
  hls.on(HlsPlayer.Events.ERROR, (_event, data) => {
    qoe?.error(errorKind(data.type), data.fatal, data.details);
    if (data.fatal && data.type === HlsPlayer.ErrorTypes.MEDIA_ERROR) hls.recoverMediaError();
    else if (data.fatal) onFatal?.();
  });
  hls.loadSource(url);
  hls.attachMedia(video);
  return { hls, detach: () => hls.destroy() };
}

function errorKind(type: string): PlayerErrorKind {
  if (type === "networkError") return "network";
  if (type === "mediaError" || type === "muxError") return "media";
  if (type === "keySystemError") return "key";
  return "other";
}
