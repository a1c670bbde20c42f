// A live channel's player (loaded on demand, with hls.js): the profile's playback answer's first stream
// (its backup when that fails), what is on now and next, and heartbeats that count the profile watching.

import type { ProgrammeOut } from "@vuga/api";
import { Notice, Spinner } from "@vuga/ui";
import { useEffect, useRef, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { usePageTitle, useRedirect } from "../../layout/page";
import { t } from "../../messages";
import { paths } from "../../routes";
import { useCurrentProfile, useSignedIn } from "../accounts/session";
import { attach } from "../playback/attach";
import { useChannel, useChannelPlayback } from "./queries";
import { reportWatching } from "./watching";
import "./live.css";

const clock = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });

function Programme({ label, programme }: { label: string; programme: ProgrammeOut | null | undefined }) {
  return (
    <div class="channel__programme">
      <h2>{label}</h2>
      {programme ? (
        <p>
          <span class="channel__time">
            {clock.format(new Date(programme.starts_at))}–{clock.format(new Date(programme.ends_at))}
          </span>{" "}
          <strong>{programme.title}</strong>
          {programme.subtitle && <span> · {programme.subtitle}</span>}
          {programme.description && <span class="channel__description">{programme.description}</span>}
        </p>
      ) : (
        <p>{t.live.nothingListed}</p>
      )}
    </div>
  );
}

function LivePlayer({
  urls,
  name,
  profileId,
  channelId,
  lease,
}: {
  urls: string[];
  name: string;
  profileId: number;
  channelId: number;
  lease: number;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(0); // how many of the streams failed: the next one plays
  const url = urls[failed];
  useEffect(() => {
    const element = video.current;
    if (!element || !url) return;
    let detach: (() => void) | undefined;
    let cancelled = false;
    const onError = () => setFailed((n) => n + 1);
    element.addEventListener("error", onError);
    void attach(element, url, null, onError)
      .then((attached) => {
        if (cancelled) attached.detach();
        else {
          detach = attached.detach;
          void element.play().catch(() => undefined); // autoplay may be refused: the controls remain
        }
      })
      .catch(onError);
    return () => {
      cancelled = true;
      element.removeEventListener("error", onError);
      detach?.();
    };
  }, [url]);
  // The heartbeats follow the stream's lease, not its URL: moving on to a backup stream keeps the lease.
  useEffect(() => {
    const element = video.current;
    return element ? reportWatching(element, profileId, channelId, lease) : undefined;
  }, [profileId, channelId, lease]);
  return (
    <div class="player">
      {!url && <Notice kind="alert">{t.live.unplayable}</Notice>}
      {/* biome-ignore lint/a11y/useMediaCaption: live streams carry their captions in the stream, if any */}
      <video ref={video} class="player__video" controls playsInline aria-label={t.live.playing(name)} />
    </div>
  );
}

export default function ChannelPage() {
  const { params } = useRoute();
  const channelId = Number(params.id);
  const signedIn = useSignedIn();
  const { profile, pending } = useCurrentProfile();
  const profileId = profile?.id ?? null;
  useRedirect(!signedIn, paths.signIn);
  useRedirect(signedIn && !pending && profile === null, paths.profiles);
  const channel = useChannel(channelId, profileId);
  const playback = useChannelPlayback(profileId, channelId);
  usePageTitle(channel.data?.channel.name ?? t.live.heading);

  if (channel.isError) return <Notice kind="alert">{t.live.notFound}</Notice>;
  if (channel.isPending || (profileId !== null && playback.isPending)) return <Spinner label={t.loading} />;
  const { channel: summary, now, next } = channel.data;
  const urls = playback.data?.sources.flatMap((s) => [s.url, ...(s.backup_url ? [s.backup_url] : [])]) ?? [];
  return (
    <div class="page channel">
      <p>
        <a href={paths.live()}>{t.live.backToGuide}</a>
      </p>
      <h1>
        {summary.number !== null && <span class="channel__number">{summary.number}</span>} {summary.name}
      </h1>
      {playback.isError && <Notice kind="alert">{t.live.refused}</Notice>}
      {profileId !== null && playback.data && (
        <LivePlayer
          urls={urls}
          name={summary.name}
          profileId={profileId}
          channelId={channelId}
          lease={playback.data.playback_session_id}
        />
      )}
      <section class="channel__guide" aria-label={t.live.nowAndNext}>
        <Programme label={t.live.onNow} programme={now} />
        <Programme label={t.live.next} programme={next} />
      </section>
    </div>
  );
}
