"""What viewers read: categories with their channels, channel lists, a channel with now and next, the guide
grid and channel search — built from the database, uncached (``pages`` caches them). No stream URL ever
appears here: these answers are public."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Annotated, Any

import msgspec
from msgspec import Meta
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.core.bounds import Id
from vuga.core.errors import InvalidInput, NotFound
from vuga.core.images import StoredImage, present_image
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.core.pagination import Page, decode_cursor, paginate, query_fingerprint
from vuga.livetv.models import LogoKind
from vuga.livetv.repository import ChannelRepository, GuideRepository
from vuga.livetv.schemas import (
    CategoryRef,
    CategoryWithChannels,
    ChannelDetail,
    ChannelLogos,
    ChannelSummary,
    Guide,
    GuideRow,
    ProgrammeOut,
)
from vuga.search.query import SearchText, normalize, similarity

Position = Annotated[int, Meta(ge=-(2**31), le=2**31 - 1)]
ANY_AGE = 21
MIN_SEARCH_SIMILARITY = 0.3


def max_age_of(ceiling: Maturity | None) -> int:
    return ceiling.min_age if ceiling is not None else ANY_AGE


def channel_summary(row: RowMapping, media: MediaUrls) -> ChannelSummary:
    stored = stored_logos(row["logo_images"])
    square, wide = (present_image(stored.get(kind), row[kind.url_column], media) for kind in LogoKind)
    return ChannelSummary(
        id=row["id"],
        name=row["name"],
        number=row["number"],
        logo_url=square.url if square else None,
        logo_wide_url=wide.url if wide else None,
        logos=ChannelLogos(square=square, wide=wide),
        language=row["language"],
        country=row["country"],
        maturity_rating=Maturity.from_min_age(row["maturity_age"]),
        is_premium=row["is_premium"],
    )


def programme_out(row: RowMapping) -> ProgrammeOut:
    return ProgrammeOut(
        id=row["id"],
        starts_at=row["starts_at"],
        ends_at=row["ends_at"],
        title=row["title"],
        subtitle=row["subtitle"],
        description=row["description"],
        category=row["category"],
        rating=row["rating"],
        episode=row["episode"],
        image_url=row["image_url"],
    )


def now_and_next(
    rows: Sequence[RowMapping], now: datetime
) -> tuple[ProgrammeOut | None, ProgrammeOut | None]:
    """The programme on at ``now`` (None in a gap) and the one after it, from the first rows ending after."""
    if rows and rows[0]["starts_at"] <= now:
        return programme_out(rows[0]), programme_out(rows[1]) if len(rows) > 1 else None
    return None, programme_out(rows[0]) if rows else None


def next_boundary(current: ProgrammeOut | None, following: ProgrammeOut | None) -> datetime | None:
    """When the answer of ``now_and_next`` changes: the current programme's end, else the next one's start."""
    if current is not None:
        return current.ends_at
    return following.starts_at if following is not None else None


def stored_logos(raw: Any) -> dict[LogoKind, StoredImage]:
    """A channel's ``logo_images`` JSON as structs (none when it has no uploaded logo)."""
    return {} if not raw else msgspec.convert(raw, dict[LogoKind, StoredImage])


