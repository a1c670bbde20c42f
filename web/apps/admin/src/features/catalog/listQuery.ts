// The titles table's query (search, filters, sort) lives in the page's URL, so that a filtered table can be
// linked, reloaded and gone back to. These functions read it from the URL and write it back, and give the
// API's query parameters; only what differs from the defaults is written.

import type { components } from "@vuga/api";

export type AdminTitleSort = components["schemas"]["AdminTitleSort"];
export type TitleKind = components["schemas"]["TitleKind"];

export interface TitleListQuery {
  q: string;
  kind: TitleKind | null;
  published: boolean | null;
  genre: number | null;
  sort: AdminTitleSort;
}

export const DEFAULT_QUERY: TitleListQuery = {
  q: "",
  kind: null,
  published: null,
  genre: null,
  sort: "updated",
};
const SORTS: readonly AdminTitleSort[] = ["updated", "title", "release_year"];
const KINDS: readonly TitleKind[] = ["movie", "series"];
export const PAGE_SIZE = 50;

export function parseListQuery(params: Record<string, string | undefined>): TitleListQuery {
  const genre = Number(params.genre);
  const sort = params.sort as AdminTitleSort;
  const kind = params.kind as TitleKind;
  return {
    q: (params.q ?? "").slice(0, 100),
    kind: KINDS.includes(kind) ? kind : null,
    published: params.published === "true" ? true : params.published === "false" ? false : null,
    genre: Number.isInteger(genre) && genre > 0 ? genre : null,
    sort: SORTS.includes(sort) ? sort : DEFAULT_QUERY.sort,
  };
}

/** The query string of `query` ("" for the defaults), for the page's URL. */
export function listQueryString(query: TitleListQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set("q", query.q);
  if (query.kind) params.set("kind", query.kind);
  if (query.published !== null) params.set("published", String(query.published));
  if (query.genre !== null) params.set("genre", String(query.genre));
  if (query.sort !== DEFAULT_QUERY.sort) params.set("sort", query.sort);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The API's parameters for a page of `query` after `cursor`. */
export function apiParams(query: TitleListQuery, cursor: string | null) {
  const q = query.q.trim();
  return {
    limit: PAGE_SIZE,
    sort: query.sort,
    ...(q ? { q } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.published !== null ? { published: query.published } : {}),
    ...(query.genre !== null ? { genre: query.genre } : {}),
    ...(cursor ? { cursor } : {}),
  };
}
