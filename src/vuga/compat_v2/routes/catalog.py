"""The apps' catalog endpoints (settings, home, title page, search, browsing, people, counters), on the
catalog's, home's and search's services. Everything is filtered by the calling profile's ceiling."""

from __future__ import annotations

from typing import Any

import msgspec
from litestar import Response

from vuga.catalog.schemas import TitleDetail, TitleSort, TitleSummary
from vuga.catalog.service import BrowseQuery, CatalogPages, GenreRef
from vuga.compat_v2 import presenters
from vuga.compat_v2.endpoints import Call, endpoint
from vuga.compat_v2.envelope import Errors, answer
from vuga.compat_v2.routes.shared import ceiling, library, offset_and_limit, offset_page, reader, urls
from vuga.core.counters import Counters
from vuga.core.pagination import Page
from vuga.core.ratelimit import SEARCH, charge_build
from vuga.home.schemas import Home
from vuga.home.service import SharedHome
from vuga.library.schemas import ItemKind, Shelf
from vuga.search.service import SearchPages, SearchRequest, SearchService

HOME_GENRE_ITEMS = 10  # VUGA's genre rows held ten titles each


@endpoint("fetchSettings", reads=True)
async def fetch_settings(call: Call) -> Response[bytes]:
    """Genres and languages (the apps map ids to names with them) and the app's switches."""
    catalog = reader(call)
    genres = [
        {**presenters.genre(g), "created_at": "", "updated_at": ""} for g in (await catalog.genres()).items
    ]
    languages = [
        {"app_language_id": lang.id, "id": lang.id, "title": lang.name, "code": lang.code}
        for lang in (await catalog.languages()).items
    ]
    setting = {
        "global_setting_id": 1,
        "id": 1,
        "app_name": "VUGA TV",
        "is_live_tv_enable": 0,  # until the live-TV endpoints are served here
        "is_admob_android": 0,
        "is_admob_ios": 0,
        "is_custom_android": 0,
        "is_custom_ios": 0,
        "videoad_skip_time": 0,
        "storage_type": 0,
    }
    return answer(
        "Settings fetched successfully",
        setting=setting,
        genres=genres,
        categories=genres,
        languages=languages,
        admob=[],
    )


@endpoint("fetchHomePageData", reads=True)
async def fetch_home(call: Call) -> Response[bytes]:
    """The shared home (cached) as VUGA's rows, with the profile's watchlist; guests get the public one."""
    max_maturity = await ceiling(call)
    shared: SharedHome = call.state.shared_home
    home = msgspec.json.decode((await shared.body(max_maturity)).identity, type=Home)
    to = await urls(call)
    watchlist: list[dict[str, Any]] = []
    if (viewer := await call.guest_or_viewer()) is not None:
        page = await library(call).list(viewer, await call.profile_id(), Shelf.WATCHLIST, None, 5)
        watchlist = [presenters.content(item.title, to) for item in page.items if item.episode is None]
    top = next((rail for rail in home.rails if rail.kind == "top10"), None)
    genre_rows = [
        {
            **presenters.genre(rail.genre),
            "contents": [presenters.content(t, to) for t in rail.items[:HOME_GENRE_ITEMS]],
        }
        for rail in home.rails
        if rail.genre is not None
    ]
    return answer(
        "Home page data fetched successfully",
        featured=[presenters.content(t, to, is_featured=1) for t in home.featured],
        watchlist=watchlist,
        topContents=[
            {
                "top_content_id": i + 1,
                "content_index": i + 1,
                "content_id": to.title(t.id),
                "content": presenters.content(t, to),
            }
            for i, t in enumerate(top.items if top else [])
        ],
        genreContents=genre_rows,
    )


