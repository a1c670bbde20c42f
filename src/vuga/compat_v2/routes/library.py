"""The apps' watchlist, favourite and rating endpoints, on the library's service."""

from __future__ import annotations

from litestar import Response

from vuga.compat_v2 import presenters
from vuga.compat_v2.endpoints import Call, endpoint
from vuga.compat_v2.envelope import Errors, answer
from vuga.compat_v2.requests import FieldError
from vuga.compat_v2.routes.shared import library, offset_and_limit, offset_page, urls, user_object
from vuga.library.schemas import ItemKind, Shelf

KINDS = {1: "movie", 2: "series"}


@endpoint("fetchWatchList", reads=True, errors=Errors.HTTP)
async def fetch_watchlist(call: Call) -> Response[bytes]:
    """The profile's watchlist titles (``type`` 1 movies, 2 series, else all), offset paging; each item
    carries ``content_id`` (Android, TV) and ``id`` (iOS)."""
    viewer, profile_id = await call.viewer(), await call.profile_id()
    start, limit = offset_and_limit(call, default_limit=10)
    kind = KINDS.get(call.fields.integer("type", default=0, maximum=3) or 0)
    shelves = library(call)
    items = await offset_page(
        lambda cursor, n: shelves.list(viewer, profile_id, Shelf.WATCHLIST, cursor, n), 0, start + limit
    )
    titles = [i.title for i in items if i.episode is None and (kind is None or i.title.kind == kind)]
    to = await urls(call)
    data = [presenters.content(t, to, is_watchlist=True) for t in titles[start : start + limit]]
    return answer("Watchlist fetched successfully", data=data)


async def _toggle(call: Call, shelf: Shelf, kind: ItemKind, field: str) -> tuple[bool, int]:
    viewer, profile_id = await call.viewer(), await call.profile_id()
    item_id = await (call.title_id(field) if kind is ItemKind.TITLE else call.episode_id(field))
    return await library(call).toggle(viewer, profile_id, shelf, kind, item_id), profile_id


@endpoint("user/toggle-watchlist", errors=Errors.HTTP)
async def toggle_watchlist(call: Call) -> Response[bytes]:
    """Adds or removes the title; answers the user, whose ``watchlist_content_ids`` drive the apps' icons."""
    added, _ = await _toggle(call, Shelf.WATCHLIST, ItemKind.TITLE, "content_id")
    message = "Added to watchlist" if added else "Removed from watchlist"
    return answer(message, data=await user_object(call, await call.app_user()))


@endpoint("user/toggle-favorite", errors=Errors.HTTP)
async def toggle_favorite(call: Call) -> Response[bytes]:
    added, _ = await _toggle(call, Shelf.FAVORITES, ItemKind.TITLE, "content_id")
    message = "Added to favorites" if added else "Removed from favorites"
    return answer(message, data=await user_object(call, await call.app_user()))


@endpoint("user/toggle-episode-watchlist", errors=Errors.HTTP)
async def toggle_episode_watchlist(call: Call) -> Response[bytes]:
    added, _ = await _toggle(call, Shelf.WATCHLIST, ItemKind.EPISODE, "episode_id")
    return answer("Added to watchlist" if added else "Removed from watchlist", is_in_watchlist=added)


@endpoint("user/check-episode-watchlist", reads=True, errors=Errors.HTTP)
async def check_episode_watchlist(call: Call) -> Response[bytes]:
    viewer, profile_id = await call.viewer(), await call.profile_id()
    episode_id = await call.episode_id("episode_id")
    found = await library(call).contains(viewer, profile_id, Shelf.WATCHLIST, ItemKind.EPISODE, episode_id)
    return answer("Watchlist status fetched successfully", is_in_watchlist=found)


@endpoint("user/rate-content", errors=Errors.HTTP)
async def rate_content(call: Call) -> Response[bytes]:
    """VUGA's 0-10 float onto our whole 1-10 score (rounded half up; 0 is refused: it is no rating)."""
    viewer, profile_id = await call.viewer(), await call.profile_id()
    title_id = await call.title_id("content_id")
    rating = call.fields.number("rating", minimum=0.5, maximum=10)
    if rating is None:
        raise FieldError("rating", "is required")
    rated = await library(call).rate(viewer, profile_id, title_id, max(1, int(rating + 0.5)))
    return answer(
        "Rating saved successfully",
        data={"content_id": (await urls(call)).title(title_id), "ratings": rated.rating_avg},
    )


@endpoint("user/fetch-unified-watchlist", reads=True, errors=Errors.HTTP)
async def fetch_unified_watchlist(call: Call) -> Response[bytes]:
    """Titles and episodes of the watchlist in one list (``type`` 1 movies, 2 series, 3 episodes), offset
    paging with VUGA's second pagination block. iOS declares ``ratings`` a String: a numeric string."""
    viewer, profile_id = await call.viewer(), await call.profile_id()
    start, limit = offset_and_limit(call, default_limit=10)
    wanted = call.fields.integer("type", default=0, maximum=3) or 0
    shelves = library(call)
    items = await offset_page(
        lambda cursor, n: shelves.list(viewer, profile_id, Shelf.WATCHLIST, cursor, n), 0, start + limit
    )
    if wanted == 3:
        items = [i for i in items if i.episode is not None]
    elif wanted in KINDS:
        items = [i for i in items if i.episode is None and i.title.kind == KINDS[wanted]]
    to = await urls(call)
    data = []
    for item in items[start : start + limit]:
        title, episode = item.title, item.episode
        poster = to(title.artwork.poster) or ""
        data.append(
            {
                "id": to.episode(episode.id) if episode else to.title(title.id),
                "item_type": "episode" if episode else "content",
                "content_id": to.title(title.id),
                "episode_id": to.episode(episode.id) if episode else None,
                "title": episode.name if episode else title.title,
                "type": presenters.kind_number(title.kind),
                "poster": poster,
                "thumbnail": (to(episode.still_url) or poster) if episode else poster,
                "horizontal_poster": to(title.artwork.poster_wide or title.artwork.poster) or "",
                "vertical_poster": poster,
                "ratings": f"{title.rating_avg:g}",
                "duration": str((episode.duration_s if episode else title.duration_s) or 0),
                "release_year": str(title.release_year),
                "genre_ids": ",".join(str(g.id) for g in title.genres),
                "series_title": title.title if episode else "",
                "season_number": episode.season_number if episode else None,
                "episode_number": episode.number if episode else None,
                "episode_thumbnail": (to(episode.still_url) or "") if episode else "",
                "added_at": presenters.stamp(item.added_at),
            }
        )
    page = start // limit + 1
    return answer(
        "Watchlist fetched successfully",
        data=data,
        pagination={
            "current_page": page,
            "total_items": start + len(data),
            "items_per_page": limit,
            "total_pages": page + (1 if len(data) == limit else 0),
        },
    )


ROUTES = [
    fetch_unified_watchlist,
    fetch_watchlist,
    toggle_watchlist,
    toggle_favorite,
    toggle_episode_watchlist,
    check_episode_watchlist,
    rate_content,
]
