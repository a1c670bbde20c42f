"""The apps' live-TV endpoints, on live TV's services: categories with their channels, a category's
channels, search, a channel's details and schedule, and view tracking.

The apps play a channel straight from its list entry, so every channel carries its stream URL (``source``,
``stream_url``: live TV's sources, the same as its playback answer gives; none for a premium channel while
premium channels are closed). Each channel is sent under every field name one of the three apps reads: the
Android app's models expect names VUGA's server never sent (``channel_title``, ``stream_url``, ...).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from litestar import Response

from vuga.billing.dependencies import entitlement_checks
from vuga.compat_v2.endpoints import Call, endpoint
from vuga.compat_v2.envelope import Errors, answer
from vuga.compat_v2.presenters import AppView, stamp
from vuga.compat_v2.requests import FieldError
from vuga.compat_v2.routes.shared import ceiling, offset_and_limit, urls
from vuga.core.clock import utcnow
from vuga.core.maturity import Maturity
from vuga.livetv.schemas import ChannelSummary, PlaybackSource, ProgrammeOut
from vuga.livetv.service import ChannelPlaybackAnswers, LiveAudience, LiveReader

HLS = 2  # VUGA's source type of an m3u8 stream


def programme(p: ProgrammeOut | None, now: datetime) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "program_id": p.id,
        "title": p.title,
        "description": p.description or "",
        "start_time": stamp(p.starts_at),
        "end_time": stamp(p.ends_at),
        "duration_minutes": int((p.ends_at - p.starts_at).total_seconds() // 60),
        "is_current": p.starts_at <= now < p.ends_at,
        "genre": p.category or "",
        "rating": p.rating or "",
        "thumbnail": p.image_url or "",
    }


class Channels:
    """What a list of channels needs besides the channels: streams, categories, now and next (three
    queries whatever the number of channels)."""

    def __init__(self, call: Call) -> None:
        self.call = call
        self.reader = LiveReader(call.session, call.state.media_urls)
        self.urls = AppView("")
        self.now = utcnow()
        self.streams: dict[int, list[PlaybackSource]] = {}
        self.categories: dict[int, list[int]] = {}
        self.programmes: dict[int, tuple[ProgrammeOut | None, ProgrammeOut | None]] = {}

    async def load(self, channels: list[ChannelSummary]) -> Channels:
        self.urls = await urls(self.call)
        ids = [c.id for c in channels]
        answers = ChannelPlaybackAnswers(
            self.call.session,
            self.call.profiles(),
            self.call.settings.livetv,
            entitlement_checks(self.call.session, self.call.state),
        )
        self.streams = await answers.streams_of(ids)
        self.categories = await self.reader.category_ids_of(ids)
        self.programmes = await self.reader.now_and_next_of(ids, self.now) if ids else {}
        return self

    def channel(self, c: ChannelSummary) -> dict[str, Any]:
        streams = self.streams.get(c.id, [])
        source = streams[0].url if streams else ""
        logo = self.urls(c.logo_url)
        current, following = self.programmes.get(c.id, (None, None))
        return {
            "tv_channel_id": c.id,
            "id": c.id,
            "title": c.name,
            "channel_title": c.name,
            "thumbnail": logo,
            "channel_thumbnail": logo,
            "logo_url": logo,
            "source": source,
            "stream_url": source,
            "type": HLS,
            "access_type": 2 if c.is_premium else 1,
            "is_premium": c.is_premium,
            "is_free": not c.is_premium,
            "requires_ads": False,
            "category_ids": ",".join(str(i) for i in self.categories.get(c.id, [])),
            "channel_number": c.number or 0,
            "description": "",
            "language": c.language or "",
            "quality": streams[0].quality.upper() if streams else "",
            "is_live": True,
            "is_active": True,
            "is_adult": c.maturity_rating is Maturity.AGE_18,
            "sort_order": 0,
            "current_program": current.title if current else None,
            "next_program": following.title if following else None,
            "program_time": f"{current.starts_at:%H:%M} - {current.ends_at:%H:%M}" if current else None,
            "current_program_title": current.title if current else "",
            "current_program_description": (current.description or "") if current else "",
            "current_program_start": stamp(current.starts_at) if current else "",
            "current_program_end": stamp(current.ends_at) if current else "",
            "next_program_title": following.title if following else "",
            "next_program_start": stamp(following.starts_at) if following else "",
            "current_schedule": programme(current, self.now),
            "next_schedule": programme(following, self.now),
            "created_at": "",
            "updated_at": "",
        }


async def _categories(call: Call) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every category with its channels, and every channel once (what the apps' live-TV pages read)."""
    reader = LiveReader(call.session, call.state.media_urls)
    categories = (await reader.categories(await ceiling(call))).items
    unique = list({c.id: c for category in categories for c in category.channels}.values())
    shown = await Channels(call).load(unique)
    channels = {c.id: shown.channel(c) for c in unique}
    rows = [
        {
            "tv_category_id": category.id,
            "id": category.id,
            "title": category.name,
            "name": category.name,
            "slug": category.slug,
            "image": "",
            "icon": "",
            "order": position,
            "is_active": True,
            "channel_count": len(category.channels),
            "channels_count": len(category.channels),
            "created_at": "",
            "updated_at": "",
            "channels": [channels[c.id] for c in category.channels],
        }
        for position, category in enumerate(categories)
    ]
    return rows, list(channels.values())