@endpoint("fetchContentDetails", reads=True)
async def fetch_content_details(call: Call) -> Response[bytes]:
    """The title page (the catalog's cached one, with every season's episodes); one the profile may not
    see is VUGA's 200 ``status: false``."""
    title_id = await call.title_id("content_id")
    max_maturity = await ceiling(call)
    pages: CatalogPages = call.state.catalog_pages
    found = msgspec.json.decode((await pages.title(title_id, max_maturity)).identity, type=TitleDetail)
    to = await urls(call)
    episodes = await reader(call).title_episodes(title_id, max_maturity) if found.seasons else []
    seasons = [
        presenters.season(
            season,
            to.title(title_id),
            [presenters.episode(e, season.id, to) for e in episodes if e.season_number == season.number],
        )
        for season in found.seasons
    ]
    held: set[Shelf] = set()
    if (viewer := await call.guest_or_viewer()) is not None:
        held = await library(call).shelves_holding(viewer, await call.profile_id(), ItemKind.TITLE, title_id)
    data = presenters.detail(
        found, to, seasons, is_watchlist=Shelf.WATCHLIST in held, is_favorite=Shelf.FAVORITES in held
    )
    return answer("Content fetched successfully", data=data)


@endpoint("searchContent", errors=Errors.HTTP, cost=SEARCH)
async def search_content(call: Call) -> Response[bytes]:
    """Search by title (``search`` or the TV's ``keyword``), offset or page paging; an empty query finds
    nothing rather than failing (Android's Discover screen sends one)."""
    text = call.fields.text("search", "keyword", max_length=200)
    start, limit = offset_and_limit(call)
    kind = {1: "movie", 2: "series"}.get(call.fields.integer("type", default=0, maximum=3) or 0)
    genre_id = call.fields.optional_id("genre_id", "category_id")
    request = SearchRequest(
        q=text,
        kind=kind,
        genre=GenreRef(id=genre_id) if genre_id else None,
        max_maturity=await ceiling(call),
    )
    if start == 0 and request.q.strip():  # the first page, as /api/v1/search caches it
        search_pages: SearchPages = call.state.search_pages
        found = msgspec.json.decode(
            (await search_pages.first_page(request, limit)).identity, type=Page[TitleSummary]
        ).items
    else:
        await charge_build()  # later pages are searched for each request, as /api/v1's
        search = SearchService.for_session(call.session, call.state.media_urls)
        found = await offset_page(lambda cursor, n: search.search(request, cursor, n), start, limit)
    to = await urls(call)
    page = start // limit + 1
    return answer(
        "Search results fetched successfully",
        data=[presenters.content(t, to) for t in found],
        pagination={
            "current_page": page,
            "last_page": page + (1 if len(found) == limit else 0),
            "per_page": limit,
            "total": start + len(found),
        },
    )


async def _genre_titles(call: Call) -> tuple[int, list[dict[str, Any]]]:
    genre_id = call.fields.id("category_id", "genre_id")
    start, limit = offset_and_limit(call)
    kind = {1: "movie", 2: "series"}.get(call.fields.integer("type", default=0, maximum=3) or 0)
    query = BrowseQuery(
        genre=GenreRef(id=genre_id), kind=kind, max_maturity=await ceiling(call), sort=TitleSort.POPULAR
    )
    if start == 0:  # the first page, as /api/v1/titles caches it
        pages: CatalogPages = call.state.catalog_pages
        found = msgspec.json.decode(
            (await pages.browse_first_page(query, limit)).identity, type=Page[TitleSummary]
        ).items
    else:
        catalog = reader(call)
        found = await offset_page(lambda cursor, n: catalog.browse(query, cursor, n), start, limit)
    to = await urls(call)
    return genre_id, [presenters.content(t, to) for t in found]


@endpoint("content/by-category", reads=True, errors=Errors.HTTP)
async def content_by_category(call: Call) -> Response[bytes]:
    """Android's "More" of a home genre row (``category_id``, ``page``/``per_page``)."""
    genre_id, data = await _genre_titles(call)
    genres = {g.id: g.name for g in (await reader(call).genres()).items}
    start, limit = offset_and_limit(call)
    page = start // limit + 1
    return answer(
        "Contents fetched successfully",
        genre=genres.get(genre_id, ""),
        data=data,
        pagination={
            "current_page": page,
            "last_page": page + (1 if len(data) == limit else 0),
            "per_page": limit,
            "total": start + len(data),
        },
    )


