"""What viewers see: published titles only, each list a constant number of statements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.repository import SORT_KEY_FIELDS, SORTS, CatalogRepository, TitleFilters
from vuga.catalog.schemas import (
    CreditOut,
    EpisodeOut,
    EpisodeRef,
    GenreOut,
    LanguageOut,
    PersonCredit,
    PersonOut,
    PersonRef,
    SeasonOut,
    TitleDetail,
    TitleSort,
    TitleSummary,
    TrailerOut,
)
from vuga.catalog.service import presenters
from vuga.core.bounds import MAX_ID, SmallInt
from vuga.core.errors import InvalidInput, NotFound
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.core.pagination import Page, decode_cursor, paginate, query_fingerprint


@dataclass(frozen=True, slots=True)
class GenreRef:
    """A genre named in a filter, either by id (``12``) or by slug (``sci-fi``)."""

    id: int | None = None
    slug: str | None = None

    @classmethod
    def parse(cls, value: str) -> GenreRef:
        """Digits are an id, within the column's range (a slug may be digits too, but it is read as an id)."""
        if not (value.isascii() and value.isdigit()):
            return cls(slug=value)
        if len(value) > len(str(MAX_ID)) or int(value) > MAX_ID:
            raise InvalidInput.field("genre", f"a genre id is at most {MAX_ID}")
        return cls(id=int(value))


