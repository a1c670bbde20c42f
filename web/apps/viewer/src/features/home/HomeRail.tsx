import type { Rail as RailData, TitleSummary } from "@vuga/api";
import { Rail, TitleCard } from "@vuga/ui";
import { useState } from "preact/hooks";
import { paths } from "../../routes";
import { flatten, type TitleFilters, useTitlePages } from "../catalog/queries";

/** The filters that continue a rail past its first 20 (top 10 and "because you watched" stop there). */
function continuation(rail: RailData): TitleFilters | null {
  if (rail.kind === "genre" && rail.genre) return { genre: String(rail.genre.id), sort: "popular" };
  if (rail.kind === "new_releases") return { sort: "newest" };
  return null;
}

/** Merge the rail's first titles with the pages after them, each title once, in the list's order. */
export function merged(first: TitleSummary[], more: TitleSummary[]): TitleSummary[] {
  const seen = new Set<number>();
  const out: TitleSummary[] = [];
  for (const title of [...first, ...more]) {
    if (!seen.has(title.id)) {
      seen.add(title.id);
      out.push(title);
    }
  }
  return out;
}

export function HomeRail({
  rail,
  heading,
  profileId,
}: {
  rail: RailData;
  heading: string;
  profileId: number | null;
}) {
  const filters = continuation(rail);
  const [wanted, setWanted] = useState(false);
  const pages = useTitlePages(filters ?? {}, profileId, filters !== null && wanted);
  const titles = merged(rail.items, flatten(pages.data?.pages));
  const more = filters !== null && (!wanted || pages.hasNextPage);
  return (
    <Rail
      heading={heading}
      busy={pages.isFetching}
      loaded={pages.data?.pages.length ?? 0}
      onNearEnd={
        more
          ? () => {
              if (!wanted) setWanted(true);
              else if (pages.hasNextPage && !pages.isFetchingNextPage) void pages.fetchNextPage();
            }
          : undefined
      }
    >
      {titles.map((title, index) => (
        <li key={title.id}>
          <TitleCard
            title={title}
            href={paths.title(title.id)}
            rank={rail.kind === "top10" ? index + 1 : undefined}
          />
        </li>
      ))}
    </Rail>
  );
}
