"""Editors' writes: channels with their sources and categories, categories and their order, single
programmes (no overlap per channel). Each names what it makes stale; the tags are invalidated once the
request's transaction commits."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import Any

import msgspec
from msgspec import UNSET
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.core.bounds import Id, in_utc
from vuga.core.clock import utcnow
from vuga.core.db import after_commit
from vuga.core.errors import Conflict, InvalidInput, NotFound
from vuga.core.images import StoredImage
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.core.pagination import Page, decode_cursor, paginate, query_fingerprint
from vuga.livetv.models import MAX_PROGRAMME_S, Channel, ChannelCategory, ChannelSource, LogoKind, Programme
from vuga.livetv.repository import ChannelRepository, GuideRepository
from vuga.livetv.schemas import (
    AdminCategory,
    AdminChannel,
    CategoryCreate,
    CategoryOrder,
    CategoryUpdate,
    ChannelCreate,
    ChannelUpdate,
    ProgrammeCreate,
    ProgrammeOut,
    ProgrammeUpdate,
    SourceOut,
)
from vuga.livetv.service import cache_tags
from vuga.livetv.service.reading import programme_out

Invalidate = Callable[[Sequence[str]], Awaitable[None]]
CHANNEL_FIELDS = ("name", "number", "xmltv_id", "logo_url", "logo_wide_url", "language", "country")
CHANNEL_FLAGS = ("is_premium", "is_enabled", "sort_order")


class LiveEditor:
    def __init__(
        self, session: AsyncSession, invalidate: Invalidate | None = None, media: MediaUrls | None = None
    ) -> None:
        self.media = media or MediaUrls("")  # uploaded logos' URLs are object-store keys until shown
        self.channels = ChannelRepository(session)
        self.guide = GuideRepository(session)
        self.stale: set[str] = set()
        if invalidate is not None:

            async def invalidate_stale() -> None:
                if self.stale:
                    await invalidate(sorted(self.stale))

            after_commit(session, invalidate_stale)

    async def _save(self, clash: str) -> None:
        try:
            await self.channels.flush()
        except IntegrityError as exc:
            raise Conflict(clash) from exc

    async def _require_categories(self, category_ids: Sequence[int]) -> None:
        missing = set(category_ids) - await self.channels.existing_ids(ChannelCategory, category_ids)
        if missing:
            raise NotFound(f"category {', '.join(map(str, sorted(missing)))} does not exist")

    async def _require_channel(self, channel_id: int) -> Channel:
        channel = await self.channels.get(channel_id)
        if channel is None:
            raise NotFound(f"channel {channel_id} does not exist")
        return channel

    # --- channels ----------------------------------------------------------------------------------------

    async def create_channel(self, data: ChannelCreate) -> AdminChannel:
        await self._require_categories(data.category_ids)
        channel = Channel(maturity_age=data.maturity_rating.min_age)
        for field in (*CHANNEL_FIELDS, *CHANNEL_FLAGS):
            setattr(channel, field, getattr(data, field))
        self.channels.add(channel)
        await self._save("another channel has this number or XMLTV id")
        await self.channels.replace_sources(channel.id, [msgspec.structs.asdict(s) for s in data.sources])
        await self.channels.set_categories(channel.id, list(dict.fromkeys(data.category_ids)))
        self.stale.add(cache_tags.CHANNELS)
        return await self.admin_channel(channel.id)

    async def update_channel(self, channel_id: int, data: ChannelUpdate) -> AdminChannel:
        channel = await self._require_channel(channel_id)
        sent = {
            name: value for name, value in msgspec.structs.asdict(data).items() if value is not msgspec.UNSET
        }
        if "category_ids" in sent:
            await self._require_categories(sent["category_ids"])
        for field in (*CHANNEL_FIELDS, *CHANNEL_FLAGS):
            if field in sent:
                setattr(channel, field, sent[field])
        if channel.logo_images:  # a URL given now wins over the variants uploaded before for its kind
            kept = {k: v for k, v in channel.logo_images.items() if LogoKind(k).url_column not in sent}
            channel.logo_images = kept or None
        if "maturity_rating" in sent:
            channel.maturity_age = Maturity(sent["maturity_rating"]).min_age
        await self._save("another channel has this number or XMLTV id")
        if "sources" in sent:
            await self.channels.replace_sources(channel_id, [msgspec.structs.asdict(s) for s in data.sources])  # type: ignore[union-attr]
        if "category_ids" in sent:
            await self.channels.set_categories(channel_id, list(dict.fromkeys(sent["category_ids"])))
        self.stale.update((cache_tags.CHANNELS, cache_tags.GUIDE))
        return await self.admin_channel(channel_id)

    async def set_logo(self, channel_id: int, kind: LogoKind, image: StoredImage | None) -> None:
        """The channel's ``kind`` logo is now ``image`` (its URL, the largest variant), or none."""
        channel = await self._require_channel(channel_id)
        # A new dict, not the loaded one changed in place: the JSON column sees an assignment as a change.
        logos = dict(channel.logo_images or {})
        if image is None:
            logos.pop(kind.value, None)
        else:
            logos[kind.value] = msgspec.to_builtins(image)
        channel.logo_images = logos or None
        setattr(channel, kind.url_column, image.fallback().key if image else None)
        channel.updated_at = utcnow()
        await self.channels.flush()
        self.stale.update((cache_tags.CHANNELS, cache_tags.GUIDE))

    async def require_channel(self, channel_id: int) -> None:
        """404 unless the channel exists: checked before an upload's pixels are worked on."""
        await self._require_channel(channel_id)

    async def delete_channel(self, channel_id: int) -> None:
        await self.channels.delete_row(await self._require_channel(channel_id))
        await self.channels.flush()
        self.stale.update((cache_tags.CHANNELS, cache_tags.GUIDE))

    async def admin_channel(self, channel_id: int) -> AdminChannel:
        channel = await self._require_channel(channel_id)
        await self.channels.refresh(channel)  # its timestamps, set by the database on a write
        sources = await self.channels.sources_of([channel_id])
        categories = await self.channels.category_ids_of([channel_id])
        return _admin_channel(
            channel, sources.get(channel_id, []), categories.get(channel_id, []), self.media
        )

    async def admin_channels(self, cursor: str | None, limit: int) -> Page[AdminChannel]:
        """Every channel, enabled or not, by id: three queries a page."""
        fingerprint = query_fingerprint(listing="admin-channels")
        after = decode_cursor(cursor, fingerprint, tuple[Id]) if cursor else None
        rows, next_cursor = paginate(
            await self.channels.admin_page(after[0] if after else None, limit + 1),
            limit,
            fingerprint,
            lambda channel: (channel.id,),
        )
        ids = [channel.id for channel in rows]
        sources = await self.channels.sources_of(ids)
        categories = await self.channels.category_ids_of(ids)
        items = [_admin_channel(c, sources.get(c.id, []), categories.get(c.id, []), self.media) for c in rows]
        return Page(items=items, next_cursor=next_cursor)

    # --- categories --------------------------------------------------------------------------------------

    async def create_category(self, data: CategoryCreate) -> AdminCategory:
        category = ChannelCategory(name=data.name, slug=data.slug, sort_order=data.sort_order)
        self.channels.add(category)
        await self._save(f"a category with slug {data.slug!r} exists")
        self.stale.add(cache_tags.CHANNELS)
        return AdminCategory(category.id, category.name, category.slug, category.sort_order, [])

    async def _require_category(self, category_id: int) -> ChannelCategory:
        category = await self.channels.get_category(category_id)
        if category is None:
            raise NotFound(f"category {category_id} does not exist")
        return category

    async def update_category(self, category_id: int, data: CategoryUpdate) -> None:
        category = await self._require_category(category_id)
        for field, value in msgspec.structs.asdict(data).items():
            if value is not msgspec.UNSET:
                setattr(category, field, value)
        await self._save("a category with this slug exists")
        self.stale.add(cache_tags.CHANNELS)

    async def order_category(self, category_id: int, data: CategoryOrder) -> None:
        await self._require_category(category_id)
        channel_ids = list(dict.fromkeys(data.channel_ids))
        missing = set(channel_ids) - await self.channels.existing_ids(Channel, channel_ids)
        if missing:
            raise NotFound(f"channel {', '.join(map(str, sorted(missing)))} does not exist")
        await self.channels.order_category(category_id, channel_ids)
        self.stale.add(cache_tags.CHANNELS)

    async def delete_category(self, category_id: int) -> None:
        await self.channels.delete_row(await self._require_category(category_id))
        await self.channels.flush()
        self.stale.add(cache_tags.CHANNELS)

    async def admin_categories(self) -> Page[AdminCategory]:
        members = await self.channels.channel_ids_by_category()
        return Page(
            items=[
                AdminCategory(c.id, c.name, c.slug, c.sort_order, members.get(c.id, []))
                for c in await self.channels.admin_categories()
            ]
        )

    # --- programmes --------------------------------------------------------------------------------------

    async def create_programme(self, data: ProgrammeCreate) -> ProgrammeOut:
        await self._require_channel(data.channel_id)
        starts_at, ends_at = _checked_times(data.starts_at, data.ends_at)
        clash = await self.guide.overlapping(data.channel_id, starts_at, ends_at)
        if clash is not None:
            raise Conflict(_overlap_message(clash))
        fields: dict[str, Any] = msgspec.structs.asdict(data) | {"starts_at": starts_at, "ends_at": ends_at}
        programme = Programme(**fields)
        self.guide.add(programme)
        return await self._saved(programme)

    async def update_programme(self, programme_id: int, data: ProgrammeUpdate) -> ProgrammeOut:
        programme = await self.guide.get(programme_id)
        if programme is None:
            raise NotFound(f"programme {programme_id} does not exist")
        sent = {name: value for name, value in msgspec.structs.asdict(data).items() if value is not UNSET}
        if "starts_at" in sent or "ends_at" in sent:
            starts_at, ends_at = _checked_times(
                sent.get("starts_at", programme.starts_at), sent.get("ends_at", programme.ends_at)
            )
            clash = await self.guide.overlapping(programme.channel_id, starts_at, ends_at, programme_id)
            if clash is not None:
                raise Conflict(_overlap_message(clash))
            sent |= {"starts_at": starts_at, "ends_at": ends_at}
        for field, value in sent.items():
            setattr(programme, field, value)
        return await self._saved(programme)

    async def _saved(self, programme: Programme) -> ProgrammeOut:
        try:
            await self.guide.flush()
        except IntegrityError as exc:  # a concurrent write at the same start
            raise Conflict("the channel has a programme at this start") from exc
        self.stale.add(cache_tags.GUIDE)
        return programme_out(
            {column: getattr(programme, column) for column in ProgrammeOut.__struct_fields__}  # type: ignore[arg-type]
        )

    async def delete_programme(self, programme_id: int) -> None:
        programme = await self.guide.get(programme_id)
        if programme is None:
            raise NotFound(f"programme {programme_id} does not exist")
        await self.guide.delete_row(programme)
        await self.guide.flush()
        self.stale.add(cache_tags.GUIDE)