@dataclass(frozen=True, slots=True, kw_only=True)
class ListFilters:
    """The filters every title list takes (browsing, search), as the API received them."""

    kind: str | None = None
    genre: GenreRef | None = None
    language: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    max_maturity: Maturity | None = None

    def filters(self) -> TitleFilters:
        if self.year_from is not None and self.year_to is not None and self.year_from > self.year_to:
            raise InvalidInput.field("year_from", "must not be after year_to")
        return TitleFilters(
            kind=self.kind,
            genre_id=self.genre.id if self.genre else None,
            genre_slug=self.genre.slug if self.genre else None,
            language=self.language,
            year_from=self.year_from,
            year_to=self.year_to,
            max_age=self.max_maturity.min_age if self.max_maturity else None,
        )

    def fingerprint_of(self, **more: object) -> str:
        """A fingerprint of these filters and ``more`` (the list's sort, a search's text), for cursors and
        cache keys."""
        genre = self.genre and (self.genre.id if self.genre.id is not None else self.genre.slug)
        return query_fingerprint(
            **more,
            kind=self.kind,
            genre=genre,
            language=self.language,
            year_from=self.year_from,
            year_to=self.year_to,
            max_maturity=self.max_maturity,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class BrowseQuery(ListFilters):
    sort: TitleSort = TitleSort.POPULAR

    def fingerprint(self) -> str:
        return self.fingerprint_of(sort=self.sort)


def _age(maturity: Maturity | None) -> int | None:
    return maturity.min_age if maturity else None


class CatalogReader:
    def __init__(self, repository: CatalogRepository, media: MediaUrls) -> None:
        self.repository = repository
        self.media = media

    @classmethod
    def for_session(cls, session: AsyncSession, media: MediaUrls) -> CatalogReader:
        return cls(CatalogRepository(session), media)

    async def genres(self) -> Page[GenreOut]:
        return Page(items=presenters.genres(await self.repository.list_genres()))

    async def languages(self) -> Page[LanguageOut]:
        rows = await self.repository.list_languages()
        return Page(items=[LanguageOut(id=row["id"], code=row["code"], name=row["name"]) for row in rows])

    async def browse(self, query: BrowseQuery, cursor: str | None, limit: int) -> Page[TitleSummary]:
        filters = query.filters()
        fingerprint = query.fingerprint()
        spec = SORTS[query.sort]
        after = decode_cursor(cursor, fingerprint, spec.key_type) if cursor else None
        rows = await self.repository.browse_titles(filters, query.sort, after, limit + 1)
        if not rows:
            await self.require_genre(filters)
        key_fields = SORT_KEY_FIELDS[query.sort]
        page, next_cursor = paginate(rows, limit, fingerprint, lambda row: tuple(row[f] for f in key_fields))
        genres = presenters.genre_lists(await self.repository.genres_by_title(row["id"] for row in page))
        return Page(items=presenters.title_summaries(page, genres, self.media), next_cursor=next_cursor)

    async def summaries(
        self, title_ids: Sequence[int], max_maturity: Maturity | None
    ) -> dict[int, TitleSummary]:
        """Summaries of those of ``title_ids`` that are published and within ``max_maturity``."""
        if not title_ids:
            return {}
        rows, genre_rows = await self.repository.visible_titles_with_genres(title_ids, _age(max_maturity))
        genres = presenters.genre_lists(genre_rows)
        return {
            row["id"]: presenters.title_summary(row, genres.get(row["id"], []), self.media) for row in rows
        }

    async def more_like(
        self, title_id: int, max_maturity: Maturity | None
    ) -> tuple[TitleSummary, list[TitleSummary]] | None:
        """A visible title and the titles like it ("because you watched ..."); None if it is not visible."""
        own = await self.repository.visible_titles([title_id], _age(max_maturity))
        if not own:
            return None
        related = await self.repository.related_titles(title_id, _age(max_maturity))
        genres = presenters.genre_lists(
            await self.repository.genres_by_title([title_id, *(row["id"] for row in related)])
        )
        return (
            presenters.title_summary(own[0], genres.get(title_id, []), self.media),
            presenters.title_summaries(related, genres, self.media),
        )

    async def episode_refs(
        self, episode_ids: Sequence[int], max_maturity: Maturity | None
    ) -> dict[int, EpisodeRef]:
        if not episode_ids:
            return {}
        rows = await self.repository.visible_episodes(episode_ids, _age(max_maturity))
        return {
            row["id"]: EpisodeRef(
                id=row["id"],
                title_id=row["title_id"],
                season_number=row["season_number"],
                number=row["number"],
                name=row["name"],
                duration_s=row["duration_s"],
                still_url=self.media.absolute(row["still_url"]),
            )
            for row in rows
        }

    async def require_playable(
        self, title_id: int, episode_id: int | None, max_maturity: Maturity | None
    ) -> str:
        """The kind of the title a heartbeat names; 404 unless it is visible and owns ``episode_id``."""
        kind = await self.repository.playable(title_id, episode_id, _age(max_maturity))
        if kind is None:
            what = f"episode {episode_id} of title {title_id}" if episode_id else f"title {title_id}"
            raise NotFound(f"{what} does not exist")
        if kind == "series" and episode_id is None:
            raise InvalidInput.field("episode_id", "a series is watched episode by episode: name the episode")
        return kind

    async def most_viewed_title_ids(self) -> list[int]:
        """The most viewed published titles of the last days, best first (recomputed by a background job)."""
        return await self.repository.most_viewed_title_ids()

    async def episode_order(self, title_ids: Sequence[int]) -> dict[int, list[tuple[int, int | None]]]:
        return await self.repository.episode_order(title_ids)

    async def require_genre(self, filters: TitleFilters) -> None:
        """Refuse a filter by a genre that does not exist: an empty list would say "none in this genre".
        Asked only when a list came back empty, so a list with results costs no statement more."""
        if not await self.repository.genre_exists(filters):
            raise InvalidInput.field("genre", "no genre has this id or slug (see /api/v1/genres)")

    async def require_visible_title(self, title_id: int, max_maturity: Maturity | None) -> None:
        if not await self.repository.visible_titles([title_id], _age(max_maturity)):
            raise NotFound(f"title {title_id} does not exist")

    async def require_visible_episode(self, episode_id: int, max_maturity: Maturity | None) -> None:
        if not await self.repository.visible_episodes([episode_id], _age(max_maturity)):
            raise NotFound(f"episode {episode_id} does not exist")

    async def title(self, title_id: int, max_maturity: Maturity | None = None) -> TitleDetail:
        row = await self.repository.published_title(title_id)
        if row is None or (max_maturity is not None and row["maturity_age"] > max_maturity.min_age):
            raise NotFound(f"title {title_id} does not exist")
        max_age = max_maturity.min_age if max_maturity else None
        credits = await self.repository.credits_of_title(title_id)
        seasons = await self.repository.seasons_of_title(title_id)
        sources, subtitles = await self.repository.title_media(title_id)
        trailers = await self.repository.trailers_of_title(title_id)
        related = await self.repository.related_titles(title_id, max_age)
        genres = presenters.genre_lists(
            await self.repository.genres_by_title([title_id, *(r["id"] for r in related)])
        )
        media = self.media
        return TitleDetail(
            id=row["id"],
            title=row["title"],
            kind=row["kind"],
            original_title=row["original_title"],
            synopsis=row["synopsis"],
            release_year=row["release_year"],
            maturity_rating=Maturity.from_min_age(row["maturity_age"]),
            duration_s=row["duration_s"],
            language=(
                LanguageOut(id=row["language_id"], code=row["language_code"], name=row["language_name"])
                if row["language_id"] is not None
                else None
            ),
            genres=genres.get(title_id, []),
            rating_avg=round(row["rating_avg"], 2),
            rating_count=row["rating_count"],
            view_count=row["view_count"],
            is_featured=row["is_featured"],
            published_at=row["published_at"],
            artwork=presenters.artwork(row, media),
            credits=[
                CreditOut(
                    id=credit["id"],
                    person=PersonRef(
                        id=credit["person_id"],
                        name=credit["person_name"],
                        photo_url=media.absolute(credit["person_photo_url"]),
                    ),
                    role=credit["role"],
                    character=credit["character"],
                    billing_order=credit["billing_order"],
                )
                for credit in credits
            ],
            seasons=[
                SeasonOut(
                    id=season["id"],
                    number=season["number"],
                    name=season["name"],
                    synopsis=season["synopsis"],
                    release_year=season["release_year"],
                    poster_url=media.absolute(season["poster_url"]),
                    episode_count=season["episode_count"],
                )
                for season in seasons
            ],
            sources=[presenters.source(source, media) for source in sources],
            subtitles=[presenters.subtitle(subtitle, media) for subtitle in subtitles],
            trailers=[
                TrailerOut(id=t["id"], name=t["name"], kind=t["kind"], url=media.absolute(t["url"]) or "")
                for t in trailers
            ],
            more_like_this=presenters.title_summaries(related, genres, media),
        )

    async def episodes(
        self,
        title_id: int,
        season_number: int,
        cursor: str | None,
        limit: int,
        max_maturity: Maturity | None = None,
    ) -> Page[EpisodeOut]:
        season_id = await self.repository.published_season_id(title_id, season_number, _age(max_maturity))
        if season_id is None:
            raise NotFound(f"title {title_id} has no season {season_number}")
        fingerprint = query_fingerprint(season=season_id)
        after = decode_cursor(cursor, fingerprint, tuple[SmallInt])[0] if cursor else None
        rows = await self.repository.episodes_of_season(season_id, after, limit + 1)
        page, next_cursor = paginate(rows, limit, fingerprint, lambda row: (row["number"],))
        sources, subtitles = await self.repository.episode_media([row["id"] for row in page])
        items = [self._episode(row, sources, subtitles) for row in page]
        return Page(items=items, next_cursor=next_cursor)

    async def title_episodes(
        self, title_id: int, max_maturity: Maturity | None = None, limit: int = 500
    ) -> list[EpisodeOut]:
        """All the episodes of a title the profile may see, season by season, in three queries whatever
        the number of seasons (``episodes`` pages one season)."""
        rows = await self.repository.episodes_of_title(title_id, _age(max_maturity), limit)
        sources, subtitles = await self.repository.episode_media([row["id"] for row in rows])
        return [self._episode(row, sources, subtitles) for row in rows]

    def _episode(
        self,
        row: RowMapping,
        sources: dict[int, list[RowMapping]],
        subtitles: dict[int, list[RowMapping]],
    ) -> EpisodeOut:
        media = self.media
        return EpisodeOut(
            id=row["id"],
            season_number=row["season_number"],
            number=row["number"],
            name=row["name"],
            synopsis=row["synopsis"],
            duration_s=row["duration_s"],
            air_date=row["air_date"],
            still_url=media.absolute(row["still_url"]),
            sources=[presenters.source(s, media) for s in sources.get(row["id"], [])],
            subtitles=[presenters.subtitle(s, media) for s in subtitles.get(row["id"], [])],
        )

    async def person(self, person_id: int, max_maturity: Maturity | None = None) -> PersonOut:
        row = await self.repository.person(person_id)
        if row is None:
            raise NotFound(f"person {person_id} does not exist")
        credits = await self.repository.credits_of_person(
            person_id, max_maturity.min_age if max_maturity else None
        )
        genres = presenters.genre_lists(
            await self.repository.genres_by_title(credit["id"] for credit in credits)
        )
        return PersonOut(
            id=row["id"],
            name=row["name"],
            biography=row["biography"],
            birth_date=row["birth_date"],
            photo_url=self.media.absolute(row["photo_url"]),
            credits=[
                PersonCredit(
                    role=credit["role"],
                    character=credit["character"],
                    title=presenters.title_summary(credit, genres.get(credit["id"], []), self.media),
                )
                for credit in credits
            ],
        )
