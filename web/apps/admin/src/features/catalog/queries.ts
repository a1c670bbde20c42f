// The catalog's server state as the admin UI reads and changes it: query keys, fetches and the
// invalidations a write implies. Components use these hooks; none fetches on its own.

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/preact-query";
import { unwrap } from "@vuga/api";
import { client, queryClient } from "../../api";
import { apiParams, type TitleListQuery } from "./listQuery";

export const catalogKeys = {
  titles: (query: TitleListQuery) => ["admin", "titles", query] as const,
  allTitles: ["admin", "titles"] as const,
  title: (id: number) => ["admin", "title", id] as const,
  seasons: (id: number) => ["admin", "seasons", id] as const,
  top10: ["admin", "top10"] as const,
  genres: ["genres"] as const,
};

export function useTitleList(query: TitleListQuery) {
  return useInfiniteQuery({
    queryKey: catalogKeys.titles(query),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      unwrap(client.GET("/api/v1/admin/titles", { params: { query: apiParams(query, pageParam) }, signal })),
    getNextPageParam: (page) => page.next_cursor ?? null,
    placeholderData: keepPreviousData, // the table stays while the next filter's rows load
    staleTime: 10_000,
  });
}

export function useGenres() {
  return useQuery({
    queryKey: catalogKeys.genres,
    staleTime: 10 * 60_000,
    queryFn: ({ signal }) => unwrap(client.GET("/api/v1/genres", { signal })),
  });
}

export function useAdminTitle(id: number) {
  return useQuery({
    queryKey: catalogKeys.title(id),
    queryFn: ({ signal }) =>
      unwrap(client.GET("/api/v1/admin/titles/{title_id}", { params: { path: { title_id: id } }, signal })),
  });
}

export function useSeasons(id: number, enabled: boolean) {
  return useQuery({
    queryKey: catalogKeys.seasons(id),
    enabled,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET("/api/v1/admin/titles/{title_id}/seasons", { params: { path: { title_id: id } }, signal }),
      ),
  });
}

export function useTop10() {
  return useQuery({
    queryKey: catalogKeys.top10,
    queryFn: ({ signal }) => unwrap(client.GET("/api/v1/admin/top10", { signal })),
  });
}

/** After a title changed: its own page, and every titles table (its row may have moved or left a filter). */
export function titleChanged(id: number): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: catalogKeys.title(id) }),
    queryClient.invalidateQueries({ queryKey: catalogKeys.allTitles }),
    queryClient.invalidateQueries({ queryKey: catalogKeys.top10 }),
  ]);
}
