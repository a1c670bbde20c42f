"""Answering the hottest public GETs straight from the near cache, before the framework does any work.

On the home page a cache hit is still most of a request's cost in the framework: routing, dependencies,
calling the handler, building a response object. A route opts in by naming, in its handler's ``opt``, how to
compute its cache key from its one integer path parameter (if it has one) and the query string
(``NEAR_CACHE_KEY``); this ASGI layer, in front of the router (``vuga.core.front``), looks the body up in this
process's near cache and sends the bytes itself.
Anything it cannot answer (no near entry, a stale one that needs a rebuild, a query it does not recognise)
goes on to the handler unchanged, so the two always agree.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from litestar import Litestar
from litestar.routes import HTTPRoute
from litestar.types import HTTPResponseBodyEvent, HTTPResponseStartEvent, HTTPScope, Receive, Send

from vuga.core.cache.bodies import ResponseCache
from vuga.core.cache.entries import CachedBody
from vuga.core.cache.http import HttpCaching, raw_cached_reply
from vuga.core.headers import cross_origin
from vuga.core.http import HttpApp, IdPath

# From the request's id (None for a fixed path; within the route's bounds) and its query string to its cache
# storage key, or None to leave the request to the handler.
KeyOf = Callable[[int | None, bytes], str | None]

# The handler ``opt`` entry that opts a GET route in: its ``KeyOf``.
NEAR_CACHE_KEY = "near_cache_key"


@dataclass(frozen=True, slots=True)
class NearRoute:
    """A GET route that opted in: its fixed path, or its path around its one id, and its ``KeyOf``."""

    template: str  # the route as the router names it, for the metrics
    fixed_path: str | None
    id_path: IdPath | None
    key_of: KeyOf

    def key(self, path: str, query_string: bytes) -> str | None:
        """The cache key of a request for ``path``, when the path is this route's."""
        if self.id_path is None:
            return self.key_of(None, query_string) if path == self.fixed_path else None
        found = self.id_path.id_in(path)
        return self.key_of(found, query_string) if found is not None else None


def near_cache_routes(app: Litestar) -> tuple[dict[str, NearRoute], list[NearRoute]]:
    """Every GET route that opted in: those of fixed paths by path, and those with one id (``PathId``),
    matched around it. A hit is found before any routing, so no other shape can opt in."""
    fixed: dict[str, NearRoute] = {}
    with_id: list[NearRoute] = []
    for route in app.routes:
        if not isinstance(route, HTTPRoute):
            continue
        for handler in route.route_handlers:
            key_of = handler.opt.get(NEAR_CACHE_KEY)
            if key_of is None or "GET" not in handler.http_methods:
                continue
            if route.path_parameters:
                id_path = IdPath.of(route)
                with_id.append(NearRoute(id_path.template, None, id_path, key_of))
            else:
                fixed[route.path] = NearRoute(route.path, route.path, None, key_of)
    return fixed, with_id


class NearCacheAnswers:
    """The ASGI layer: a fresh near-cache hit for an opted-in route is answered here, anything else passes."""

    def __init__(self, app: HttpApp) -> None:
        self.app = app
        # Found on the first request, once the app is built.
        self._routes: tuple[dict[str, NearRoute], list[NearRoute]] | None = None

    async def __call__(self, scope: HTTPScope, receive: Receive, send: Send) -> None:
        hit = self._fresh_hit(scope)
        if hit is None:
            await self.app(scope, receive, send)
            return
        route, body = hit
        litestar: Litestar = scope["app"]
        scope["path_template"] = route.template  # for the metrics: the route as the router names it
        caching: HttpCaching = litestar.state.http_caching
        if_none_match, accept_encoding = None, ""
        for name, value in scope["headers"]:
            if name == b"if-none-match":
                if_none_match = value.decode("latin-1")
            elif name == b"accept-encoding":
                accept_encoding = value.decode("latin-1")
        status, headers, content = raw_cached_reply(body, caching.public, if_none_match, accept_encoding)
        start: HTTPResponseStartEvent = {"type": "http.response.start", "status": status, "headers": headers}
        answer: HTTPResponseBodyEvent = {"type": "http.response.body", "body": content, "more_body": False}
        await send(start)
        await send(answer)

    def _fresh_hit(self, scope: HTTPScope) -> tuple[NearRoute, CachedBody] | None:
        if scope["method"] != "GET" or cross_origin(scope):
            return None
        litestar: Litestar = scope["app"]
        if self._routes is None:
            self._routes = near_cache_routes(litestar)
        cache: ResponseCache | None = getattr(litestar.state, "response_cache", None)  # none before start-up
        if cache is None or cache.near is None:
            return None
        fixed, with_id = self._routes
        path, query_string = scope["path"], scope["query_string"]
        route = fixed.get(path)
        candidates = [route] if route is not None else with_id
        for candidate in candidates:
            key = candidate.key(path, query_string)
            if key is not None:
                body = cache.near.get(key)
                return (candidate, body) if body is not None and body.fresh_until >= time.time() else None
        return None
