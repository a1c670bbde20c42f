"""Public catalog endpoints (no authentication): genres, languages, browse, title detail, episodes, people.

Genres, languages, browse first pages, title details and people come from the response cache as
pre-compressed bytes with a strong ETag; anonymous ones are public (a CDN may keep them), ones browsed as a
profile are private.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

import msgspec
from litestar import Request, Response, Router, get
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import FromQuery, PathParameter, QueryParameter
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Authenticator
from vuga.accounts.dependencies import profile_service
from vuga.accounts.service import ProfileService
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
from vuga.core.bounds import MAX_ID
from vuga.core.cache import NEAR_CACHE_KEY, HttpCaching, cached_response, documented, json_response
from vuga.core.http import PathId, bearer_token, provide_reader
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page
from vuga.core.ratelimit import CACHED, charge_build, rate_cost

Catalog = NamedDependency[CatalogReader]
Pages = NamedDependency[CatalogPages]
HttpCache = NamedDependency[HttpCaching]


ProfileParam = Annotated[
    int | None,
    QueryParameter(
        ge=1,
        le=MAX_ID,
        description="Browse as this profile of the caller (needs a bearer token): titles above its maturity "
        "ceiling are left out, and are 404 on their own pages.",
    ),
]


@dataclass(frozen=True, slots=True)
class BrowsingProfile:
    """The profile a request browses as (``?profile_id=``), checked when the handler asks for its ceiling.

    Resolved in the handler rather than as a dependency, so that a refusal (no token, another account's
    profile) is raised where the request's database session is cleaned up.
    """

    profile_id: int | None
    token: str | None
    authenticator: Authenticator
    profiles: ProfileService

    async def ceiling(self) -> Maturity | None:
        if self.profile_id is None:
            return None
        viewer = await self.authenticator.authenticate(self.token)
        return await self.profiles.ceiling(viewer, self.profile_id)

    def cache_control(self, http_cache: HttpCaching) -> str:
        """Public for anonymous browsing; a profile's view is for that viewer alone."""
        return http_cache.for_viewer(personal=self.profile_id is not None)


Browsing = NamedDependency[BrowsingProfile]


def provide_browsing_profile(
    request: Request[Any, Any, Any],
    state: State,
    reader: NamedDependency[AsyncSession],
    profile_id: ProfileParam = None,
) -> BrowsingProfile:
    return BrowsingProfile(
        profile_id=profile_id,
        token=bearer_token(request.scope),
        authenticator=state.authenticator,
        profiles=profile_service(reader, state),
    )


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
    # A hit in this process's near cache is answered in front of the router (vuga.core.cache.shortcut).
    opt={NEAR_CACHE_KEY: anonymous_title_key_of, **rate_cost(CACHED)},
)
async def get_title(
    request: Request[Any, Any, Any], pages: Pages, http_cache: HttpCache, browsing: Browsing, title_id: PathId
) -> Response[bytes]:
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
