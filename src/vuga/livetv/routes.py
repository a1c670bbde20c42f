"""Live TV for viewers: categories with their channels, channel lists, a channel with now and next, the
guide grid and channel search — public and cached like the catalog (no stream URL in any of them) — and a
profile's playback answer for a channel, which is personal.

With ``?profile_id=`` (and the account's bearer token) channels above the profile's ceiling are left out,
and the answer is private.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Annotated, Any

import msgspec
from litestar import Request, Response, Router, get
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import QueryParameter
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer, authenticated, provide_viewer
from vuga.accounts.browsing import Browsing, BrowsingProfile, provide_browsing_profile
from vuga.accounts.dependencies import profile_service
from vuga.billing.dependencies import entitlement_checks
from vuga.core.bounds import MAX_ID, in_utc
from vuga.core.cache import (
    PERSONAL,
    PRIVATE,
    CachedBody,
    HttpCaching,
    cached_response,
    documented,
    json_response,
)
from vuga.core.clock import utcnow
from vuga.core.errors import InvalidInput
from vuga.core.http import PathId, provide_reader, provide_writer
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page
from vuga.core.ratelimit import CACHED, charge_build, rate_cost
from vuga.devices.dependencies import UNDER_A_LEASE, LeaseParam, playback_sessions
from vuga.livetv.schemas import CategoryWithChannels, ChannelDetail, ChannelPlayback, ChannelSummary, Guide
from vuga.livetv.service import ChannelPlaybackAnswers, LivePages, LiveReader, guide_window
from vuga.search.query import MAX_QUERY_LENGTH
from vuga.settings import Settings

MAX_GUIDE_CHANNELS = 100

CategoryParam = Annotated[
    str | None,
    QueryParameter(
        min_length=1,
        max_length=64,
        pattern=r"^[a-z0-9-]+$",
        description="A category's slug or id (an unknown one is a 422).",
    ),
]
ChannelsParam = Annotated[
    str | None,
    QueryParameter(
        max_length=1200,
        pattern=r"^[0-9]{1,10}(,[0-9]{1,10})*$",
        description=f"Channel ids, comma-separated (at most {MAX_GUIDE_CHANNELS}); omit for every channel.",
    ),
]
MomentParam = Annotated[
    datetime | None,
    QueryParameter(description="ISO 8601 with a time zone (`2026-12-04T18:00:00Z`)."),
]
SearchText = Annotated[
    str,
    QueryParameter(
        min_length=1,
        max_length=MAX_QUERY_LENGTH,
        description=f"A channel's name or number, at most {MAX_QUERY_LENGTH} characters; "
        '`"a phrase"`, `this or that` and `-excluded` work as in the title search; misspellings are '
        "tolerated.",
    ),
]
SearchLimit = Annotated[int, QueryParameter(ge=1, le=50, description="Channels to return, 1-50.")]

Pages = NamedDependency[LivePages]
HttpCache = NamedDependency[HttpCaching]


def provide_pages(state: State) -> LivePages:
    pages: LivePages = state.live_pages
    return pages


def provide_http_caching(state: State) -> HttpCaching:
    http_cache: HttpCaching = state.http_caching
    return http_cache


def until_boundary(body: CachedBody, browsing: BrowsingProfile, http_cache: HttpCaching) -> str:
    """Public now-and-next may be kept by browsers and CDNs only until it changes: the next boundary."""
    if browsing.profile_id is not None:
        return PRIVATE
    remaining = max(0, int(body.fresh_until - time.time()))
    browser, shared = min(remaining, http_cache.max_age_s), min(remaining, http_cache.shared_max_age_s)
    return f"public, max-age={browser}, s-maxage={shared}"


def channel_ids_of(channels: str | None) -> list[int] | None:
    if channels is None:
        return None
    ids = list(dict.fromkeys(int(part) for part in channels.split(",")))
    if len(ids) > MAX_GUIDE_CHANNELS:
        raise InvalidInput.field("channels", f"at most {MAX_GUIDE_CHANNELS} channels")
    if any(not 1 <= channel_id <= MAX_ID for channel_id in ids):
        raise InvalidInput.field("channels", "ids are positive 32-bit integers")
    return ids


def utc_or_refuse(moment: datetime | None, name: str) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise InvalidInput.field(name, "needs a time zone (Z or an offset)")
    utc = in_utc(moment)
    if utc is None or not 2000 <= utc.year <= 2100:
        raise InvalidInput.field(name, "is outside the years the guide can hold")
    return utc


@get(
    "/live/categories",
    summary="Live-TV categories, in order, each with its channels",
    opt=rate_cost(CACHED),
    responses=documented(Page[CategoryWithChannels]),
)
async def list_categories(
    request: Request[Any, Any, Any], pages: Pages, http_cache: HttpCache, browsing: Browsing
) -> Response[bytes]:
    """Every category in display order with its enabled channels in the category's order. Public and cached
    (`ETag`, 304 for `If-None-Match`); with `profile_id`, the profile's ceiling applies and it is private.
    """
    body = await pages.categories(await browsing.ceiling())
    return cached_response(request, body, browsing.cache_control(http_cache))


@get(
    "/live/channels",
    summary="Enabled channels in display order, a page at a time",
    opt=rate_cost(CACHED),
    responses=documented(Page[ChannelSummary]),
)
async def list_channels(
    request: Request[Any, Any, Any],
    pages: Pages,
    http_cache: HttpCache,
    browsing: Browsing,
    reader: NamedDependency[AsyncSession],
    category: CategoryParam = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Response[bytes]:
    """Enabled channels, in display order (in a `category`'s own order when one is given), `limit` at a
    time; pass `next_cursor` back as `cursor` for the next page. First pages are cached and public.
    """
    ceiling = await browsing.ceiling()
    cache_control = browsing.cache_control(http_cache)
    if cursor is None:
        return cached_response(request, await pages.channels(ceiling, category, limit), cache_control)
    await charge_build()
    page = await LiveReader(reader, pages.media).channel_list(ceiling, category, cursor, limit)
    return json_response(request, msgspec.json.encode(page), cache_control)


@get(
    "/live/channels/{channel_id:int}",
    summary="A channel with what is on now and next",
    opt=rate_cost(CACHED),
    responses=documented(ChannelDetail),
)
async def get_channel(
    request: Request[Any, Any, Any],
    pages: Pages,
    http_cache: HttpCache,
    browsing: Browsing,
    channel_id: PathId,
) -> Response[bytes]:
    """An enabled channel, its categories, and the programmes on now and next (`now` is null in a gap of
    the guide). Cached until the next programme boundary, and said so in `Cache-Control`; a disabled
    channel, or one above the ceiling of `profile_id`, is a 404. No stream URL: see the channel's playback.
    """
    body = await pages.channel(channel_id, await browsing.ceiling())
    return cached_response(request, body, until_boundary(body, browsing, http_cache))


@get(
    "/live/guide",
    summary="The programme guide for a time window, a page of channels at a time",
    opt=rate_cost(CACHED),
    responses=documented(Guide),
)
async def get_guide(
    request: Request[Any, Any, Any],
    pages: Pages,
    http_cache: HttpCache,
    browsing: Browsing,
    state: State,
    channels: ChannelsParam = None,
    category: CategoryParam = None,
    start: MomentParam = None,
    end: MomentParam = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Response[bytes]:
    """The programmes showing between `start` (default: the current half hour) and `end` (default: three
    hours later; at most `VUGA_LIVETV_GUIDE_MAX_WINDOW_H` after `start`), for `limit` channels at a time —
    the given `channels`, a `category`'s, or every enabled one — in display order. Public and cached.
    """
    settings: Settings = state.settings
    window = guide_window(
        utc_or_refuse(start, "start"), utc_or_refuse(end, "end"), utcnow(), settings.livetv.guide_max_window_h
    )
    body = await pages.guide(
        await browsing.ceiling(),
        start=window[0],
        end=window[1],
        channel_ids=channel_ids_of(channels),
        category=category,
        cursor=cursor,
        limit=limit,
    )
    return cached_response(request, body, browsing.cache_control(http_cache))


@get(
    "/live/search",
    summary="Channels by name or number, typos tolerated",
    opt=rate_cost(CACHED),
    responses=documented(Page[ChannelSummary]),
)
async def search_channels(
    request: Request[Any, Any, Any],
    pages: Pages,
    http_cache: HttpCache,
    browsing: Browsing,
    q: SearchText,
    limit: SearchLimit = 20,
) -> Response[bytes]:
    """Enabled channels whose name matches every word of `q` (as prefixes), or its number, best first;
    misspelt names match by trigram similarity. Public and cached.
    """
    body = await pages.search(await browsing.ceiling(), q, limit)
    return cached_response(request, body, browsing.cache_control(http_cache))


live_router = Router(
    path="/",
    route_handlers=[list_categories, list_channels, get_channel, get_guide, search_channels],
    dependencies={
        "reader": Provide(provide_reader),
        "browsing": Provide(provide_browsing_profile, sync_to_thread=False),
        "pages": Provide(provide_pages, sync_to_thread=False),
        "http_cache": Provide(provide_http_caching, sync_to_thread=False),
    },
    tags=["live TV"],
)


# --- a profile's playback answer ---------------------------------------------------------------------------


def provide_answers(writer: NamedDependency[AsyncSession], state: State) -> ChannelPlaybackAnswers:
    settings: Settings = state.settings
    return ChannelPlaybackAnswers(
        writer,
        profile_service(writer, state),
        settings.livetv,
        entitlement_checks(writer, state),
        playback_sessions(writer, state),
    )


@get(
    "/profiles/{profile_id:int}/channels/{channel_id:int}/playback",
    summary="Where a channel plays from",
    opt=UNDER_A_LEASE,
)
async def channel_playback(
    answers: NamedDependency[ChannelPlaybackAnswers],
    viewer: NamedDependency[Viewer],
    profile_id: PathId,
    channel_id: PathId,
    lease: LeaseParam = None,
) -> ChannelPlayback:
    """The channel's streams best first, each with its backup, and what is on now. A channel above the
    profile's ceiling (or disabled) is a 404; a premium one, while premium channels are not open to all
    (`VUGA_LIVETV_PREMIUM_OPEN`), needs a subscription that plays: else a 403 `subscription-required`.
    Given under one of the account's concurrent streams, as a title's: `playback_session_id` is its lease
    (send it back to keep it, and as the heartbeats' `session_id`); past the account's limit, a 409 naming
    the devices playing. `private, no-store`.
    """
    return await answers.of_channel(viewer, profile_id, channel_id, lease)


live_playback_router = Router(
    path="/",
    route_handlers=[channel_playback],
    cache_control=PERSONAL,
    guards=[authenticated],
    dependencies={
        "writer": Provide(provide_writer),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "answers": Provide(provide_answers, sync_to_thread=False),
    },
    tags=["playback"],
)