@endpoint("fetchContentsByCategory", reads=True)
async def contents_by_category(call: Call) -> Response[bytes]:
    """iOS's genre list (``genre_id``, offset paging; broken at VUGA)."""
    return answer("Contents fetched successfully", data=(await _genre_titles(call))[1])


@endpoint("fetchContentsByGenre", reads=True)
async def contents_by_genre(call: Call) -> Response[bytes]:
    """The TV's genre list (``genre_id``, offset paging; no such route at VUGA)."""
    return answer("Contents fetched successfully", data=(await _genre_titles(call))[1])


async def _titles_by_ids(call: Call) -> list[dict[str, Any]]:
    known = await call.catalog_ids()
    ids = [i for i in map(known.title_of, call.fields.id_list("content_ids")) if i is not None]
    start, limit = offset_and_limit(call, default_limit=100)
    found = await reader(call).summaries(ids, await ceiling(call))
    to = await urls(call)
    return [presenters.content(found[i], to) for i in ids if i in found][start : start + limit]


@endpoint("content/by-ids", reads=True)
async def content_by_ids(call: Call) -> Response[bytes]:
    """Titles by id (csv or array), in the order asked, those the profile may see."""
    return answer("Contents fetched successfully", data=await _titles_by_ids(call))


@endpoint("fetchContentsByIds", reads=True)
async def fetch_contents_by_ids(call: Call) -> Response[bytes]:
    return answer("Contents fetched successfully", data=await _titles_by_ids(call))


@endpoint("fetchActorDetails", reads=True)
async def fetch_actor_details(call: Call) -> Response[bytes]:
    person = await reader(call).person(call.fields.id("actor_id"), await ceiling(call))
    return answer("Actor fetched successfully", data=presenters.actor(person, await urls(call)))


async def _count(call: Call, counter: str | None) -> Response[bytes]:
    title_id = await call.title_id("content_id")
    await reader(call).require_visible_title(title_id, None)
    if counter is not None:
        counters: Counters = call.state.counters
        await counters.add(counter, title_id)
    return answer("Count increased successfully")


@endpoint("increaseContentView", errors=Errors.HTTP)
async def increase_content_view(call: Call) -> Response[bytes]:
    """Acknowledged only: views are counted by playback (watch/sync), once per profile and title."""
    return await _count(call, None)


@endpoint("increaseContentShare", errors=Errors.HTTP)
async def increase_content_share(call: Call) -> Response[bytes]:
    return await _count(call, "title_shares")


@endpoint("increaseContentDownload", errors=Errors.HTTP)
async def increase_content_download(call: Call) -> Response[bytes]:
    return await _count(call, "title_downloads")


async def _episode_count(call: Call) -> Response[bytes]:
    await reader(call).require_visible_episode(await call.episode_id("episode_id"), None)
    return answer("Count increased successfully")


@endpoint("increaseEpisodeView", errors=Errors.HTTP)
async def increase_episode_view(call: Call) -> Response[bytes]:
    """Acknowledged only: episode views are counted by playback."""
    return await _episode_count(call)


@endpoint("increaseEpisodeDownload", errors=Errors.HTTP)
async def increase_episode_download(call: Call) -> Response[bytes]:
    """Acknowledged only: we keep no per-episode download count yet."""
    return await _episode_count(call)


ROUTES = [
    fetch_settings,
    fetch_home,
    fetch_content_details,
    search_content,
    content_by_category,
    contents_by_category,
    contents_by_genre,
    content_by_ids,
    fetch_contents_by_ids,
    fetch_actor_details,
    increase_content_view,
    increase_content_share,
    increase_content_download,
    increase_episode_view,
    increase_episode_download,
]
