"""The catalog's SQL. Every read runs a fixed number of statements whatever the data holds: lists fetch their
rows in one statement and their children (genres, sources, ...) for the whole page in one more.

Reads return plain rows (``RowMapping``); the service turns them into API structs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Float,
    and_,
    bindparam,
    case,
    cast,
    delete,
    exists,
    func,
    select,
    tuple_,
    update,
)
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import (
    Credit,
    Episode,
    Genre,
    Language,
    MediaSource,
    MostViewedTitle,
    Person,
    Season,
    Subtitle,
    Title,
    TitleGenre,
    Top10Entry,
    Trailer,
)
from vuga.catalog.schemas import TitleSort
from vuga.core.bounds import AwareDateTime, FiniteFloat, Id, SmallInt, Text
from vuga.core.db import Base, any_of

ModelT = TypeVar("ModelT", bound=Base)


@dataclass(frozen=True, slots=True)
class SortSpec:
    columns: tuple[Any, ...]  # the sort key's columns; the last is always the id, for a total order
    descending: bool
    key_type: Any  # the cursor's key, as a tuple[...] type


SORTS: dict[TitleSort, SortSpec] = {
    TitleSort.POPULAR: SortSpec((Title.popularity, Title.id), True, tuple[FiniteFloat, Id]),
    TitleSort.NEWEST: SortSpec((Title.published_at, Title.id), True, tuple[AwareDateTime, Id]),
    TitleSort.RELEASE_YEAR: SortSpec((Title.release_year, Title.id), True, tuple[SmallInt, Id]),
    TitleSort.RATING: SortSpec((Title.rating_avg, Title.id), True, tuple[FiniteFloat, Id]),
    TitleSort.TITLE: SortSpec((Title.sort_title, Title.id), False, tuple[Text, Id]),
}
SORT_KEY_FIELDS: dict[TitleSort, tuple[str, ...]] = {
    sort: tuple(column.key for column in spec.columns) for sort, spec in SORTS.items()
}


@dataclass(frozen=True, slots=True)
class TitleFilters:
    kind: str | None = None
    genre_id: int | None = None
    genre_slug: str | None = None
    language: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    max_age: int | None = None


SUMMARY_COLUMNS = (
    Title.id,
    Title.title,
    Title.kind,
    Title.release_year,
    Title.maturity_age,
    Title.duration_s,
    Title.rating_avg,
    Title.rating_count,
    Title.poster_url,
    Title.poster_wide_url,
    Title.backdrop_url,
    Title.logo_url,
    Title.popularity,
    Title.published_at,
    Title.sort_title,
)

# The counters kept outside the database between flushes, and the column each one adds to.
COUNTED_COLUMNS: dict[str, tuple[Any, str]] = {
    "title_views": (Title, "view_count"),
    "title_shares": (Title, "share_count"),
    "title_downloads": (Title, "download_count"),
    "episode_views": (Episode, "view_count"),
    "episode_downloads": (Episode, "download_count"),
}

RELATED_LIMIT = 12
PERSON_CREDITS_LIMIT = 100


def columns_of(model: type[Base]) -> list[Any]:
    return list(model.__table__.columns)


def visible(max_age: int | None) -> ColumnElement[bool]:
    condition: ColumnElement[bool] = Title.is_published.expression
    if max_age is not None:
        condition = and_(condition, Title.maturity_age <= max_age)
    return condition


class CatalogRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # --- public reads -----------------------------------------------------------------------------------

    async def list_genres(self) -> Sequence[RowMapping]:
        query = select(Genre.id, Genre.slug, Genre.name).order_by(Genre.position, Genre.name, Genre.id)
        return (await self.session.execute(query)).mappings().all()

    async def list_languages(self) -> Sequence[RowMapping]:
        query = select(Language.id, Language.code, Language.name).order_by(Language.name, Language.id)
        return (await self.session.execute(query)).mappings().all()

    async def browse_titles(
        self, filters: TitleFilters, sort: TitleSort, after: tuple[Any, ...] | None, limit: int
    ) -> Sequence[RowMapping]:
        """Published titles matching ``filters`` in ``sort`` order, after the keyset ``after``."""
        spec = SORTS[sort]
        query = select(*SUMMARY_COLUMNS).where(*self._filter_conditions(filters))
        if after is not None:
            key = tuple_(*spec.columns)
            query = query.where(key < tuple_(*after) if spec.descending else key > tuple_(*after))
        order = [column.desc() if spec.descending else column.asc() for column in spec.columns]
        query = query.order_by(*order).limit(limit)
        return (await self.session.execute(query)).mappings().all()

    @staticmethod
    def _filter_conditions(filters: TitleFilters) -> list[ColumnElement[bool]]:
        conditions = [visible(filters.max_age)]
        if filters.kind is not None:
            conditions.append(Title.kind == filters.kind)
        if filters.year_from is not None:
            conditions.append(Title.release_year >= filters.year_from)
        if filters.year_to is not None:
            conditions.append(Title.release_year <= filters.year_to)
        if filters.language is not None:
            language_id = select(Language.id).where(Language.code == filters.language).scalar_subquery()
            conditions.append(Title.language_id == language_id)
        if filters.genre_id is not None:
            conditions.append(
                exists().where(TitleGenre.title_id == Title.id, TitleGenre.genre_id == filters.genre_id)
            )
        elif filters.genre_slug is not None:
            genre_id = select(Genre.id).where(Genre.slug == filters.genre_slug).scalar_subquery()
            conditions.append(
                exists().where(TitleGenre.title_id == Title.id, TitleGenre.genre_id == genre_id)
            )
        return conditions

    async def genres_by_title(self, title_ids: Iterable[int]) -> dict[int, list[RowMapping]]:
        ids = list(set(title_ids))
        if not ids:
            return {}
        query = (
            select(TitleGenre.title_id, Genre.id, Genre.slug, Genre.name)
            .join(Genre, Genre.id == TitleGenre.genre_id)
            .where(any_of(self.session, TitleGenre.title_id, ids))
            .order_by(TitleGenre.title_id, Genre.position, Genre.name)
        )
        grouped: dict[int, list[RowMapping]] = defaultdict(list)
        for row in (await self.session.execute(query)).mappings().all():
            grouped[row["title_id"]].append(row)
        return grouped

    async def published_title(self, title_id: int) -> RowMapping | None:
        query = (
            select(
                *columns_of(Title),
                Language.code.label("language_code"),
                Language.name.label("language_name"),
            )
            .outerjoin(Language, Language.id == Title.language_id)
            .where(Title.id == title_id, visible(None))
        )
        return (await self.session.execute(query)).mappings().one_or_none()

    async def credits_of_title(self, title_id: int) -> Sequence[RowMapping]:
        query = (
            select(
                Credit.id,
                Credit.role,
                Credit.character,
                Credit.billing_order,
                Person.id.label("person_id"),
                Person.name.label("person_name"),
                Person.photo_url.label("person_photo_url"),
            )
            .join(Person, Person.id == Credit.person_id)
            .where(Credit.title_id == title_id)
            .order_by(Credit.billing_order, Credit.id)
        )
        return (await self.session.execute(query)).mappings().all()

    async def seasons_of_title(self, title_id: int) -> Sequence[RowMapping]:
        episode_count = select(func.count(Episode.id)).where(Episode.season_id == Season.id).scalar_subquery()
        query = (
            select(
                Season.id,
                Season.number,
                Season.name,
                Season.synopsis,
                Season.release_year,
                Season.poster_url,
                episode_count.label("episode_count"),
            )
            .where(Season.title_id == title_id)
            .order_by(Season.number)
        )
        return (await self.session.execute(query)).mappings().all()

    async def title_media(self, title_id: int) -> tuple[Sequence[RowMapping], Sequence[RowMapping]]:
        """The movie-level sources and subtitles of a title (episodes carry their own)."""
        sources = select(*columns_of(MediaSource)).where(
            MediaSource.title_id == title_id, MediaSource.episode_id.is_(None)
        )
        subtitles = select(*columns_of(Subtitle)).where(
            Subtitle.title_id == title_id, Subtitle.episode_id.is_(None)
        )
        return (
            (await self.session.execute(sources.order_by(MediaSource.id))).mappings().all(),
            (await self.session.execute(subtitles.order_by(Subtitle.id))).mappings().all(),
        )

    async def trailers_of_title(self, title_id: int) -> Sequence[RowMapping]:
        query = (
            select(*columns_of(Trailer))
            .where(Trailer.title_id == title_id)
            .order_by(Trailer.position, Trailer.id)
        )
        return (await self.session.execute(query)).mappings().all()

    async def related_titles(self, title_id: int, max_age: int | None) -> Sequence[RowMapping]:
        """ "More like this": published titles sharing a genre with ``title_id``, most popular first."""
        own_genres = select(TitleGenre.genre_id).where(TitleGenre.title_id == title_id)
        shares_genre = exists().where(TitleGenre.title_id == Title.id, TitleGenre.genre_id.in_(own_genres))
        query = (
            select(*SUMMARY_COLUMNS)
            .where(visible(max_age), Title.id != title_id, shares_genre)
            .order_by(Title.popularity.desc(), Title.id.desc())
            .limit(RELATED_LIMIT)
        )
        return (await self.session.execute(query)).mappings().all()

    async def visible_titles(self, title_ids: Sequence[int], max_age: int | None) -> Sequence[RowMapping]:
        query = select(*SUMMARY_COLUMNS).where(any_of(self.session, Title.id, title_ids), visible(max_age))
        return (await self.session.execute(query)).mappings().all()

    async def visible_titles_with_genres(
        self, title_ids: Sequence[int], max_age: int | None
    ) -> tuple[list[RowMapping], dict[int, list[Mapping[Any, Any]]]]:
        """``visible_titles`` and ``genres_by_title`` of them, in one statement: a row per title and genre."""
        query = (
            select(
                *SUMMARY_COLUMNS,
                Genre.id.label("genre_id"),
                Genre.slug.label("genre_slug"),
                Genre.name.label("genre_name"),
            )
            .outerjoin(TitleGenre, TitleGenre.title_id == Title.id)
            .outerjoin(Genre, Genre.id == TitleGenre.genre_id)
            .where(any_of(self.session, Title.id, title_ids), visible(max_age))
            .order_by(Title.id, Genre.position, Genre.name)
        )
        titles: dict[int, RowMapping] = {}
        genres: dict[int, list[Mapping[Any, Any]]] = defaultdict(list)
        for row in (await self.session.execute(query)).mappings():
            titles.setdefault(row["id"], row)
            if row["genre_id"] is not None:
                genres[row["id"]].append(
                    {"id": row["genre_id"], "slug": row["genre_slug"], "name": row["genre_name"]}
                )
        return list(titles.values()), genres

    async def visible_episodes(self, episode_ids: Sequence[int], max_age: int | None) -> Sequence[RowMapping]:
        query = (
            select(
                Episode.id,
                Episode.title_id,
                Episode.number,
                Episode.name,
                Episode.duration_s,
                Episode.still_url,
                Season.number.label("season_number"),
            )
            .join(Season, Season.id == Episode.season_id)
            .join(Title, Title.id == Episode.title_id)
            .where(any_of(self.session, Episode.id, episode_ids), visible(max_age))
        )
        return (await self.session.execute(query)).mappings().all()

    async def episode_order(self, title_ids: Sequence[int]) -> dict[int, list[tuple[int, int | None]]]:
        """The episodes of each title in viewing order (season, then episode), as (id, duration)."""
        if not title_ids:
            return {}
        query = (
            select(Episode.title_id, Episode.id, Episode.duration_s)
            .join(Season, Season.id == Episode.season_id)
            .where(Episode.title_id.in_(title_ids))
            .order_by(Episode.title_id, Season.number, Episode.number)
        )
        order: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
        for title_id, episode_id, duration in (await self.session.execute(query)).all():
            order[title_id].append((episode_id, duration))
        return order

    async def playable(self, title_id: int, episode_id: int | None, max_age: int | None) -> str | None:
        """The kind of a visible title, if ``episode_id`` (when given) is one of its episodes; else None."""
        query = select(Title.kind).where(Title.id == title_id, visible(max_age))
        if episode_id is not None:
            query = query.where(exists().where(Episode.id == episode_id, Episode.title_id == Title.id))
        return (await self.session.execute(query)).scalar_one_or_none()

    async def add_counts(self, counter: str, counts: dict[int, int]) -> None:
        """Add drained counter values to their rows, one statement for the whole batch."""
        model, column = COUNTED_COLUMNS[counter]
        table = model.__table__
        values = {column: table.c[column] + bindparam("amount")}
        if counter == "title_views":  # views feed the "popular" order
            values["popularity"] = table.c.popularity + bindparam("amount")
        statement = update(table).where(table.c.id == bindparam("row_id")).values(values)
        await self.session.execute(
            statement, [{"row_id": row_id, "amount": amount} for row_id, amount in counts.items()]
        )

    async def add_to_rating(self, title_id: int, total_delta: int, count_delta: int) -> tuple[float, int]:
        """Adjust a title's rating aggregates in one atomic statement; returns the new (average, count).

        ``SET x = x + d`` reads the row as it is when the statement takes its lock, so concurrent ratings of
        one title queue up instead of overwriting each other.
        """
        new_total = Title.rating_total + total_delta
        new_count = Title.rating_count + count_delta
        query = (
            update(Title)
            .where(Title.id == title_id)
            .values(
                rating_total=new_total,
                rating_count=new_count,
                rating_avg=case((new_count > 0, cast(new_total, Float) / new_count), else_=0.0),
            )
            .returning(Title.rating_avg, Title.rating_count)
        )
        row = (await self.session.execute(query)).one()
        return float(row[0]), int(row[1])

    async def published_season_id(self, title_id: int, number: int, max_age: int | None) -> int | None:
        query = (
            select(Season.id)
            .join(Title, Title.id == Season.title_id)
            .where(Season.title_id == title_id, Season.number == number, visible(max_age))
        )
        return (await self.session.execute(query)).scalar_one_or_none()

    async def episodes_of_season(
        self, season_id: int, after_number: int | None, limit: int
    ) -> Sequence[RowMapping]:
        query = select(*columns_of(Episode), Season.number.label("season_number")).join(
            Season, Season.id == Episode.season_id
        )
        query = query.where(Episode.season_id == season_id)
        if after_number is not None:
            query = query.where(Episode.number > after_number)
        query = query.order_by(Episode.number).limit(limit)
        return (await self.session.execute(query)).mappings().all()

    async def episode_media(
        self, episode_ids: Sequence[int]
    ) -> tuple[dict[int, list[RowMapping]], dict[int, list[RowMapping]]]:
        if not episode_ids:
            return {}, {}
        sources: dict[int, list[RowMapping]] = defaultdict(list)
        subtitles: dict[int, list[RowMapping]] = defaultdict(list)
        source_query = (
            select(*columns_of(MediaSource))
            .where(MediaSource.episode_id.in_(episode_ids))
            .order_by(MediaSource.id)
        )
        for row in (await self.session.execute(source_query)).mappings():
            sources[row["episode_id"]].append(row)
        subtitle_query = (
            select(*columns_of(Subtitle)).where(Subtitle.episode_id.in_(episode_ids)).order_by(Subtitle.id)
        )
        for row in (await self.session.execute(subtitle_query)).mappings():
            subtitles[row["episode_id"]].append(row)
        return sources, subtitles

    async def person(self, person_id: int) -> RowMapping | None:
        query = select(*columns_of(Person)).where(Person.id == person_id)
        return (await self.session.execute(query)).mappings().one_or_none()

    async def credits_of_person(self, person_id: int, max_age: int | None) -> Sequence[RowMapping]:
        query = (
            select(*SUMMARY_COLUMNS, Credit.role, Credit.character)
            .join(Credit, Credit.title_id == Title.id)
            .where(Credit.person_id == person_id, visible(max_age))
            .order_by(Title.popularity.desc(), Title.id.desc(), Credit.role)
            .limit(PERSON_CREDITS_LIMIT)
        )
        return (await self.session.execute(query)).mappings().all()

    # --- admin reads and writes -------------------------------------------------------------------------

    async def get(self, model: type[ModelT], row_id: int) -> ModelT | None:
        return await self.session.get(model, row_id)

    async def existing_ids(self, model: type[Base], ids: Iterable[int]) -> set[int]:
        wanted = set(ids)
        if not wanted:
            return set()
        id_column = model.__table__.c.id
        query = select(id_column).where(id_column.in_(wanted))
        return set((await self.session.execute(query)).scalars())

    async def publication_states(self, title_ids: Iterable[int]) -> dict[int, bool]:
        """Whether each of ``title_ids`` that exists is published."""
        query = select(Title.id, Title.is_published).where(Title.id.in_(set(title_ids)))
        return {row[0]: row[1] for row in (await self.session.execute(query)).all()}

    async def language_id(self, code: str) -> int | None:
        query = select(Language.id).where(func.lower(Language.code) == code.lower())
        return (await self.session.execute(query)).scalar_one_or_none()

    async def genre_ids_of(self, title_id: int) -> list[int]:
        query = (
            select(TitleGenre.genre_id).where(TitleGenre.title_id == title_id).order_by(TitleGenre.genre_id)
        )
        return list((await self.session.execute(query)).scalars())

    async def replace_genres(self, title_id: int, genre_ids: Sequence[int]) -> None:
        await self.session.execute(delete(TitleGenre).where(TitleGenre.title_id == title_id))
        self.session.add_all(TitleGenre(title_id=title_id, genre_id=genre_id) for genre_id in set(genre_ids))

    async def replace_top10(self, title_ids: Sequence[int]) -> None:
        await self.session.execute(delete(Top10Entry))
        await self.session.flush()
        self.session.add_all(
            Top10Entry(position=position, title_id=title_id) for position, title_id in enumerate(title_ids, 1)
        )

    async def top10_title_ids(self) -> list[int]:
        query = select(Top10Entry.title_id).order_by(Top10Entry.position)
        return list((await self.session.execute(query)).scalars())

    async def replace_most_viewed(self, ranked: Sequence[tuple[int, int]], computed_at: datetime) -> None:
        await self.session.execute(delete(MostViewedTitle))
        await self.session.flush()
        self.session.add_all(
            MostViewedTitle(position=position, title_id=title_id, views=views, computed_at=computed_at)
            for position, (title_id, views) in enumerate(ranked, 1)
        )

    async def most_viewed_title_ids(self) -> list[int]:
        query = select(MostViewedTitle.title_id).order_by(MostViewedTitle.position)
        return list((await self.session.execute(query)).scalars())

    def add(self, row: Base) -> None:
        self.session.add(row)

    async def delete(self, row: Base) -> None:
        await self.session.delete(row)

    async def flush(self) -> None:
        await self.session.flush()

    async def is_empty(self) -> bool:
        return (await self.session.execute(select(Title.id).limit(1))).first() is None
