import { useInfiniteQuery, useQuery } from "@tanstack/preact-query";
import { type TitleKind, type TitleSort, type TitleSummary, unwrap } from "@vuga/api";
import { client } from "../../api";

export const PAGE_SIZE = 20;

export interface TitleFilters {
  genre?: string | undefined;
  kind?: TitleKind | undefined;
  sort?: TitleSort | undefined;
}

/** Titles by cursor, 20 a page (`enabled: false` until a rail is scrolled to its end). */
export function useTitlePages(filters: TitleFilters, profileId: number | null, enabled = true) {
  return useInfiniteQuery({
    queryKey: ["titles", filters, profileId],
    enabled,
    initialPageParam: null as string | null,
    getNextPageParam: (page: { next_cursor?: string | null }) => page.next_cursor ?? null,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        client.GET("/api/v1/titles", {
          signal,
          params: {
            query: {
              limit: PAGE_SIZE,
              cursor: pageParam,
              genre: filters.genre || null,
              kind: filters.kind ?? null,
              sort: filters.sort ?? "popular",
              profile_id: profileId,
            },
          },
        }),
      ),
  });
}

export function flatten(pages: { items: TitleSummary[] }[] | undefined): TitleSummary[] {
  return pages?.flatMap((page) => page.items) ?? [];
}

export function useTitle(id: number, profileId: number | null) {
  return useQuery({
    queryKey: ["title", id, profileId],
    queryFn: ({ signal }) =>
      unwrap(
        client.GET("/api/v1/titles/{title_id}", {
          signal,
          params: { path: { title_id: id }, query: { profile_id: profileId } },
        }),
      ),
  });
}

export function useEpisodes(titleId: number, season: number | null, profileId: number | null) {
  return useQuery({
    queryKey: ["episodes", titleId, season, profileId],
    enabled: season !== null,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET("/api/v1/titles/{title_id}/seasons/{number}/episodes", {
          signal,
          params: {
            path: { title_id: titleId, number: season ?? 0 },
            query: { profile_id: profileId, limit: 100 },
          },
        }),
      ),
  });
}

export function useGenres() {
  return useQuery({
    queryKey: ["genres"],
    staleTime: 60 * 60_000,
    queryFn: ({ signal }) => unwrap(client.GET("/api/v1/genres", { signal })),
  });
}
