"""What the endpoint modules share: absolute URLs for a call, the profile objects, offset pages."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from vuga.accounts.schemas import ProfileOut
from vuga.accounts.service import normalise_email
from vuga.catalog.service import CatalogReader
from vuga.compat_v2 import presenters
from vuga.compat_v2.endpoints import Call
from vuga.compat_v2.models import AppUser
from vuga.compat_v2.service.identity import viewer_of
from vuga.core.maturity import Maturity
from vuga.core.pagination import Page
from vuga.library.schemas import Shelf
from vuga.library.service import LibraryService

T = TypeVar("T")
MAX_OFFSET = 1000  # deeper than any app scrolls; past it a list answers empty
MAX_LIMIT = 100


async def urls(call: Call) -> presenters.AppView:
    """How the apps see our data in this call's answer: absolute URLs, their ids of titles and episodes."""
    origin = f"{call.request.url.scheme}://{call.request.url.netloc}"
    return presenters.AppView(origin, await call.catalog_ids())


def reader(call: Call) -> CatalogReader:
    return CatalogReader.for_session(call.session, call.state.media_urls)


async def ceiling(call: Call) -> Maturity | None:
    """The calling profile's ceiling; None for a guest (``user_id`` 0 or absent) — the public catalog."""
    viewer = await call.guest_or_viewer()
    if viewer is None:
        return None
    return await call.profiles().ceiling(viewer, await call.profile_id())


def library(call: Call) -> LibraryService:
    return LibraryService(call.session, call.profiles(), call.state.media_urls)


def offset_and_limit(call: Call, default_limit: int = 20) -> tuple[int, int]:
    """VUGA's two paging styles as an offset: ``start``/``limit`` or ``page`` (1-based)/``per_page``."""
    limit = call.fields.integer("limit", "per_page", default=default_limit, maximum=10_000) or default_limit
    limit = min(max(limit, 1), MAX_LIMIT)
    if call.fields.present("start", "offset"):
        start = call.fields.integer("start", "offset", default=0, maximum=10**9) or 0
    else:
        page = call.fields.integer("page", default=1, maximum=10**9) or 1
        start = (max(page, 1) - 1) * limit
    return start, limit


async def offset_page(
    fetch: Callable[[str | None, int], Awaitable[Page[T]]], start: int, limit: int
) -> list[T]:
    """Items ``start`` to ``start + limit`` of a cursor-paged list: its pages walked up to there."""
    if start >= MAX_OFFSET:
        return []
    wanted, cursor = start + limit, None
    items: list[T] = []
    while len(items) < wanted:
        page = await fetch(cursor, min(MAX_LIMIT, wanted - len(items)))
        items += page.items
        cursor = page.next_cursor
        if cursor is None:
            break
    return items[start:wanted]


async def profile_objects(call: Call, app_user: AppUser, profiles: list[ProfileOut]) -> list[dict[str, Any]]:
    """PROFILE_FULL of each, under the apps' ids of them."""
    ids = await call.identity().app_profile_ids([p.id for p in profiles])
    to = await urls(call)
    return [presenters.profile(p, to, app_user.app_user_id, ids[p.id]) for p in profiles]


async def profile_object(call: Call, app_user: AppUser, profile: ProfileOut) -> dict[str, Any]:
    return (await profile_objects(call, app_user, [profile]))[0]


async def user_object(call: Call, app_user: AppUser) -> dict[str, Any]:
    """USER for the app user: their profiles, the last selected one, its watchlist's title ids."""
    viewer = viewer_of(app_user)
    profiles = await call.profiles().list(viewer)
    shown = await profile_objects(call, app_user, profiles)
    index = next((i for i, p in enumerate(profiles) if p.id == app_user.last_profile_id), 0)
    last = shown[index] if shown else None
    watchlist = await library(call).title_ids(viewer, profiles[index].id, Shelf.WATCHLIST) if profiles else []
    me = await call.auth().me(viewer)
    to = await urls(call)
    return presenters.user(
        app_user.app_user_id,
        normalise_email(me.email),
        me.display_name,
        app_user.login_type,
        shown,
        last,
        [to.title(title_id) for title_id in watchlist],
    )
