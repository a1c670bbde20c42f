"""``GET /home`` (shared, public, cached bytes) and ``GET /profiles/{id}/home`` (personal, private)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qsl

from litestar import MediaType, Request, Response, Router, get
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import QueryParameter
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer, authenticated, provide_viewer
from vuga.accounts.dependencies import profile_service
from vuga.core.cache import (
    NEAR_CACHE_KEY,
    PERSONAL,
    HttpCaching,
    accepts,
    cached_response,
    documented,
)
from vuga.core.http import PathId, provide_reader
from vuga.core.maturity import Maturity
from vuga.core.ratelimit import CACHED, rate_cost
from vuga.home.schemas import Home
from vuga.home.schemas import PersonalHome as PersonalHomeOut
from vuga.home.service import PersonalHome, SharedHome, shared_home_key


def provide_shared_home(state: State) -> SharedHome:
    shared: SharedHome = state.shared_home
    return shared


def provide_personal_home(reader: NamedDependency[AsyncSession], state: State) -> PersonalHome:
    return PersonalHome(
        state.database, reader, profile_service(reader, state), state.media_urls, state.shared_home
    )


def shared_home_key_of(_: int | None, query_string: bytes) -> str | None:
    """The cache key ``shared_home`` would use, when the query is one it recognises as valid."""
    if not query_string:
        return shared_home_key(None)
    query = parse_qsl(query_string.decode("latin-1"))
    if len(query) != 1 or query[0][0] != "max_maturity" or query[0][1] not in MATURITY_VALUES:
        return None  # anything else goes to the handler, which validates it
    return shared_home_key(Maturity(query[0][1]))


MATURITY_VALUES = frozenset(maturity.value for maturity in Maturity)


@get(
    "/home",
    summary="The home page: featured titles, top 10, new releases and a rail per genre",
    responses=documented(Home),
    # A hit in this process's near cache is answered in front of the router (vuga.core.cache.shortcut).
    opt={NEAR_CACHE_KEY: shared_home_key_of, **rate_cost(CACHED)},
)
async def shared_home(
    request: Request[Any, Any, Any],
    shared: NamedDependency[SharedHome],
    state: State,
    max_maturity: Annotated[
        Maturity | None, QueryParameter(description="Only titles rated at or below this (a kids' app).")
    ] = None,
) -> Response[bytes]:
    http_cache: HttpCaching = state.http_caching
    return cached_response(request, await shared.body(max_maturity), http_cache.public)


@get(
    "/profiles/{profile_id:int}/home",
    summary="A profile's home: continue watching, my list, because you watched, then the shared rails",
    cache_control=PERSONAL,
    guards=[authenticated],
    dependencies={
        "reader": Provide(provide_reader),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "personal": Provide(provide_personal_home, sync_to_thread=False),
    },
    responses=documented(PersonalHomeOut),
    security=[{"BearerToken": []}],
)
async def personal_home(
    request: Request[Any, Any, Any],
    personal: NamedDependency[PersonalHome],
    viewer: NamedDependency[Viewer],
    profile_id: PathId,
) -> Response[bytes]:
    body = await personal.body(viewer, profile_id)
    headers = {"Vary": "Accept-Encoding"}  # Cache-Control: the route's declared PERSONAL
    if accepts(request.headers.get("accept-encoding", ""), "gzip"):
        # Gzip even for clients that prefer brotli: only the profile's own rails are compressed per request,
        # the shared rails were deflated once per version. Brotli of the whole body would halve the bytes
        # (about 5 KB less) for 1.7 ms more of CPU per request, 12% of this route's server time in the
        # benchmark suite (bench/personal_home_encoding.py, BENCHMARKS.md): on a video platform the core is
        # the scarcer of the two.
        headers["Content-Encoding"] = "gzip"
        return Response(body.gzip(), media_type=MediaType.JSON, headers=headers)
    return Response(body.identity(), media_type=MediaType.JSON, headers=headers)


home_router = Router(
    path="/",
    route_handlers=[shared_home, personal_home],
    dependencies={"shared": Provide(provide_shared_home, sync_to_thread=False)},
    tags=["home"],
)