@endpoint("fetchLiveTVPageData", reads=True)
async def live_tv_page(call: Call) -> Response[bytes]:
    categories, channels = await _categories(call)
    return answer("Live TV fetched successfully", data=categories, categories=categories, channels=channels)


@endpoint("live-tv/categories", reads=True)
async def live_categories(call: Call) -> Response[bytes]:
    categories, channels = await _categories(call)
    return answer(
        "Categories fetched successfully", data=categories, categories=categories, channels=channels
    )


@endpoint("fetchTVChannelByCategory", reads=True)
async def channels_by_category(call: Call) -> Response[bytes]:
    """A category's channels (``tv_category_id``), offset paging, under ``data.channels``."""
    category_id = call.fields.id("tv_category_id", "category_id")
    start, limit = offset_and_limit(call)
    reader = LiveReader(call.session, call.state.media_urls)
    categories = (await reader.categories(await ceiling(call))).items
    category = next((c for c in categories if c.id == category_id), None)
    if category is None:
        return answer("Category not found", status=False)
    page = category.channels[start : start + limit]
    shown = await Channels(call).load(page)
    data = {
        "id": category.id,
        "category_id": category.id,
        "title": category.name,
        "category_name": category.name,
        "image": "",
        "created_at": "",
        "updated_at": "",
        "channels": [shown.channel(c) for c in page],
    }
    return answer("Channels fetched successfully", data=data)


@endpoint("live-tv/channels", reads=True, errors=Errors.HTTP)
async def live_channels(call: Call) -> Response[bytes]:
    """The TV's channel list (``category`` a slug or id, ``limit``/``offset``), with now and next."""
    start, limit = offset_and_limit(call, default_limit=50)
    category = call.fields.text("category", max_length=100).strip() or None
    reader = LiveReader(call.session, call.state.media_urls)
    max_maturity = await ceiling(call)
    items: list[ChannelSummary] = []
    cursor: str | None = None
    while len(items) < start + limit:
        page = await reader.channel_list(max_maturity, category, cursor, 100)
        items += page.items
        cursor = page.next_cursor
        if cursor is None:
            break
    shown_page = items[start : start + limit]
    shown = await Channels(call).load(shown_page)
    per_page = limit
    current = start // limit + 1
    return answer(
        "Channels fetched successfully",
        data=[shown.channel(c) for c in shown_page],
        pagination={
            "current_page": current,
            "last_page": current + (1 if len(shown_page) == limit else 0),
            "per_page": per_page,
            "total": start + len(shown_page),
        },
    )


