// The player, loaded on demand (a chunk of its own; hls.js is a further chunk, fetched only where the
// browser plays HLS through Media Source Extensions rather than natively): the playback answer's source,
// its subtitles, a quality menu over hls.js's renditions, the next episode when one ends, and reports of
// the position (heartbeats) and of the quality of experience (beacons).

import { useQuery } from "@tanstack/preact-query";
import type { TitleDetail } from "@vuga/api";
import { unwrap } from "@vuga/api";
import { Notice, Spinner } from "@vuga/ui";
import type Hls from "hls.js";
import { useEffect, useRef, useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { client } from "../../api";
import { usePageTitle } from "../../layout/page";
import { t } from "../../messages";
import { paths } from "../../routes";
import { useCurrentProfile } from "../accounts/session";
import { useTitle } from "../catalog/queries";
import { attach } from "./attach";
import { reportProgress } from "./heartbeats";
import { NextEpisode } from "./NextEpisode";
import { QualityMenu } from "./QualityMenu";
import { QoeTracker, reportQuality } from "./quality";

/** A source to play: the playback answer's (a signed HLS ladder first) or, without a profile, the title's. */
type Source = { kind: string; url: string };

function pick(sources: Source[]): Source | undefined {
  return sources.find((s) => s.kind === "hls") ?? sources.find((s) => s.kind === "mp4") ?? sources[0];
}

function useResume(profileId: number | null, titleId: number) {
  return useQuery({
    queryKey: ["resume", profileId, titleId],
    enabled: profileId !== null,
    staleTime: 0,
    gcTime: 0,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET("/api/v1/profiles/{profile_id}/titles/{title_id}/resume", {
          signal,
          params: { path: { profile_id: profileId ?? 0, title_id: titleId } },
        }),
      ),
  });
}

/** Where the profile plays the movie or the episode from: signed URLs that expire, so never cached. */
function usePlayback(profileId: number | null, titleId: number, episodeId: number | null) {
  return useQuery({
    queryKey: ["playback", profileId, titleId, episodeId],
    enabled: profileId !== null,
    staleTime: 0,
    gcTime: 0,
    queryFn: ({ signal }) => {
      const profile_id = profileId ?? 0;
      return episodeId === null
        ? unwrap(
            client.GET("/api/v1/profiles/{profile_id}/titles/{title_id}/playback", {
              signal,
              params: { path: { profile_id, title_id: titleId } },
            }),
          )
        : unwrap(
            client.GET("/api/v1/profiles/{profile_id}/episodes/{episode_id}/playback", {
              signal,
              params: { path: { profile_id, episode_id: episodeId } },
            }),
          );
    },
  });
}

/** A subtitle track of the playback answer (signed, beside the ladder) or of the title (by URL). */
type Track = { language: string; url: string; label?: string | null };