def _overlap_message(clash: Any) -> str:
    return (
        f"it overlaps programme {clash['id']} ({clash['starts_at'].isoformat()} to "
        f"{clash['ends_at'].isoformat()}) of the channel"
    )


def _checked_times(starts: datetime, ends: datetime) -> tuple[Any, Any]:
    starts_at, ends_at = in_utc(starts), in_utc(ends)
    if starts_at is None or ends_at is None:
        raise InvalidInput.field("starts_at", "has no UTC instant")
    if ends_at <= starts_at:
        raise InvalidInput.field("ends_at", "must be after starts_at")
    if (ends_at - starts_at).total_seconds() > MAX_PROGRAMME_S:
        raise InvalidInput.field("ends_at", f"a programme lasts at most {MAX_PROGRAMME_S // 3600} hours")
    return starts_at, ends_at


def _admin_channel(
    channel: Channel, sources: Sequence[ChannelSource], category_ids: list[int], media: MediaUrls
) -> AdminChannel:
    return AdminChannel(
        id=channel.id,
        name=channel.name,
        number=channel.number,
        xmltv_id=channel.xmltv_id,
        logo_url=media.absolute(channel.logo_url),
        logo_wide_url=media.absolute(channel.logo_wide_url),
        language=channel.language,
        country=channel.country,
        maturity_rating=Maturity.from_min_age(channel.maturity_age),
        is_premium=channel.is_premium,
        is_enabled=channel.is_enabled,
        sort_order=channel.sort_order,
        sources=[SourceOut(url=s.url, backup_url=s.backup_url, quality=s.quality) for s in sources],  # type: ignore[arg-type]
        category_ids=category_ids,
        updated_at=channel.updated_at,
    )
