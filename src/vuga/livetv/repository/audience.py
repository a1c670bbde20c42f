"""Channels' audience: views added in batches, and the hour rows (views, peak viewers) the stats read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, case, select, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.core.db import insert_for
from vuga.livetv.models import Channel, ChannelHour


class AudienceRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def existing_channels(self, channel_ids: Sequence[int]) -> set[int]:
        """Of these channels, the ones still there (counts of a deleted channel are dropped)."""
        if not channel_ids:
            return set()
        rows = await self.session.scalars(select(Channel.id).where(Channel.id.in_(channel_ids)))
        return set(rows)

    async def add_views(self, hour: datetime, counts: dict[int, int]) -> None:
        """Add a batch of views to the channels' totals and to their hour, two statements for the batch."""
        if not counts:
            return
        channels = cast(Table, Channel.__table__)
        await self.session.execute(  # Core, not the ORM: these rows are never objects here
            update(channels)
            .where(channels.c.id == bindparam("channel"))
            .values(view_count=channels.c.view_count + bindparam("views")),
            [{"channel": channel_id, "views": views} for channel_id, views in counts.items()],
        )
        hours = cast(Table, ChannelHour.__table__)
        insert = insert_for(self.session, hours)
        await self.session.execute(
            insert.on_conflict_do_update(
                index_elements=["channel_id", "hour"],
                set_={"views": hours.c.views + insert.excluded.views},
            ),
            [{"channel_id": c, "hour": hour, "views": views} for c, views in counts.items()],
        )

    async def record_watching(self, hour: datetime, watching: dict[int, int]) -> None:
        """Raise each channel's peak in this hour to what is watching now, if higher (one statement)."""
        if not watching:
            return
        hours = cast(Table, ChannelHour.__table__)
        insert = insert_for(self.session, hours)
        higher = insert.excluded.peak_watching > hours.c.peak_watching
        await self.session.execute(
            insert.on_conflict_do_update(
                index_elements=["channel_id", "hour"],
                set_={
                    "peak_watching": case(
                        (higher, insert.excluded.peak_watching), else_=hours.c.peak_watching
                    )
                },
            ),
            [{"channel_id": c, "hour": hour, "peak_watching": n} for c, n in watching.items()],
        )

    async def hours(self, channel_id: int, since: datetime) -> Sequence[RowMapping]:
        """The channel's hour rows from ``since`` on, oldest first (the primary key's range)."""
        rows = await self.session.execute(
            select(ChannelHour.hour, ChannelHour.views, ChannelHour.peak_watching)
            .where(ChannelHour.channel_id == channel_id, ChannelHour.hour >= since)
            .order_by(ChannelHour.hour)
        )
        return rows.mappings().all()

    async def view_count(self, channel_id: int) -> int | None:
        return await self.session.scalar(select(Channel.view_count).where(Channel.id == channel_id))
