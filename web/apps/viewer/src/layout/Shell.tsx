import { Button } from "@vuga/ui";
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { signOut, useCurrentProfile, useSignedIn } from "../features/accounts/session";
import { NotificationPopup } from "../features/notifications/Popup";
import { unreadCount, useNotifications } from "../features/notifications/queries";
import { SearchBox } from "../features/search/SearchBox";
import { t } from "../messages";
import { isOnline, subscribeOnline } from "../offline/connectivity";

function useOnline(): boolean {
  const [online, setOnline] = useState(isOnline);
  useEffect(() => subscribeOnline(setOnline), []);
  return online;
}

// Pages shown without the header: signing in and the mailed links' pages, the profile picker, the player.
const BARE_PATHS = new Set([
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/reset-password",
  "/verify-email",
  "/profiles",
]);

/** The frame of every page: a skip link, the header (navigation, search, profile), the main landmark. */
export function Shell({ children }: { children: ComponentChildren }) {
  const signedIn = useSignedIn();
  const { profile } = useCurrentProfile();
  const online = useOnline();
  const { route, path } = useLocation();
  const bare = BARE_PATHS.has(path) || path.startsWith("/watch/");
  const notifications = useNotifications(signedIn ? (profile?.id ?? null) : null);
  const unread = unreadCount(notifications.data?.items ?? []);
  return (
    <>
      <a class="skip-link" href="#main">
        {t.skipToContent}
      </a>
      {!bare && (
        <header class="site-header">
          <a class="site-header__logo" href="/" aria-label={`${t.appName}, ${t.nav.home}`}>
            VUGA<span aria-hidden="true"> TV</span>
          </a>
          <nav aria-label={t.nav.primary} class="site-header__nav">
            <a href="/" aria-current={path === "/" ? "page" : undefined}>
              {t.nav.home}
            </a>
            <a href="/browse" aria-current={path === "/browse" ? "page" : undefined}>
              {t.nav.browse}
            </a>
            <a href="/live" aria-current={path.startsWith("/live") ? "page" : undefined}>
              {t.nav.live}
            </a>
          </nav>
          <SearchBox />
          <div class="site-header__account">
            {signedIn ? (
              <>
                {profile && (
                  <a
                    class="site-header__bell"
                    href="/notifications"
                    aria-label={t.notifications.nav(unread)}
                    aria-current={path === "/notifications" ? "page" : undefined}
                  >
                    <span aria-hidden="true">🔔</span>
                    {unread > 0 && (
                      <span class="site-header__badge" aria-hidden="true">
                        {unread}
                      </span>
                    )}
                  </a>
                )}
                <a href="/devices" aria-current={path === "/devices" ? "page" : undefined}>
                  {t.devices.nav}
                </a>
                {profile && (
                  <a
                    class="site-header__profile"
                    href="/profiles"
                    aria-label={`${t.profiles.switch}: ${profile.name}`}
                  >
                    <img src={profile.avatar_url} alt="" width={32} height={32} />
                    <span>{profile.name}</span>
                  </a>
                )}
                <Button
                  variant="ghost"
                  onClick={async () => {
                    await signOut();
                    route("/sign-in");
                  }}
                >
                  {t.auth.signOut}
                </Button>
              </>
            ) : (
              <a class="ui-button ui-button--primary" href="/sign-in">
                {t.auth.signIn}
              </a>
            )}
          </div>
        </header>
      )}
      {!online && (
        <p class="offline-banner" role="status">
          {t.offline}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      {signedIn && !bare && <NotificationPopup />}
    </>
  );
}
