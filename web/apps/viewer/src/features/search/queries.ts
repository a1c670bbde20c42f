import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/preact-query";
import { type TitleKind, unwrap } from "@vuga/api";
import { client } from "../../api";
import { PAGE_SIZE } from "../catalog/queries";

/** Type-ahead: one request per settled query; a newer query leaves the older one unused, and TanStack
 * Query aborts an unused request through its signal, so a slow stale answer is never shown. */
export function useSuggestions(q: string, profileId: number | null) {
  return useQuery({
    queryKey: ["suggest", q, profileId],
    enabled: q.length > 0,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET("/api/v1/search/suggest", { signal, params: { query: { q, profile_id: profileId } } }),
      ),
  });
}

export function useSearch(
  q: string,
  kind: TitleKind | undefined,
  genre: string | undefined,
  profileId: number | null,
) {
  return useInfiniteQuery({
    queryKey: ["search", q, kind, genre, profileId],
    enabled: q.length > 0,
    initialPageParam: null as string | null,
    getNextPageParam: (page: { next_cursor?: string | null }) => page.next_cursor ?? null,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        client.GET("/api/v1/search", {
          signal,
          params: {
            query: {
              q,
              limit: PAGE_SIZE,
              cursor: pageParam,
              kind: kind ?? null,
              genre: genre ?? null,
              profile_id: profileId,
            },
          },
        }),
      ),
  });
}
