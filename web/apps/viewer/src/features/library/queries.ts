import { useMutation, useQuery, useQueryClient } from "@tanstack/preact-query";
import { unwrap } from "@vuga/api";
import { client } from "../../api";

// A watchlist holds what one viewer keeps to watch: its first 100 entries say whether a title is in it.
export function useWatchlist(profileId: number | null) {
  return useQuery({
    queryKey: ["watchlist", profileId],
    enabled: profileId !== null,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET("/api/v1/profiles/{profile_id}/watchlist", {
          signal,
          params: { path: { profile_id: profileId ?? 0 }, query: { limit: 100 } },
        }),
      ),
  });
}

export function useWatchlistToggle(profileId: number, titleId: number) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (add: boolean) => {
      const params = { path: { profile_id: profileId, title_id: titleId } };
      if (add) await unwrap(client.PUT("/api/v1/profiles/{profile_id}/watchlist/{title_id}", { params }));
      else await unwrap(client.DELETE("/api/v1/profiles/{profile_id}/watchlist/{title_id}", { params }));
    },
    onSettled: () =>
      Promise.all([
        queries.invalidateQueries({ queryKey: ["watchlist", profileId] }),
        queries.invalidateQueries({ queryKey: ["home", profileId] }),
      ]),
  });
}

export function useRating(profileId: number | null, titleId: number) {
  return useQuery({
    queryKey: ["rating", profileId, titleId],
    enabled: profileId !== null,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET("/api/v1/profiles/{profile_id}/ratings/{title_id}", {
          signal,
          params: { path: { profile_id: profileId ?? 0, title_id: titleId } },
        }),
      ),
  });
}

export function useRate(profileId: number, titleId: number) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (score: number | null) => {
      const params = { path: { profile_id: profileId, title_id: titleId } };
      return score === null
        ? unwrap(client.DELETE("/api/v1/profiles/{profile_id}/ratings/{title_id}", { params }))
        : unwrap(client.PUT("/api/v1/profiles/{profile_id}/ratings/{title_id}", { params, body: { score } }));
    },
    onSuccess: (rating) => {
      if (rating) queries.setQueryData(["rating", profileId, titleId], rating);
      else void queries.invalidateQueries({ queryKey: ["rating", profileId, titleId] });
    },
  });
}
