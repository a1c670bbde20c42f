"""Public catalog endpoints (no authentication): genres, languages, browse, title detail, episodes, people.

Genres, languages, browse first pages, title details and people come from the response cache as
pre-compressed bytes with a strong ETag; anonymous ones are public (a CDN may keep them), ones browsed as a
profile are private.
"""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from litestar import Request, Response, Router, get
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import FromQuery, PathParameter
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.browsing import Browsing, provide_browsing_profile
from vuga.catalog.models import TitleKind
from vuga.catalog.schemas import (
    EpisodeOut,
    GenreOut,
    GenreParam,
    LanguageOut,
    LanguageParam,
    MaxMaturityParam,
    PersonOut,
    TitleDetail,
    TitleSort,
    TitleSummary,
    YearParam,
)
from vuga.catalog.service import BrowseQuery, CatalogPages, CatalogReader, GenreRef, title_page_key
from vuga.core.cache import HttpCaching, cached_response, documented, json_response
from vuga.core.front_paths import FrontPath, front_path
from vuga.core.http import PathId, provide_reader
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page
from vuga.core.ratelimit import CACHED, charge_build, rate_cost

Catalog = NamedDependency[CatalogReader]
Pages = NamedDependency[CatalogPages]
HttpCache = NamedDependency[HttpCaching]


def strictest(*ratings: Maturity | None) -> Maturity | None:
    given = [rating for rating in ratings if rating is not None]
    return min(given, key=lambda rating: rating.min_age) if given else None


def provide_catalog_reader(reader: NamedDependency[AsyncSession], state: State) -> CatalogReader:
    media: MediaUrls = state.media_urls
    return CatalogReader.for_session(reader, media)


def provide_catalog_pages(state: State) -> CatalogPages:
    pages: CatalogPages = state.catalog_pages
    return pages


def provide_http_caching(state: State) -> HttpCaching:
    http_cache: HttpCaching = state.http_caching
    return http_cache


@get(
    "/genres",
    summary="All genres, in display order",
    responses=documented(Page[GenreOut]),
    opt=rate_cost(CACHED),
)
async def list_genres(
    request: Request[Any, Any, Any], pages: Pages, http_cache: HttpCache
) -> Response[bytes]:
    """Every genre with its id, slug and name. Public and cached: `Cache-Control` and a strong `ETag` (a 304
    for `If-None-Match`); answered from the cache, it costs nothing against the rate limit.
    """
    return cached_response(request, await pages.genres(), http_cache.public)


@get(
    "/languages",
    summary="All catalog languages",
    responses=documented(Page[LanguageOut]),
    opt=rate_cost(CACHED),
)
async def list_languages(
    request: Request[Any, Any, Any], pages: Pages, http_cache: HttpCache
) -> Response[bytes]:
    """Every language titles are in, by code and name. Public and cached: `Cache-Control` and a strong `ETag`
    (a 304 for `If-None-Match`); answered from the cache, it costs nothing against the rate limit.
    """
    return cached_response(request, await pages.languages(), http_cache.public)


@get(
    "/titles",
    summary="Browse published titles with filters, sorted, a page at a time",
    responses=documented(Page[TitleSummary]),
    opt=rate_cost(CACHED),
)
async def browse_titles(
    request: Request[Any, Any, Any],
    catalog: Catalog,
    pages: Pages,
    http_cache: HttpCache,
    browsing: Browsing,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
    sort: FromQuery[TitleSort] = TitleSort.POPULAR,
    kind: FromQuery[TitleKind | None] = None,
    genre: GenreParam = None,
    language: LanguageParam = None,
    year_from: YearParam = None,
    year_to: YearParam = None,
    max_maturity: MaxMaturityParam = None,
) -> Response[bytes]:
    """Published titles, `limit` at a time (20 by default, 100 at most); pass `next_cursor` back as `cursor`
    for the next page. Filter by kind, genre (id or slug; an unknown one is a 422), language, release
    years and maturity; with `profile_id` (and the account's token) the profile's ceiling applies and
    the answer is private. First pages are cached and public.
    """
    query = BrowseQuery(
        sort=sort,
        kind=kind,
        genre=GenreRef.parse(genre) if genre else None,
        language=language,
        year_from=year_from,
        year_to=year_to,
        max_maturity=strictest(max_maturity, await browsing.ceiling()),
    )
    cache_control = browsing.cache_control(http_cache)
    if cursor is None:  # first pages are what nearly every viewer asks for: they are cached
        return cached_response(request, await pages.browse_first_page(query, limit), cache_control)
    await charge_build()  # later pages are built for each request
    page = await catalog.browse(query, cursor, limit)
    return json_response(request, msgspec.json.encode(page), cache_control)