function Player({
  title,
  source,
  subtitles,
  episodeId,
  profileId,
  nextHref,
  playbackSessionId,
}: {
  title: TitleDetail;
  source: Source;
  subtitles: Track[];
  episodeId: number | null;
  profileId: number | null;
  nextHref: string | null;
  playbackSessionId?: number;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const resume = useResume(profileId, title.id);
  const [error, setError] = useState(false);
  const [hls, setHls] = useState<Hls | null>(null);
  const [ended, setEnded] = useState(false);
  const ready = profileId === null || !resume.isPending;
  const start =
    resume.data && !resume.data.completed && (resume.data.episode_id ?? null) === episodeId
      ? resume.data.position_s
      : 0;

  useEffect(() => {
    const element = video.current;
    if (!element || !ready) return;
    let detach: (() => void) | undefined;
    let cancelled = false;
    const stops: (() => void)[] = [];
    const sessionId = crypto.randomUUID();
    const qoe = new QoeTracker({ sessionId, titleId: title.id, episodeId });
    const onLoaded = () => {
      if (start > 0 && start < element.duration - 5) element.currentTime = start;
      void element.play().catch(() => undefined); // autoplay may be refused: the controls remain
    };
    const onEnded = () => setEnded(true);
    const onPlay = () => setEnded(false);
    element.addEventListener("loadedmetadata", onLoaded, { once: true });
    element.addEventListener("ended", onEnded);
    element.addEventListener("play", onPlay);
    void attach(element, source.url, qoe)
      .then((attached) => {
        if (cancelled) attached.detach();
        else {
          detach = attached.detach;
          setHls(attached.hls);
        }
      })
      .catch(() => setError(true));
    if (profileId !== null) {
      stops.push(reportProgress(element, { profileId, titleId: title.id, episodeId, playbackSessionId }));
      stops.push(reportQuality(element, qoe, profileId));
    }
    return () => {
      cancelled = true;
      element.removeEventListener("loadedmetadata", onLoaded);
      element.removeEventListener("ended", onEnded);
      element.removeEventListener("play", onPlay);
      for (const stop of stops) stop();
      detach?.();
      setHls(null);
    };
  }, [ready, source.url, start, profileId, title.id, episodeId, playbackSessionId]);

  const onKeyDown = (event: KeyboardEvent) => {
    const element = video.current;
    if (!element || event.target instanceof HTMLSelectElement) return;
    const actions: Record<string, () => void> = {
      " ": () => (element.paused ? void element.play() : element.pause()),
      k: () => (element.paused ? void element.play() : element.pause()),
      ArrowRight: () => (element.currentTime = Math.min(element.duration || 0, element.currentTime + 10)),
      ArrowLeft: () => (element.currentTime = Math.max(0, element.currentTime - 10)),
      ArrowUp: () => (element.volume = Math.min(1, element.volume + 0.1)),
      ArrowDown: () => (element.volume = Math.max(0, element.volume - 0.1)),
      m: () => (element.muted = !element.muted),
      f: () =>
        document.fullscreenElement ? void document.exitFullscreen() : void element.requestFullscreen?.(),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  if (!ready) return <Spinner label={t.loading} />;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the shortcuts of the focused video inside
    <div class="player" onKeyDown={onKeyDown}>
      {error && <Notice kind="alert">{t.errorGeneric}</Notice>}
      {/* biome-ignore lint/a11y/useMediaCaption: the tracks come with the title when it has subtitles */}
      <video
        ref={video}
        class="player__video"
        controls
        playsInline
        aria-label={t.player.heading(title.title)}
      >
        {subtitles.map((track) => (
          <track
            key={track.url}
            kind="subtitles"
            src={track.url}
            srcLang={track.language}
            label={track.label ?? track.language}
          />
        ))}
      </video>
      <div class="player__bar">
        {hls && <QualityMenu hls={hls} />}
        <p class="player__keys">{t.player.keys}</p>
      </div>
      {ended && nextHref && <NextEpisode href={nextHref} />}
    </div>
  );
}

/** The player's page: `/watch/:id` (a movie) or `/watch/:id?episode=N`. */
export default function PlayerPage() {
  const { params } = useRoute();
  const { query } = useLocation();
  const id = Number(params.id);
  const episodeId = Number(query.episode) || null;
  const { profile, pending: profilePending } = useCurrentProfile();
  const title = useTitle(id, profile?.id ?? null);
  usePageTitle(title.data ? t.player.heading(title.data.title) : undefined);
  const playback = usePlayback(profile?.id ?? null, id, episodeId);
  // Until the profile is known, the title's own sources are not the answer: a signed ladder may come first.
  const waiting = profilePending || (profile !== null && playback.isPending);
  const sources: Source[] = playback.data?.sources ?? title.data?.sources ?? [];
  const subtitles: Track[] = playback.data?.subtitles ?? [];
  const next = playback.data?.next_episode_id ?? null;
  const source = title.data && !waiting ? pick(sources) : undefined;
  const playable = source && (source.kind === "hls" || source.kind === "mp4");
  return (
    <div class="page player-page">
      <p>
        <a href={paths.title(id)}>{t.player.back}</a>
      </p>
      <h1>{title.data ? t.player.heading(title.data.title) : t.loading}</h1>
      {(title.isPending || waiting) && <Spinner label={t.loading} />}
      {title.data && playable && source && (
        <Player
          title={title.data}
          source={source}
          subtitles={subtitles}
          episodeId={episodeId}
          profileId={profile?.id ?? null}
          nextHref={next !== null ? paths.watch(id, next) : null}
          playbackSessionId={playback.data?.playback_session_id}
        />
      )}
      {title.data && source && !playable && (
        <p>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {t.player.external}
          </a>
        </p>
      )}
      {title.data && !waiting && !source && <p>{t.player.noSource}</p>}
    </div>
  );
}
