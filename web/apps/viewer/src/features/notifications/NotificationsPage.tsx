// The notification centre: the profile's notifications, newest first; opening it marks them read.

import { Button, Notice, Spinner } from "@vuga/ui";
import { useEffect } from "preact/hooks";
import { usePageTitle } from "../../layout/page";
import { t } from "../../messages";
import { paths } from "../../routes";
import { useCurrentProfile } from "../accounts/session";
import { centreItems, linkHref, useMarkNotification, useNotifications } from "./queries";

export function NotificationsPage() {
  usePageTitle(t.notifications.heading);
  const { profile, pending } = useCurrentProfile();
  const profileId = profile?.id ?? null;
  const notifications = useNotifications(profileId);
  const mark = useMarkNotification(profileId ?? 0);
  const items = centreItems(notifications.data?.items ?? []);
  const unread = items.filter((item) => !item.shown).map((item) => item.id);
  const unreadKey = unread.join(",");

  useEffect(() => {
    for (const id of unreadKey ? unreadKey.split(",") : []) mark.mutate({ id: Number(id), mark: "shown" });
  }, [unreadKey]);

  if (!profile && !pending)
    return (
      <div class="page page--narrow">
        <h1>{t.notifications.heading}</h1>
        <Notice>
          {t.notifications.chooseProfile} <a href={paths.profiles}>{t.profiles.switch}</a>
        </Notice>
      </div>
    );
  return (
    <div class="page page--narrow">
      <h1>{t.notifications.heading}</h1>
      {notifications.isPending && <Spinner label={t.loading} />}
      {notifications.isError && <Notice kind="alert">{t.errorGeneric}</Notice>}
      {notifications.data && items.length === 0 && <p>{t.notifications.empty}</p>}
      <ul class="notification-list">
        {items.map((item) => {
          const href = linkHref(item);
          return (
            <li
              key={item.id}
              class={`notification${unread.includes(item.id) ? " notification--unread" : ""}`}
            >
              {item.image_url && <img src={item.image_url} alt="" width={96} height={54} loading="lazy" />}
              <div class="notification__text">
                <h2 class="notification__title">{href ? <a href={href}>{item.title}</a> : item.title}</h2>
                {item.body && <p>{item.body}</p>}
              </div>
              <Button
                variant="ghost"
                aria-label={t.notifications.dismissNamed(item.title)}
                onClick={() => mark.mutate({ id: item.id, mark: "dismissed" })}
              >
                {t.notifications.dismiss}
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
