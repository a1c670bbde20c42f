// A one-time popup: the profile's oldest popup not shown yet, as a modal dialog. It is marked shown when it
// appears, so it never shows again for this profile, here or on another device.

import { Button } from "@vuga/ui";
import { useEffect, useRef } from "preact/hooks";
import { t } from "../../messages";
import { useCurrentProfile } from "../accounts/session";
import { linkHref, nextPopup, useMarkNotification, useNotifications } from "./queries";

export function NotificationPopup() {
  const { profile } = useCurrentProfile();
  const notifications = useNotifications(profile?.id ?? null);
  const mark = useMarkNotification(profile?.id ?? 0);
  const dialog = useRef<HTMLDialogElement>(null);
  const popup = nextPopup(notifications.data?.items ?? []);
  const popupId = popup?.id ?? null;

  useEffect(() => {
    if (popupId === null) return;
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    mark.mutate({ id: popupId, mark: "shown" });
  }, [popupId]);

  if (!popup) return null;
  const href = linkHref(popup);
  return (
    <dialog ref={dialog} class="popup" aria-labelledby="popup-title">
      {popup.image_url && <img src={popup.image_url} alt="" class="popup__image" />}
      <h2 id="popup-title">{popup.title}</h2>
      {popup.body && <p>{popup.body}</p>}
      <form method="dialog" class="popup__actions">
        {href && (
          <a class="ui-button ui-button--primary" href={href}>
            {t.notifications.open}
          </a>
        )}
        <Button type="submit" variant="secondary">
          {t.notifications.close}
        </Button>
      </form>
    </dialog>
  );
}
