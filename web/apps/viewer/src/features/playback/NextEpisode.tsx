// What follows an episode that ended: the next one, started after a short countdown unless the viewer
// cancels; a link, so it also opens in a new tab.

import { Button, LinkButton } from "@vuga/ui";
import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { t } from "../../messages";

export const NEXT_EPISODE_COUNTDOWN_S = 10;

export function NextEpisode({ href }: { href: string }) {
  const { route } = useLocation();
  const [left, setLeft] = useState(NEXT_EPISODE_COUNTDOWN_S);
  const [cancelled, setCancelled] = useState(false);

  useEffect(() => {
    if (cancelled) return;
    if (left <= 0) {
      route(href);
      return;
    }
    const timer = window.setTimeout(() => setLeft(left - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [left, cancelled, href, route]);

  return (
    <section class="player__next" aria-labelledby="player-next-heading">
      <h2 id="player-next-heading">{t.player.nextEpisode}</h2>
      {!cancelled && <p aria-live="polite">{t.player.startsIn(left)}</p>}
      <LinkButton href={href}>{t.player.playNext}</LinkButton>
      {!cancelled && (
        <Button variant="secondary" onClick={() => setCancelled(true)}>
          {t.player.cancel}
        </Button>
      )}
    </section>
  );
}
