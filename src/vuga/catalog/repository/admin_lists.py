"""The admin's lists: every title (published or not) filtered, searched and sorted after a keyset; a series'
seasons and episodes in one statement; the editorial top 10 with its titles' names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, exists, select, tuple_
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import Episode, MediaSource, Season, Title, TitleGenre, Top10Entry
from vuga.catalog.repository.browsing import SortSpec
from vuga.catalog.schemas.admin_lists import AdminTitleSort
from vuga.core.bounds import AwareDateTime, Id, SmallInt, Text

# Each order is served by an index over every title (migration 0019), its last column the id for a total
# order: a filter change reads the index in order and stops after a page, whatever the catalog's size.
ADMIN_SORTS: dict[AdminTitleSort, SortSpec] = {
    AdminTitleSort.UPDATED: SortSpec((Title.updated_at, Title.id), True, tuple[AwareDateTime, Id]),
    AdminTitleSort.TITLE: SortSpec((Title.sort_title, Title.id), False, tuple[Text, Id]),
    AdminTitleSort.RELEASE_YEAR: SortSpec((Title.release_year, Title.id), True, tuple[SmallInt, Id]),
}
ADMIN_SORT_KEY_FIELDS: dict[AdminTitleSort, tuple[str, ...]] = {
    sort: tuple(column.key for column in spec.columns) for sort, spec in ADMIN_SORTS.items()
}

ADMIN_TITLE_COLUMNS = (
    Title.id,
    Title.title,
    Title.kind,
    Title.is_published,
    Title.published_at,
    Title.release_year,
    Title.maturity_age,
    Title.poster_url,
    Title.artwork_images,
    Title.updated_at,
    Title.sort_title,
)


@dataclass(frozen=True, slots=True)
class AdminTitleFilters:
    text: str | None = None
    kind: str | None = None
    published: bool | None = None
    genre_id: int | None = None


def _contains(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its own ``%``, ``_`` and ``\\`` taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class AdminListQueries:
    session: AsyncSession

    async def admin_titles(
        self, filters: AdminTitleFilters, sort: AdminTitleSort, after: tuple[Any, ...] | None, limit: int
    ) -> Sequence[RowMapping]:
        """Titles, published or not, matching ``filters`` in ``sort`` order after the keyset ``after``."""
        spec = ADMIN_SORTS[sort]
        query = select(*ADMIN_TITLE_COLUMNS).where(*self._admin_conditions(filters))
        if after is not None:
            key = tuple_(*spec.columns)
            query = query.where(key < tuple_(*after) if spec.descending else key > tuple_(*after))
        order = [column.desc() if spec.descending else column.asc() for column in spec.columns]
        return (await self.session.execute(query.order_by(*order).limit(limit))).mappings().all()

    @staticmethod
    def _admin_conditions(filters: AdminTitleFilters) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if filters.text is not None:
            conditions.append(Title.title.ilike(_contains(filters.text), escape="\\"))
        if filters.kind is not None:
            conditions.append(Title.kind == filters.kind)
        if filters.published is not None:
            conditions.append(Title.is_published.is_(filters.published))
        if filters.genre_id is not None:
            conditions.append(
                exists().where(TitleGenre.title_id == Title.id, TitleGenre.genre_id == filters.genre_id)
            )
        return conditions

    async def seasons_with_episodes(self, title_id: int) -> Sequence[RowMapping]:
        """A row per season and episode of a series (a season without episodes: one row, episode columns
        null), with whether each episode has a playable source."""
        has_media = exists().where(MediaSource.episode_id == Episode.id)
        query = (
            select(
                Season.id.label("season_id"),
                Season.number.label("season_number"),
                Season.name.label("season_name"),
                Season.release_year.label("season_release_year"),
                Episode.id.label("episode_id"),
                Episode.number.label("episode_number"),
                Episode.name.label("episode_name"),
                Episode.duration_s,
                Episode.air_date,
                has_media.label("has_media"),
            )
            .outerjoin(Episode, Episode.season_id == Season.id)
            .where(Season.title_id == title_id)
            .order_by(Season.number, Episode.number)
        )
        return (await self.session.execute(query)).mappings().all()

    async def top10_rows(self) -> Sequence[RowMapping]:
        query = (
            select(Top10Entry.position, Title.id, Title.title, Title.kind, Title.is_published)
            .join(Title, Title.id == Top10Entry.title_id)
            .order_by(Top10Entry.position)
        )
        return (await self.session.execute(query)).mappings().all()