def anonymous_title_key_of(title_id: int | None, query_string: bytes) -> str | None:
    """The cache key ``get_title`` uses for an anonymous request; a profile's view (``?profile_id=``) or any
    other query goes to the handler, which checks it."""
    if query_string or title_id is None:
        return None
    return title_page_key(title_id, None).storage_key


@get(
    "/titles/{title_id:int}",
    summary="One title with credits, seasons, sources and related titles",
    responses=documented(TitleDetail),
    # A hit in this process's near cache is answered in front of the router (vuga.core.front_paths).
    opt={**front_path(FrontPath.near_cached("title", anonymous_title_key_of)), **rate_cost(CACHED)},
)
async def get_title(
    request: Request[Any, Any, Any], pages: Pages, http_cache: HttpCache, browsing: Browsing, title_id: PathId
) -> Response[bytes]:
    """A published title's detail: genres, credits, seasons, playable sources, subtitles, trailers and related
    titles. A title not published, or above the ceiling of the `profile_id` given, is a 404 like one
    that does not exist. Public and cached: `Cache-Control` and a strong `ETag` (a 304 for `If-None-
    Match`); answered from the cache, it costs nothing against the rate limit.
    """
    body = await pages.title(title_id, await browsing.ceiling())
    return cached_response(request, body, browsing.cache_control(http_cache))


@get(
    "/titles/{title_id:int}/seasons/{number:int}/episodes",
    summary="The episodes of one season of a series, in order",
)
async def list_episodes(
    catalog: Catalog,
    browsing: Browsing,
    title_id: PathId,
    number: Annotated[int, PathParameter(ge=0, le=1000)],
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Page[EpisodeOut]:
    """The episodes of season `number` of a published series, in order, a page at a time; 404 when the title
    is not visible to the caller.
    """
    return await catalog.episodes(title_id, number, cursor, limit, await browsing.ceiling())


@get(
    "/people/{person_id:int}",
    summary="A person with the titles they are credited on",
    responses=documented(PersonOut),
    opt=rate_cost(CACHED),
)
async def get_person(
    request: Request[Any, Any, Any],
    pages: Pages,
    http_cache: HttpCache,
    browsing: Browsing,
    person_id: PathId,
) -> Response[bytes]:
    """A person with the published titles they are credited on (within the ceiling of `profile_id`, when
    given). Public and cached: `Cache-Control` and a strong `ETag` (a 304 for `If-None-Match`);
    answered from the cache, it costs nothing against the rate limit.
    """
    body = await pages.person(person_id, await browsing.ceiling())
    return cached_response(request, body, browsing.cache_control(http_cache))


catalog_router = Router(
    path="/",
    route_handlers=[list_genres, list_languages, browse_titles, get_title, list_episodes, get_person],
    dependencies={
        "reader": Provide(provide_reader),
        "catalog": Provide(provide_catalog_reader, sync_to_thread=False),
        "browsing": Provide(provide_browsing_profile, sync_to_thread=False),
        "pages": Provide(provide_catalog_pages, sync_to_thread=False),
        "http_cache": Provide(provide_http_caching, sync_to_thread=False),
    },
    tags=["catalog"],
)
