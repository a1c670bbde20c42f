// Live TV: the categories as a row of filters, then the guide — a table with a row per channel, its
// programmes placed along three hours from the current half hour, what is on now marked, each channel a
// link to its player. Earlier and later hours are a button away.

import type { GuideRow } from "@vuga/api";
import { Button, Notice, Spinner } from "@vuga/ui";
import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { usePageTitle } from "../../layout/page";
import { t } from "../../messages";
import { paths } from "../../routes";
import { useCurrentProfile } from "../accounts/session";
import { guideWindow, isOn, place, timeMarks } from "./guideLayout";
import { useCategories, useGuide } from "./queries";
import "./live.css";

const clock = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });

function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

function ChannelRow({
  row,
  window,
  now,
}: {
  row: GuideRow;
  window: ReturnType<typeof guideWindow>;
  now: Date;
}) {
  const { channel } = row;
  return (
    <tr>
      <th scope="row" class="guide__channel">
        <a href={paths.channel(channel.id)}>
          {channel.logo_url && <img src={channel.logo_url} alt="" width={40} height={40} loading="lazy" />}
          <span class="guide__number">{channel.number ?? ""}</span>
          <span class="guide__name">{channel.name}</span>
        </a>
      </th>
      <td class="guide__track">
        <ol class="guide__programmes" aria-label={t.live.programmesOf(channel.name)}>
          {row.programmes.map((programme) => {
            const placement = place(window, programme.starts_at, programme.ends_at);
            if (!placement) return null;
            const on = isOn(now, programme.starts_at, programme.ends_at);
            return (
              <li
                key={programme.id}
                class={`guide__programme${on ? " guide__programme--now" : ""}`}
                style={{ left: `${placement.left}%`, width: `${placement.width}%` }}
              >
                <span class="guide__time">
                  {clock.format(new Date(programme.starts_at))}–{clock.format(new Date(programme.ends_at))}
                </span>
                <span class="guide__title">
                  {on && <span class="ui-visually-hidden">{t.live.onNow}: </span>}
                  {programme.title}
                </span>
              </li>
            );
          })}
        </ol>
      </td>
    </tr>
  );
}

export function LivePage() {
  const { query } = useLocation();
  const category = query.category || null;
  const [offset, setOffset] = useState(0); // in half hours from now
  const now = useNow();
  const window = guideWindow(now, 3, offset);
  const { profile } = useCurrentProfile();
  const profileId = profile?.id ?? null;
  const categories = useCategories(profileId);
  const guide = useGuide(window, category, profileId);
  usePageTitle(t.live.heading);
  const nowLeft = place(window, now.toISOString(), new Date(now.getTime() + 1).toISOString())?.left;

  return (
    <div class="page live">
      <h1>{t.live.heading}</h1>
      <nav class="live__categories" aria-label={t.live.categories}>
        <a href={paths.live()} aria-current={category === null ? "page" : undefined}>
          {t.live.allChannels}
        </a>
        {categories.data?.items.map((c) => (
          <a key={c.id} href={paths.live(c.slug)} aria-current={category === c.slug ? "page" : undefined}>
            {c.name}
          </a>
        ))}
      </nav>
      <div class="live__window">
        <Button variant="ghost" onClick={() => setOffset(offset - 2)} disabled={offset <= -2}>
          {t.live.earlier}
        </Button>
        <Button variant="ghost" onClick={() => setOffset(0)} disabled={offset === 0}>
          {t.live.now}
        </Button>
        <Button variant="ghost" onClick={() => setOffset(offset + 2)}>
          {t.live.later}
        </Button>
      </div>
      {guide.isPending && <Spinner label={t.loading} />}
      {guide.isError && (
        <Notice kind="alert">
          {t.errorGeneric} <Button onClick={() => void guide.refetch()}>{t.retry}</Button>
        </Notice>
      )}
      {guide.data && guide.data.items.length === 0 && <p>{t.live.noChannels}</p>}
      {guide.data && guide.data.items.length > 0 && (
        <div class="guide__scroll">
          <table class="guide">
            <caption class="ui-visually-hidden">
              {t.live.guideCaption(clock.format(window.start), clock.format(window.end))}
            </caption>
            <thead>
              <tr>
                <th scope="col" class="guide__channel">
                  {t.live.channel}
                </th>
                <th scope="col" class="guide__track">
                  <ol class="guide__marks">
                    {timeMarks(window).map((mark) => (
                      <li key={mark.at.getTime()} style={{ left: `${mark.left}%` }}>
                        {clock.format(mark.at)}
                      </li>
                    ))}
                  </ol>
                  {nowLeft !== undefined && (
                    <span class="guide__now" style={{ left: `${nowLeft}%` }} aria-hidden="true" />
                  )}
                </th>
              </tr>
            </thead>
            <tbody>
              {guide.data.items.map((row) => (
                <ChannelRow key={row.channel.id} row={row} window={window} now={now} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
