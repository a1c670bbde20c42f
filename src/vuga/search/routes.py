"""Public search endpoints (no authentication; ``?profile_id=`` with a bearer token applies that profile's
maturity ceiling). First pages and type-ahead answers come from the response cache as ready bytes."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from litestar import Request, Response, Router, get
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import FromQuery, QueryParameter
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Authenticator
from vuga.accounts.dependencies import profile_service
from vuga.catalog.models import TitleKind
from vuga.catalog.schemas import GenreParam, LanguageParam, MaxMaturityParam, TitleSummary, YearParam
from vuga.catalog.service import GenreRef
from vuga.core.bounds import MAX_ID
from vuga.core.cache import HttpCaching, cached_response, documented, json_response
from vuga.core.http import bearer_token, provide_reader
from vuga.core.maturity import Maturity
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page
from vuga.core.ratelimit import SEARCH, SUGGEST, charge_build, rate_cost
from vuga.search.query import MAX_QUERY_LENGTH
from vuga.search.schemas import SuggestionOut
from vuga.search.service import SearchPages, SearchRequest, SearchService

Search = NamedDependency[SearchService]
QueryText = Annotated[
    str,
    QueryParameter(
        max_length=MAX_QUERY_LENGTH,
        description=f"What to look for, at most {MAX_QUERY_LENGTH} characters (the first 10 words count). "
        'Words must all match; `"a phrase"`, `this or that` and `-excluded` work as in web search engines; '
        "every other character is plain text.",
    ),
]
ProfileParam = Annotated[
    int | None,
    QueryParameter(
        ge=1,
        le=MAX_ID,
        description="Search as this profile of the caller (needs a bearer token): titles above its maturity "
        "ceiling are left out.",
    ),
]


def provide_search(reader: NamedDependency[AsyncSession], state: State) -> SearchService:
    return SearchService.for_session(reader, state.media_urls)


def provide_search_pages(state: State) -> SearchPages:
    pages: SearchPages = state.search_pages
    return pages


async def ceiling(
    request: Request[Any, Any, Any],
    reader: AsyncSession,
    profile_id: int | None,
    max_maturity: Maturity | None,
) -> Maturity | None:
    """The stricter of ``max_maturity`` and the profile's ceiling (404 for a profile not the caller's)."""
    if profile_id is None:
        return max_maturity
    authenticator: Authenticator = request.app.state.authenticator
    viewer = await authenticator.authenticate(bearer_token(request.scope))
    profile = await profile_service(reader, request.app.state).ceiling(viewer, profile_id)
    given = [rating for rating in (max_maturity, profile) if rating is not None]
    return min(given, key=lambda rating: rating.min_age)


def cache_control(state: State, profile_id: int | None) -> str:
    """Public for anonymous searches; a profile's results are for that viewer alone."""
    http_cache: HttpCaching = state.http_caching
    return http_cache.for_viewer(personal=profile_id is not None)


@get(
    "/search",
    summary="Titles matching a query, best first, with the catalog filters, a page at a time",
    responses=documented(Page[TitleSummary]),
    opt=rate_cost(SEARCH),
)
async def search_titles(
    request: Request[Any, Any, Any],
    reader: NamedDependency[AsyncSession],
    search: Search,
    pages: NamedDependency[SearchPages],
    q: QueryText,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
    kind: FromQuery[TitleKind | None] = None,
    genre: GenreParam = None,
    language: LanguageParam = None,
    year_from: YearParam = None,
    year_to: YearParam = None,
    max_maturity: MaxMaturityParam = None,
    profile_id: ProfileParam = None,
) -> Response[bytes]:
    query = SearchRequest(
        q=q,
        kind=kind,
        genre=GenreRef.parse(genre) if genre else None,
        language=language,
        year_from=year_from,
        year_to=year_to,
        max_maturity=await ceiling(request, reader, profile_id, max_maturity),
    )
    if cursor is None:
        body = await pages.first_page(query, limit)
        return cached_response(request, body, cache_control(request.app.state, profile_id))
    await charge_build()  # later pages are searched for each request
    page = await search.search(query, cursor, limit)
    return json_response(request, msgspec.json.encode(page), cache_control(request.app.state, profile_id))


@get(
    "/search/suggest",
    summary="Type-ahead: up to 10 titles and people whose names start with the query",
    responses=documented(Page[SuggestionOut]),
    opt=rate_cost(SUGGEST),
)
async def suggest(
    request: Request[Any, Any, Any],
    reader: NamedDependency[AsyncSession],
    pages: NamedDependency[SearchPages],
    q: QueryText,
    max_maturity: MaxMaturityParam = None,
    profile_id: ProfileParam = None,
) -> Response[bytes]:
    body = await pages.suggestions(q, await ceiling(request, reader, profile_id, max_maturity))
    return cached_response(request, body, cache_control(request.app.state, profile_id))


search_router = Router(
    path="/",
    route_handlers=[search_titles, suggest],
    dependencies={
        "reader": Provide(provide_reader),
        "search": Provide(provide_search, sync_to_thread=False),
        "pages": Provide(provide_search_pages, sync_to_thread=False),
    },
    tags=["search"],
)
