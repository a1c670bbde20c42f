import { useMutation, useQuery, useQueryClient } from "@tanstack/preact-query";
import { type components, unwrap } from "@vuga/api";
import { client } from "../../api";

export type ProfileNotification = components["schemas"]["ProfileNotification"];

export const notificationsKey = (profileId: number | null) => ["notifications", profileId] as const;

// A profile's notifications: the centre's list and the popups to show. Refreshed every few minutes while the
// app is open, so that one sent meanwhile appears without a reload.
export function useNotifications(profileId: number | null) {
  return useQuery({
    queryKey: notificationsKey(profileId),
    enabled: profileId !== null,
    staleTime: 60_000,
    refetchInterval: 5 * 60_000,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET("/api/v1/profiles/{profile_id}/notifications", {
          signal,
          params: { path: { profile_id: profileId ?? 0 }, query: { limit: 50 } },
        }),
      ),
  });
}

type Mark = "shown" | "dismissed";

export function useMarkNotification(profileId: number) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, mark }: { id: number; mark: Mark }) => {
      const params = { path: { profile_id: profileId, notification_id: id } };
      if (mark === "shown")
        await unwrap(
          client.POST("/api/v1/profiles/{profile_id}/notifications/{notification_id}/shown", { params }),
        );
      else
        await unwrap(
          client.POST("/api/v1/profiles/{profile_id}/notifications/{notification_id}/dismissed", { params }),
        );
    },
    onSettled: () => queries.invalidateQueries({ queryKey: notificationsKey(profileId) }),
  });
}

/** What the centre lists: everything but popups (a popup shows once, as a dialog). */
export function centreItems(items: ProfileNotification[]): ProfileNotification[] {
  return items.filter((item) => !item.popup);
}

/** The popup to show now: the oldest one not shown yet. */
export function nextPopup(items: ProfileNotification[]): ProfileNotification | null {
  const popups = items.filter((item) => item.popup && !item.shown);
  return popups.length ? (popups[popups.length - 1] ?? null) : null;
}

export function unreadCount(items: ProfileNotification[]): number {
  return centreItems(items).filter((item) => !item.shown).length;
}

/** The app's page a notification opens: a title's page or a live channel's player. */
export function linkHref(notification: ProfileNotification): string | null {
  const link = notification.link;
  if (!link) return null;
  return link.kind === "title" ? `/title/${link.id}` : `/live/${link.id}`;
}