@endpoint("searchTVChannel", reads=True)
async def search_channels(call: Call) -> Response[bytes]:
    """Channels by name or number (``keyword`` or ``search``); under ``data`` and ``channels``."""
    text = call.fields.text("keyword", "search", max_length=200)
    start, limit = offset_and_limit(call)
    found = (
        await LiveReader(call.session, call.state.media_urls).search(await ceiling(call), text, start + limit)
    ).items
    page = found[start : start + limit]
    shown = await Channels(call).load(page)
    channels = [shown.channel(c) for c in page]
    return answer("Channels fetched successfully", data=channels, channels=channels)


@endpoint("live-tv/channel-details", reads=True)
async def channel_details(call: Call) -> Response[bytes]:
    """One channel with now, next and the rest of today's schedule (404 at VUGA)."""
    channel_id = call.fields.id("channel_id", "tv_channel_id")
    reader = LiveReader(call.session, call.state.media_urls)
    max_maturity = await ceiling(call)
    detail, _ = await reader.channel(channel_id, max_maturity, utcnow())
    shown = await Channels(call).load([detail.channel])
    channel = shown.channel(detail.channel)
    channel["categories"] = [
        {"tv_category_id": c.id, "title": c.name, "slug": c.slug, "image": "", "is_active": True}
        for c in detail.categories
    ]
    channel["schedule"] = await _schedule(call, channel_id, max_maturity, utcnow().date())
    return answer("Channel fetched successfully", data=[channel])


async def _schedule(
    call: Call, channel_id: int, max_maturity: Maturity | None, day: date
) -> list[dict[str, Any]]:
    start = datetime.combine(day, time(), tzinfo=UTC)
    guide = await LiveReader(call.session, call.state.media_urls).guide(
        max_maturity,
        start=start,
        end=start + timedelta(hours=24),
        channel_ids=[channel_id],
        category=None,
        cursor=None,
        limit=1,
    )
    now = utcnow()
    rows = guide.items[0].programmes if guide.items else []
    return [p for p in (programme(row, now) for row in rows) if p is not None]


@endpoint("live-tv/schedule", reads=True)
async def channel_schedule(call: Call) -> Response[bytes]:
    """A channel's programmes of one day (``date`` as YYYY-MM-DD, today by default; UTC)."""
    channel_id = call.fields.id("channel_id", "tv_channel_id")
    text = call.fields.text("date", max_length=30).strip()
    try:
        day = date.fromisoformat(text[:10]) if text else utcnow().date()
    except ValueError as exc:
        raise FieldError("date", "must be a date (YYYY-MM-DD)") from exc
    max_maturity = await ceiling(call)
    await LiveReader(call.session, call.state.media_urls).channel(
        channel_id, max_maturity, utcnow()
    )  # a 404 for an unknown one
    return answer("Schedule fetched successfully", data=await _schedule(call, channel_id, max_maturity, day))


async def _seen(call: Call) -> Response[bytes]:
    channel_id = call.fields.id("channel_id", "tv_channel_id")
    await LiveReader(call.session, call.state.media_urls).channel(channel_id, await ceiling(call), utcnow())
    if await call.guest_or_viewer() is not None:
        # Counted as a heartbeat's view is: once per profile every VUGA_LIVETV_VIEW_DEDUPE_HOURS, so a
        # replayed call inflates nothing. A guest's call counts nothing.
        audience: LiveAudience = call.state.live_audience
        await audience.count_view(await call.profile_id(), channel_id)
    return answer("View tracked successfully", view_count=0)


@endpoint("increaseTVChannelView")
async def increase_channel_view(call: Call) -> Response[bytes]:
    """A view of a channel that exists, counted once per profile in live TV's audience."""
    return await _seen(call)


@endpoint("live-tv/track-view")
async def track_view(call: Call) -> Response[bytes]:
    """The same (a 500 at VUGA: its handler did not exist)."""
    return await _seen(call)


ROUTES = [
    live_tv_page,
    live_categories,
    channels_by_category,
    live_channels,
    search_channels,
    channel_details,
    channel_schedule,
    increase_channel_view,
    track_view,
]
