"""What watching asks of the catalog: whether a profile may play a title or episode, episodes as other lists
show them, and each series' episodes in viewing order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import exists, select
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import Episode, Season, Title
from vuga.catalog.repository.title_rows import visible
from vuga.core.db import any_of


class WatchingQueries:
    session: AsyncSession

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
