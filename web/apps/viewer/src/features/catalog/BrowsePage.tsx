import type { TitleKind, TitleSort } from "@vuga/api";
import { Notice, Spinner, TitleCard } from "@vuga/ui";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { usePageTitle } from "../../layout/page";
import { t } from "../../messages";
import { paths } from "../../routes";
import { useCurrentProfile } from "../accounts/session";
import { flatten, useGenres, useTitlePages } from "./queries";
import { columnsFor, useWindowVirtualizer } from "./virtual";

const SORTS: TitleSort[] = ["popular", "newest", "release_year", "rating", "title"];
const GAP = 12;
const ROW_EXTRA = 64; // the name and year under a poster

function useWidth(element: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    setWidth(target.clientWidth);
    const observer = new ResizeObserver(() => setWidth(target.clientWidth));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/** Every title by genre, kind and sort: pages of 20 by cursor as the viewer scrolls, in a virtualised grid
 * (only the rows near the viewport exist, so 5,000 titles cost what 50 do). */
export function BrowsePage() {
  usePageTitle(t.browse.heading);
  const { query, route, path } = useLocation();
  const genre = query.genre || undefined;
  const kind = (query.kind === "movie" || query.kind === "series" ? query.kind : undefined) as
    | TitleKind
    | undefined;
  const sort = (SORTS.includes(query.sort as TitleSort) ? query.sort : "popular") as TitleSort;
  const { profile } = useCurrentProfile();
  const genres = useGenres();
  const pages = useTitlePages({ genre, kind, sort }, profile?.id ?? null);
  const titles = flatten(pages.data?.pages);

  const grid = useRef<HTMLDivElement>(null);
  const width = useWidth(grid);
  const cardWidth = Math.min(176, Math.max(120, width / 7));
  const columns = columnsFor(width || 800, cardWidth, GAP);
  const rowHeight = Math.round((cardWidth * 3) / 2 + ROW_EXTRA + GAP);
  const rows = Math.ceil(titles.length / columns);
  const virtualizer = useWindowVirtualizer({
    count: rows + (pages.hasNextPage ? 1 : 0),
    estimateSize: () => rowHeight,
    overscan: 3,
    scrollMargin: grid.current?.offsetTop ?? 0,
  });
  useEffect(() => virtualizer.measure(), [rowHeight, columns, virtualizer]);
  const visible = virtualizer.getVirtualItems();
  const last = visible.at(-1);
  useEffect(() => {
    if (last && last.index >= rows - 1 && pages.hasNextPage && !pages.isFetchingNextPage)
      void pages.fetchNextPage();
  }, [last?.index, rows, pages.hasNextPage, pages.isFetchingNextPage, pages.fetchNextPage]);

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    const search = next.toString();
    route(search ? `${path}?${search}` : path);
  };

  return (
    <div class="page browse">
      <h1>{t.browse.heading}</h1>
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <div class="ui-field">
          <label for="browse-genre">{t.browse.genre}</label>
          <select
            id="browse-genre"
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
        <div class="ui-field">
          <label for="browse-kind">{t.browse.kind}</label>
          <select
            id="browse-kind"
            value={kind ?? ""}
            onChange={(e) => setFilter("kind", e.currentTarget.value)}
          >
            <option value="">{t.browse.allKinds}</option>
            <option value="movie">{t.browse.movies}</option>
            <option value="series">{t.browse.series}</option>
          </select>
        </div>
        <div class="ui-field">
          <label for="browse-sort">{t.browse.sort}</label>
          <select id="browse-sort" value={sort} onChange={(e) => setFilter("sort", e.currentTarget.value)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t.browse.sorts[s]}
              </option>
            ))}
          </select>
        </div>
      </form>
      {pages.isError && <Notice kind="alert">{t.errorGeneric}</Notice>}
      {/* biome-ignore lint/a11y/useSemanticElements: rows are positioned boxes of the virtualiser; the roles keep one list */}
      <div
        ref={grid}
        class="browse__grid"
        role="list"
        aria-busy={pages.isFetching || undefined}
        data-loaded={titles.length}
        style={{ height: `${virtualizer.getTotalSize()}px` }}
      >
        {visible.map((row) => {
          const start = row.index * columns;
          const items = titles.slice(start, start + columns);
          return (
            <div
              key={row.key}
              class="browse__row"
              role="presentation"
              style={{
                transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
                gridTemplateColumns: `repeat(${columns}, ${cardWidth}px)`,
              }}
            >
              {items.length === 0 ? (
                <Spinner label={t.loadingMore} />
              ) : (
                items.map((title) => (
                  // biome-ignore lint/a11y/useSemanticElements: see the list above
                  <div key={title.id} role="listitem" class="browse__cell">
                    <TitleCard title={title} href={paths.title(title.id)} />
                  </div>
                ))
              )}
            </div>
          );
        })}
      </div>
      {pages.isPending && <Spinner label={t.loading} />}
      {pages.isSuccess && titles.length === 0 && <p>{t.browse.empty}</p>}
      {pages.isSuccess && titles.length > 0 && !pages.hasNextPage && (
        <p class="browse__end">{t.browse.end}</p>
      )}
    </div>
  );
}
