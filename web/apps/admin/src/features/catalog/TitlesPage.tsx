// The titles table: every title, published or not, with search, filters and sort in the page's URL, and
// cursor paging ("Show more") over any number of titles: the API never counts them all.

import { LinkButton, Notice, Spinner } from "@vuga/ui";
import { useEffect, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { usePageTitle } from "../../layout/page";
import { type AdminTitleSort, listQueryString, parseListQuery, type TitleListQuery } from "./listQuery";
import { useGenres, useTitleList } from "./queries";

const SEARCH_DELAY_MS = 250;
const SORT_LABELS: Record<AdminTitleSort, string> = {
  updated: "Last changed",
  title: "Title (A to Z)",
  release_year: "Release year (newest)",
};
const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export function TitlesPage() {
  usePageTitle("Titles");
  const { query: params, route } = useLocation();
  const query = parseListQuery(params);
  const list = useTitleList(query);
  const genres = useGenres();
  const change = (next: Partial<TitleListQuery>) =>
    route(`/admin/titles${listQueryString({ ...query, ...next })}`, true);

  // The search box types freely; the URL (and the request) follows once typing pauses.
  const [text, setText] = useState(query.q);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const typed = (value: string) => {
    setText(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => change({ q: value }), SEARCH_DELAY_MS);
  };

  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const ariaSort = (sort: AdminTitleSort) =>
    query.sort === sort ? (sort === "title" ? "ascending" : "descending") : undefined;
  return (
    <section class="admin-page">
      <div class="admin-page__head">
        <h1>Titles</h1>
        <LinkButton href="/admin/titles/new">New title</LinkButton>
      </div>
      <search class="admin-filters" aria-label="Search and filter the titles">
        <div class="ui-field">
          <label for="titles-q">Search by name</label>
          <input
            id="titles-q"
            type="search"
            value={text}
            maxLength={100}
            onInput={(e) => typed(e.currentTarget.value)}
          />
        </div>
        <div class="ui-field">
          <label for="titles-kind">Kind</label>
          <select
            id="titles-kind"
            value={query.kind ?? ""}
            onChange={(e) => change({ kind: (e.currentTarget.value || null) as TitleListQuery["kind"] })}
          >
            <option value="">Movies and series</option>
            <option value="movie">Movies</option>
            <option value="series">Series</option>
          </select>
        </div>
        <div class="ui-field">
          <label for="titles-published">State</label>
          <select
            id="titles-published"
            value={query.published === null ? "" : String(query.published)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              change({ published: value === "" ? null : value === "true" });
            }}
          >
            <option value="">Published or not</option>
            <option value="true">Published</option>
            <option value="false">Not published</option>
          </select>
        </div>
        <div class="ui-field">
          <label for="titles-genre">Genre</label>
          <select
            id="titles-genre"
            value={query.genre === null ? "" : String(query.genre)}
            onChange={(e) => change({ genre: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
          >
            <option value="">Any genre</option>
            {genres.data?.items.map((genre) => (
              <option key={genre.id} value={genre.id}>
                {genre.name}
              </option>
            ))}
          </select>
        </div>
        <div class="ui-field">
          <label for="titles-sort">Sort by</label>
          <select
            id="titles-sort"
            value={query.sort}
            onChange={(e) => change({ sort: e.currentTarget.value as AdminTitleSort })}
          >
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </search>
      {list.isError && <Notice kind="alert">The titles could not be loaded: {list.error.message}</Notice>}
      {list.isPending ? (
        <Spinner label="Loading the titles" />
      ) : (
        <table class="admin-table" aria-busy={list.isFetching || undefined} data-testid="titles-table">
          <caption class="ui-visually-hidden">
            Titles, sorted by {SORT_LABELS[query.sort].toLowerCase()}
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={ariaSort("title")}>
                Title
              </th>
              <th scope="col">Kind</th>
              <th scope="col" aria-sort={ariaSort("release_year")}>
                Year
              </th>
              <th scope="col">Rating</th>
              <th scope="col">Genres</th>
              <th scope="col">State</th>
              <th scope="col" aria-sort={ariaSort("updated")}>
                Last changed
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <a href={`/admin/titles/${row.id}`}>{row.title}</a>
                </th>
                <td>{row.kind === "movie" ? "Movie" : "Series"}</td>
                <td>{row.release_year}</td>
                <td>{row.maturity_rating}</td>
                <td>{row.genres.map((genre) => genre.name).join(", ")}</td>
                <td>
                  <span class={`admin-state admin-state--${row.is_published ? "on" : "off"}`}>
                    {row.is_published ? "Published" : "Draft"}
                  </span>
                </td>
                <td>{dateFormat.format(new Date(row.updated_at))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!list.isPending && rows.length === 0 && <p role="status">No title matches.</p>}
      <p class="admin-table__more" role="status">
        {rows.length > 0 && `${rows.length} titles shown${list.hasNextPage ? ", more below" : ""}.`}
      </p>
      {list.hasNextPage && (
        <button
          type="button"
          class="ui-button ui-button--secondary"
          aria-busy={list.isFetchingNextPage || undefined}
          onClick={() => void list.fetchNextPage()}
        >
          Show more titles
        </button>
      )}
    </section>
  );
}
