"""A title's page: its row with its language, credits, seasons, movie-level media and trailers, and a
season's page of episodes with every episode's sources and subtitles in two more statements."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import (
    Credit,
    Episode,
    Language,
    MediaSource,
    Person,
    Season,
    Subtitle,
    Title,
    Trailer,
)
from vuga.catalog.repository.title_rows import columns_of, visible


class TitleDetailQueries:
    session: AsyncSession

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

    async def episodes_of_title(self, title_id: int, max_age: int | None, limit: int) -> Sequence[RowMapping]:
        """Every season's episodes of a published title, in season and episode order (for clients that
        show them all at once, such as the VUGA apps' title page)."""
        query = (
            select(*columns_of(Episode), Season.number.label("season_number"))
            .join(Season, Season.id == Episode.season_id)
            .join(Title, Title.id == Season.title_id)
            .where(Season.title_id == title_id, visible(max_age))
            .order_by(Season.number, Episode.number)
            .limit(limit)
        )
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
