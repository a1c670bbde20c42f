// A one-time popup: the profile's oldest popup not shown yet, as a modal dialog. It is marked shown when it
// appears, so it never shows again for this profile, here or on another device; it stays on screen until
// closed, though the list it came from no longer holds it.

import { Button } from "@vuga/ui";
import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../../messages";
import { useCurrentProfile } from "../accounts/session";
import {
  linkHref,
  nextPopup,
  type ProfileNotification,
  useMarkNotification,
  useNotifications,
} from "./queries";

export function NotificationPopup() {
  const { profile } = useCurrentProfile();
  const notifications = useNotifications(profile?.id ?? null);
  const mark = useMarkNotification(profile?.id ?? 0);
  const dialog = useRef<HTMLDialogElement>(null);
  const opened = useRef(new Set<number>()); // shown in this page already, whatever the list says yet
  const [showing, setShowing] = useState<ProfileNotification | null>(null);
  const candidate = nextPopup(
    (notifications.data?.items ?? []).filter((item) => !opened.current.has(item.id)),
  );

  useEffect(() => {
    if (showing || !candidate) return;
    opened.current.add(candidate.id);
    setShowing(candidate);
    mark.mutate({ id: candidate.id, mark: "shown" });
  }, [showing, candidate?.id]);

  useEffect(() => {
    if (showing && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [showing]);

  if (!showing) return null;
  const href = linkHref(showing);
  return (
    <dialog ref={dialog} class="popup" aria-labelledby="popup-title" onClose={() => setShowing(null)}>
      {showing.image_url && <img src={showing.image_url} alt="" class="popup__image" />}
      <h2 id="popup-title">{showing.title}</h2>
      {showing.body && <p>{showing.body}</p>}
      <form method="dialog" class="popup__actions">
        {href && (
          <a class="ui-button ui-button--primary" href={href} onClick={() => dialog.current?.close()}>
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
