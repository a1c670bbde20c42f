"""Channels, their sources and categories: the viewer's lists (enabled channels within a ceiling, in display
order, a keyset page at a time) and the admin's rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, select, tuple_
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.core.db import any_of
from vuga.livetv.models import CategoryChannel, Channel, ChannelCategory, ChannelSource

SUMMARY_COLUMNS = (
    Channel.id,
    Channel.name,
    Channel.number,
    Channel.logo_url,
    Channel.logo_wide_url,
    Channel.logo_images,
    Channel.language,
    Channel.country,
    Channel.maturity_age,
    Channel.is_premium,
    Channel.sort_order,
)


def _visible(max_age: int) -> Any:
    return Channel.is_enabled.is_(True) & (Channel.maturity_age <= max_age)


class ChannelRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # --- viewers -----------------------------------------------------------------------------------------

    async def page(
        self,
        max_age: int,
        *,
        category_id: int | None,
        only_ids: Sequence[int] | None,
        after: tuple[int, int] | None,
        limit: int,
    ) -> Sequence[RowMapping]:
        """Visible channels in display order: a category's own order, else (sort_order, id). Each row has
        ``position``, the first part of its keyset key."""
        query: Any
        if category_id is not None:
            position = CategoryChannel.position
            query = (
                select(*SUMMARY_COLUMNS, position.label("position"))
                .join(CategoryChannel, CategoryChannel.channel_id == Channel.id)
                .where(CategoryChannel.category_id == category_id)
            )
        else:
            position = Channel.sort_order
            query = select(*SUMMARY_COLUMNS, position.label("position"))
        query = query.where(_visible(max_age))
        if only_ids is not None:
            query = query.where(any_of(self.session, Channel.id, only_ids))
        if after is not None:
            query = query.where(tuple_(position, Channel.id) > tuple_(*after))
        query = query.order_by(position, Channel.id).limit(limit)
        # On the connection, past the ORM's execution layer (no objects to map): as the guide's reads.
        connection = await self.session.connection()
        rows: Sequence[RowMapping] = (await connection.execute(query)).mappings().all()
        return rows

    async def visible(self, channel_id: int, max_age: int) -> RowMapping | None:
        query = select(*SUMMARY_COLUMNS).where(Channel.id == channel_id, _visible(max_age))
        return (await self.session.execute(query)).mappings().first()

    async def categories(self) -> Sequence[RowMapping]:
        query = select(ChannelCategory.id, ChannelCategory.slug, ChannelCategory.name).order_by(
            ChannelCategory.sort_order, ChannelCategory.id
        )
        return (await self.session.execute(query)).mappings().all()

    async def category_id(self, slug_or_id: str) -> int | None:
        column = ChannelCategory.id if slug_or_id.isdigit() else ChannelCategory.slug
        value: int | str = int(slug_or_id) if slug_or_id.isdigit() else slug_or_id
        return (await self.session.execute(select(ChannelCategory.id).where(column == value))).scalar()

    async def categories_of(self, channel_id: int) -> Sequence[RowMapping]:
        query = (
            select(ChannelCategory.id, ChannelCategory.slug, ChannelCategory.name)
            .join(CategoryChannel, CategoryChannel.category_id == ChannelCategory.id)
            .where(CategoryChannel.channel_id == channel_id)
            .order_by(ChannelCategory.sort_order, ChannelCategory.id)
        )
        return (await self.session.execute(query)).mappings().all()

    async def channels_by_category(self, max_age: int) -> dict[int, list[RowMapping]]:
        """Every category's visible channels, in the category's order: one query for all categories."""
        query = (
            select(CategoryChannel.category_id, *SUMMARY_COLUMNS)
            .join(Channel, Channel.id == CategoryChannel.channel_id)
            .where(_visible(max_age))
            .order_by(CategoryChannel.category_id, CategoryChannel.position, Channel.id)
        )
        grouped: dict[int, list[RowMapping]] = defaultdict(list)
        for row in (await self.session.execute(query)).mappings():
            grouped[row["category_id"]].append(row)
        return grouped

    async def search_candidates(self, max_age: int) -> Sequence[RowMapping]:
        """Every visible channel (a line-up is thousands at most, so search matches them in memory)."""
        query = select(*SUMMARY_COLUMNS).where(_visible(max_age)).order_by(Channel.sort_order, Channel.id)
        return (await self.session.execute(query)).mappings().all()

    async def sources(self, channel_id: int) -> Sequence[ChannelSource]:
        query = (
            select(ChannelSource)
            .where(ChannelSource.channel_id == channel_id)
            .order_by(ChannelSource.position)
        )
        return (await self.session.execute(query)).scalars().all()

    # --- admin -------------------------------------------------------------------------------------------

    async def get(self, channel_id: int) -> Channel | None:
        return await self.session.get(Channel, channel_id)

    async def get_category(self, category_id: int) -> ChannelCategory | None:
        return await self.session.get(ChannelCategory, category_id)

    async def refresh(self, row: Any) -> None:
        await self.session.refresh(row)

    def add(self, row: Any) -> None:
        self.session.add(row)

    async def flush(self) -> None:
        await self.session.flush()

    async def delete_row(self, row: Any) -> None:
        await self.session.delete(row)

    async def admin_page(self, after: int | None, limit: int) -> Sequence[Channel]:
        query = select(Channel).order_by(Channel.id).limit(limit)
        if after is not None:
            query = query.where(Channel.id > after)
        return (await self.session.execute(query)).scalars().all()

    async def sources_of(self, channel_ids: Sequence[int]) -> dict[int, list[ChannelSource]]:
        query = (
            select(ChannelSource)
            .where(any_of(self.session, ChannelSource.channel_id, channel_ids))
            .order_by(ChannelSource.channel_id, ChannelSource.position)
        )
        grouped: dict[int, list[ChannelSource]] = defaultdict(list)
        for source in (await self.session.execute(query)).scalars():
            grouped[source.channel_id].append(source)
        return grouped

    async def premium_flags(self, channel_ids: Sequence[int]) -> dict[int, bool]:
        query = select(Channel.id, Channel.is_premium).where(any_of(self.session, Channel.id, channel_ids))
        return {row[0]: row[1] for row in (await self.session.execute(query)).all()}

    async def category_ids_of(self, channel_ids: Sequence[int]) -> dict[int, list[int]]:
        query = (
            select(CategoryChannel.channel_id, CategoryChannel.category_id)
            .join(ChannelCategory, ChannelCategory.id == CategoryChannel.category_id)
            .where(any_of(self.session, CategoryChannel.channel_id, channel_ids))
            .order_by(CategoryChannel.channel_id, ChannelCategory.sort_order, ChannelCategory.id)
        )
        grouped: dict[int, list[int]] = defaultdict(list)
        for channel_id, category_id in (await self.session.execute(query)).all():
            grouped[channel_id].append(category_id)
        return grouped

    async def replace_sources(self, channel_id: int, sources: Sequence[dict[str, Any]]) -> None:
        await self.session.execute(delete(ChannelSource).where(ChannelSource.channel_id == channel_id))
        for position, source in enumerate(sources):
            self.session.add(ChannelSource(channel_id=channel_id, position=position, **source))
        await self.session.flush()

    async def set_categories(self, channel_id: int, category_ids: Sequence[int]) -> None:
        """Put the channel in exactly these categories; in a new one it comes last."""
        await self.session.execute(
            delete(CategoryChannel).where(
                CategoryChannel.channel_id == channel_id, CategoryChannel.category_id.not_in(category_ids)
            )
        )
        present = set(
            (
                await self.session.execute(
                    select(CategoryChannel.category_id).where(CategoryChannel.channel_id == channel_id)
                )
            ).scalars()
        )
        for category_id in category_ids:
            if category_id in present:
                continue
            last = await self.session.execute(
                select(func.coalesce(func.max(CategoryChannel.position), 0)).where(
                    CategoryChannel.category_id == category_id
                )
            )
            self.session.add(
                CategoryChannel(
                    category_id=category_id, channel_id=channel_id, position=last.scalar_one() + 1
                )
            )
        await self.session.flush()

    async def order_category(self, category_id: int, channel_ids: Sequence[int]) -> None:
        await self.session.execute(delete(CategoryChannel).where(CategoryChannel.category_id == category_id))
        self.session.add_all(
            CategoryChannel(category_id=category_id, channel_id=channel_id, position=position)
            for position, channel_id in enumerate(channel_ids, start=1)
        )
        await self.session.flush()

    async def existing_ids(self, model: Any, ids: Sequence[int]) -> set[int]:
        if not ids:
            return set()
        query = select(model.id).where(any_of(self.session, model.id, ids))
        return set((await self.session.execute(query)).scalars())

    async def admin_categories(self) -> Sequence[ChannelCategory]:
        query = select(ChannelCategory).order_by(ChannelCategory.sort_order, ChannelCategory.id)
        return (await self.session.execute(query)).scalars().all()

    async def channel_ids_by_category(self) -> dict[int, list[int]]:
        query = select(CategoryChannel.category_id, CategoryChannel.channel_id).order_by(
            CategoryChannel.category_id, CategoryChannel.position
        )
        grouped: dict[int, list[int]] = defaultdict(list)
        for category_id, channel_id in (await self.session.execute(query)).all():
            grouped[category_id].append(channel_id)
        return grouped

    async def xmltv_ids(self) -> dict[str, int]:
        query = select(Channel.xmltv_id, Channel.id).where(Channel.xmltv_id.is_not(None))
        rows = (await self.session.execute(query)).all()
        return {str(xmltv_id): channel_id for xmltv_id, channel_id in rows}