class LiveReader:
    def __init__(self, session: AsyncSession, media: MediaUrls) -> None:
        self.channels = ChannelRepository(session)
        self.guide_rows = GuideRepository(session)
        self.media = media

    async def categories(self, ceiling: Maturity | None) -> Page[CategoryWithChannels]:
        """Every category in order, each with its visible channels in the category's order (two queries)."""
        categories = await self.channels.categories()
        members = await self.channels.channels_by_category(max_age_of(ceiling))
        items = [
            CategoryWithChannels(
                id=category["id"],
                slug=category["slug"],
                name=category["name"],
                channels=[channel_summary(row, self.media) for row in members.get(category["id"], [])],
            )
            for category in categories
        ]
        return Page(items=items)

    async def category_id(self, category: str) -> int:
        category_id = await self.channels.category_id(category)
        if category_id is None:
            raise InvalidInput.field("category", f"no category {category!r}; see GET /api/v1/live/categories")
        return category_id

    async def channel_page(
        self,
        ceiling: Maturity | None,
        *,
        category: str | None,
        only_ids: Sequence[int] | None,
        cursor: str | None,
        limit: int,
        listing: str,
    ) -> tuple[list[RowMapping], str | None]:
        """A page of visible channels in display order, and the cursor of the next (``listing`` names the
        list the cursor belongs to, with its filters)."""
        category_id = await self.category_id(category) if category else None
        fingerprint = query_fingerprint(
            listing=listing,
            category=category_id,
            ids=",".join(map(str, only_ids)) if only_ids is not None else None,
            ceiling=ceiling,
        )
        after = decode_cursor(cursor, fingerprint, tuple[Position, Id]) if cursor else None
        rows = await self.channels.page(
            max_age_of(ceiling),
            category_id=category_id,
            only_ids=only_ids,
            after=(after[0], after[1]) if after else None,
            limit=limit + 1,
        )
        return paginate(rows, limit, fingerprint, lambda row: (row["position"], row["id"]))

    async def channel_list(
        self, ceiling: Maturity | None, category: str | None, cursor: str | None, limit: int
    ) -> Page[ChannelSummary]:
        rows, next_cursor = await self.channel_page(
            ceiling, category=category, only_ids=None, cursor=cursor, limit=limit, listing="channels"
        )
        return Page(items=[channel_summary(row, self.media) for row in rows], next_cursor=next_cursor)

    async def channel(
        self, channel_id: int, ceiling: Maturity | None, now: datetime
    ) -> tuple[ChannelDetail, datetime | None]:
        """A visible channel with now and next, and when that answer changes (None: not while the guide
        stays as it is)."""
        row = await self.channels.visible(channel_id, max_age_of(ceiling))
        if row is None:
            raise NotFound(f"channel {channel_id} does not exist")
        categories = await self.channels.categories_of(channel_id)
        upcoming = await self.guide_rows.now_and_next([channel_id], now)
        current, following = now_and_next(upcoming.get(channel_id, []), now)
        detail = ChannelDetail(
            channel=channel_summary(row, self.media),
            categories=[CategoryRef(id=c["id"], slug=c["slug"], name=c["name"]) for c in categories],
            now=current,
            next=following,
        )
        return detail, next_boundary(current, following)

    async def category_ids_of(self, channel_ids: Sequence[int]) -> dict[int, list[int]]:
        """The categories of many channels at once (one query), in the categories' order."""
        return await self.channels.category_ids_of(channel_ids) if channel_ids else {}

    async def now_and_next_of(
        self, channel_ids: Sequence[int], now: datetime
    ) -> dict[int, tuple[ProgrammeOut | None, ProgrammeOut | None]]:
        """Now and next of many channels at once (one query): what the benchmark measures for 50."""
        upcoming = await self.guide_rows.now_and_next(channel_ids, now)
        return {channel_id: now_and_next(upcoming.get(channel_id, []), now) for channel_id in channel_ids}

    async def guide(
        self,
        ceiling: Maturity | None,
        *,
        start: datetime,
        end: datetime,
        channel_ids: Sequence[int] | None,
        category: str | None,
        cursor: str | None,
        limit: int,
    ) -> Guide:
        """The grid: a page of channels (cursor over channels), each with its programmes showing in
        [start, end). Two queries whatever the number of channels and programmes."""
        rows, next_cursor = await self.channel_page(
            ceiling,
            category=category,
            only_ids=channel_ids,
            cursor=cursor,
            limit=limit,
            listing=f"guide:{start.isoformat()}:{end.isoformat()}",
        )
        programmes = await self.guide_rows.window([row["id"] for row in rows], start, end)
        items = [
            GuideRow(
                channel=channel_summary(row, self.media),
                programmes=[programme_out(programme) for programme in programmes.get(row["id"], [])],
            )
            for row in rows
        ]
        return Guide(start=start, end=end, items=items, next_cursor=next_cursor)

    async def search(self, ceiling: Maturity | None, query: str, limit: int) -> Page[ChannelSummary]:
        """Channels by name (or number), with the search feature's parsing (phrases, ``or``, ``-excluded``)
        and its typo tolerance (trigram similarity). A line-up is small: matched in memory, one query."""
        parsed = SearchText.parse(query)
        if parsed.is_empty:
            return Page(items=[])
        wanted = parsed.normalized
        number = int(parsed.text) if parsed.text.isdigit() and len(parsed.text) < 6 else None
        excluded = [[normalize(word) for word in phrase] for phrase in parsed.excluded]
        scored: list[tuple[float, int, RowMapping]] = []
        for position, row in enumerate(await self.channels.search_candidates(max_age_of(ceiling))):
            name_words = normalize(row["name"]).split()
            if any(all(_has_prefix(name_words, word) for word in phrase) for phrase in excluded):
                continue
            if number is not None and row["number"] == number:
                score = 3.0
            elif all(
                any(all(_has_prefix(name_words, normalize(word)) for word in phrase) for phrase in clause)
                for clause in parsed.clauses
            ):
                score = 2.0
            else:
                score = similarity(wanted, " ".join(name_words))
                if score < MIN_SEARCH_SIMILARITY:
                    continue
            scored.append((-score, position, row))
        scored.sort(key=lambda entry: (entry[0], entry[1]))
        return Page(items=[channel_summary(row, self.media) for _, _, row in scored[:limit]])


def _has_prefix(name_words: list[str], word: str) -> bool:
    return any(name_word.startswith(word) for name_word in name_words)


def guide_window(
    start: datetime | None, end: datetime | None, now: datetime, max_window_h: int
) -> tuple[datetime, datetime]:
    """The window asked for, checked: by default from the current half hour, three hours long."""
    if start is None:
        start = now.replace(minute=now.minute - now.minute % 30, second=0, microsecond=0)
    if end is None:
        end = start + timedelta(hours=min(3, max_window_h))
    if end <= start:
        raise InvalidInput.field("end", "must be after start")
    if end - start > timedelta(hours=max_window_h):
        raise InvalidInput.field("end", f"the window is at most {max_window_h} hours")
    return start, end
