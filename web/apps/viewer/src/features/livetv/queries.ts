import { useQuery } from "@tanstack/preact-query";
import { unwrap } from "@vuga/api";
import { client } from "../../api";

/** The guide shows this many channels at once; a category holds fewer nearly always. */
export const GUIDE_CHANNELS = 50;

/** Categories in order, each with its channels (within the profile's ceiling). */
export function useCategories(profileId: number | null) {
  return useQuery({
    queryKey: ["live-categories", profileId],
    queryFn: ({ signal }) =>
      unwrap(client.GET("/api/v1/live/categories", { signal, params: { query: { profile_id: profileId } } })),
  });
}

/** The guide grid of a time window, for a category's channels (or every channel). */
export function useGuide(
  window: { start: Date; end: Date },
  category: string | null,
  profileId: number | null,
) {
  const start = window.start.toISOString();
  const end = window.end.toISOString();
  return useQuery({
    queryKey: ["live-guide", start, end, category, profileId],
    queryFn: ({ signal }) =>
      unwrap(
        client.GET("/api/v1/live/guide", {
          signal,
          params: { query: { start, end, category, limit: GUIDE_CHANNELS, profile_id: profileId } },
        }),
      ),
  });
}

/** A channel with what is on now and next; refetched at the next programme's start. */
export function useChannel(channelId: number, profileId: number | null) {
  return useQuery({
    queryKey: ["live-channel", channelId, profileId],
    queryFn: ({ signal }) =>
      unwrap(
        client.GET("/api/v1/live/channels/{channel_id}", {
          signal,
          params: { path: { channel_id: channelId }, query: { profile_id: profileId } },
        }),
      ),
    refetchInterval: (query) => {
      const next = query.state.data?.next?.starts_at ?? query.state.data?.now?.ends_at;
      return next ? Math.max(5_000, Date.parse(next) - Date.now() + 1_000) : 5 * 60_000;
    },
  });
}

/** Where the profile plays the channel from (its streams, best first): private, never cached. */
export function useChannelPlayback(profileId: number | null, channelId: number) {
  return useQuery({
    queryKey: ["live-playback", profileId, channelId],
    enabled: profileId !== null,
    staleTime: 0,
    gcTime: 0,
    retry: false,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET("/api/v1/profiles/{profile_id}/channels/{channel_id}/playback", {
          signal,
          params: { path: { profile_id: profileId ?? 0, channel_id: channelId } },
        }),
      ),
  });
}
