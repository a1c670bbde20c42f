"""Reading lists: the genres and languages to filter by, a page of titles in a sort order after a keyset,
the genres of a page of titles in one more statement, "more like this", and titles by id as other lists
show them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, exists, select, tuple_
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import Genre, Language, Title, TitleGenre
from vuga.catalog.repository.title_rows import SUMMARY_COLUMNS, visible
from vuga.catalog.schemas import TitleSort
from vuga.core.bounds import AwareDateTime, FiniteFloat, Id, SmallInt, Text
from vuga.core.db import any_of


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


RELATED_LIMIT = 12


class BrowsingQueries:
    session: AsyncSession

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
