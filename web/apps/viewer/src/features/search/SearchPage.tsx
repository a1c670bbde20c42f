import type { TitleKind } from "@vuga/api";
import { Button, Notice, Spinner, TitleCard } from "@vuga/ui";
import { useLocation } from "preact-iso";
import { usePageTitle } from "../../layout/page";
import { t } from "../../messages";
import { paths } from "../../routes";
import { useCurrentProfile } from "../accounts/session";
import { flatten, useGenres } from "../catalog/queries";
import { normalisedQuery } from "./debounce";
import { useSearch } from "./queries";

export function SearchPage() {
  const { query, route } = useLocation();
  const q = normalisedQuery(query.q ?? "");
  const kind = (query.kind === "movie" || query.kind === "series" ? query.kind : undefined) as
    | TitleKind
    | undefined;
  const genre = query.genre || undefined;
  usePageTitle(q ? t.search.heading(q) : t.search.label);
  const { profile } = useCurrentProfile();
  const genres = useGenres();
  const results = useSearch(q, kind, genre, profile?.id ?? null);
  const titles = flatten(results.data?.pages);
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    route(`/search?${next.toString()}`);
  };
  return (
    <div class="page">
      <h1>{q ? t.search.heading(q) : t.search.label}</h1>
      {!q && <p>{t.search.emptyQuery}</p>}
      {q && (
        <form class="filters" onSubmit={(event) => event.preventDefault()}>
          <div class="ui-field">
            <label for="search-kind">{t.browse.kind}</label>
            <select
              id="search-kind"
              value={kind ?? ""}
              onChange={(e) => setFilter("kind", e.currentTarget.value)}
            >
              <option value="">{t.search.kindAll}</option>
              <option value="movie">{t.browse.movies}</option>
              <option value="series">{t.browse.series}</option>
            </select>
          </div>
          <div class="ui-field">
            <label for="search-genre">{t.browse.genre}</label>
            <select
              id="search-genre"
              value={genre ?? ""}
              onChange={(e) => setFilter("genre", e.currentTarget.value)}
            >
              <option value="">{t.browse.allGenres}</option>
              {genres.data?.items.map((g) => (
                <option key={g.id} value={g.slug}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
        </form>
      )}
      {results.isError && <Notice kind="alert">{t.errorGeneric}</Notice>}
      {q && results.isPending && <Spinner label={t.loading} />}
      {results.isSuccess && titles.length === 0 && <p>{t.search.empty(q)}</p>}
      <ul class="results-grid">
        {titles.map((title) => (
          <li key={title.id}>
            <TitleCard title={title} href={paths.title(title.id)} />
          </li>
        ))}
      </ul>
      {results.hasNextPage && (
        <Button
          variant="secondary"
          busy={results.isFetchingNextPage}
          onClick={() => void results.fetchNextPage()}
        >
          {t.search.more}
        </Button>
      )}
    </div>
  );
}
