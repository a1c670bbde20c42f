"""What editors list: every title, published or not (a table filtered, searched and sorted, a keyset page at
a time, with no total count), a series' seasons and episodes, and the editorial top 10. Each a constant
number of statements whatever the catalog holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import Genre, Title, TitleKind
from vuga.catalog.repository import (
    ADMIN_SORT_KEY_FIELDS,
    ADMIN_SORTS,
    AdminTitleFilters,
    CatalogRepository,
)
from vuga.catalog.schemas.admin_lists import (
    AdminEpisode,
    AdminGenre,
    AdminSeason,
    AdminSeasons,
    AdminTitleRow,
    AdminTitleSort,
    AdminTop10,
    Top10Item,
)
from vuga.catalog.service import presenters
from vuga.core.errors import InvalidInput, NotFound
from vuga.core.images import present_image
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.core.pagination import Page, decode_cursor, paginate, query_fingerprint


@dataclass(frozen=True, slots=True, kw_only=True)
class AdminTitleQuery:
    sort: AdminTitleSort = AdminTitleSort.UPDATED
    text: str | None = None
    kind: TitleKind | None = None
    published: bool | None = None
    genre_id: int | None = None

    def filters(self) -> AdminTitleFilters:
        text = self.text.strip() if self.text else None
        return AdminTitleFilters(
            text=text or None,
            kind=self.kind.value if self.kind else None,
            published=self.published,
            genre_id=self.genre_id,
        )

    def fingerprint(self) -> str:
        return query_fingerprint(
            admin=True,
            sort=self.sort,
            q=self.filters().text,
            kind=self.kind,
            published=self.published,
            genre=self.genre_id,
        )


class AdminCatalogReader:
    def __init__(self, repository: CatalogRepository, media: MediaUrls) -> None:
        self.repository = repository
        self.media = media

    @classmethod
    def for_session(cls, session: AsyncSession, media: MediaUrls) -> AdminCatalogReader:
        return cls(CatalogRepository(session), media)

    async def titles(self, query: AdminTitleQuery, cursor: str | None, limit: int) -> Page[AdminTitleRow]:
        fingerprint = query.fingerprint()
        spec = ADMIN_SORTS[query.sort]
        after = decode_cursor(cursor, fingerprint, spec.key_type) if cursor else None
        rows = await self.repository.admin_titles(query.filters(), query.sort, after, limit + 1)
        if not rows and query.genre_id is not None and not await self.repository.get(Genre, query.genre_id):
            # asked only when the page is empty, so a page with results costs no statement more
            raise InvalidInput.field("genre", "no genre has this id (see /api/v1/genres)")
        key_fields = ADMIN_SORT_KEY_FIELDS[query.sort]
        page, next_cursor = paginate(rows, limit, fingerprint, lambda row: tuple(row[f] for f in key_fields))
        genres = await self.repository.genres_by_title(row["id"] for row in page)
        items = []
        for row in page:
            poster = present_image(
                presenters.stored_artwork(row["artwork_images"]).get("poster"), row["poster_url"], self.media
            )
            items.append(
                AdminTitleRow(
                    id=row["id"],
                    title=row["title"],
                    kind=TitleKind(row["kind"]),
                    is_published=row["is_published"],
                    published_at=row["published_at"],
                    release_year=row["release_year"],
                    maturity_rating=Maturity.from_min_age(row["maturity_age"]),
                    genres=[AdminGenre(id=g["id"], name=g["name"]) for g in genres.get(row["id"], [])],
                    poster_url=poster.url if poster else None,
                    updated_at=row["updated_at"],
                )
            )
        return Page(items=items, next_cursor=next_cursor)

    async def seasons(self, title_id: int) -> AdminSeasons:
        title = await self.repository.get(Title, title_id)
        if title is None:
            raise NotFound(f"title {title_id} does not exist")
        if title.kind != TitleKind.SERIES:
            raise InvalidInput.field("title_id", "a movie has no seasons")
        seasons: dict[int, AdminSeason] = {}
        for row in await self.repository.seasons_with_episodes(title_id):
            season = seasons.get(row["season_id"])
            if season is None:
                season = seasons[row["season_id"]] = AdminSeason(
                    id=row["season_id"],
                    number=row["season_number"],
                    name=row["season_name"],
                    release_year=row["season_release_year"],
                    episodes=[],
                )
            if row["episode_id"] is not None:
                season.episodes.append(
                    AdminEpisode(
                        id=row["episode_id"],
                        number=row["episode_number"],
                        name=row["episode_name"],
                        duration_s=row["duration_s"],
                        air_date=row["air_date"],
                        has_media=bool(row["has_media"]),
                    )
                )
        return AdminSeasons(title_id=title_id, items=list(seasons.values()))

    async def top10(self) -> AdminTop10:
        return AdminTop10(
            items=[
                Top10Item(
                    position=row["position"],
                    id=row["id"],
                    title=row["title"],
                    kind=TitleKind(row["kind"]),
                    is_published=row["is_published"],
                )
                for row in await self.repository.top10_rows()
            ]
        )
