"""Answering the hottest public GETs straight from the near cache, before the framework does any work.

On the home page a cache hit is still most of a request's cost in the framework: routing, dependencies,
calling the handler, building a response object. A route opts in by naming, in its handler's ``opt``, how to
compute its cache key from the query string alone (``NEAR_CACHE_KEY``); this ASGI layer, in front of the
router (``vuga.core.front``), looks the body up in this process's near cache and sends the bytes itself.
Anything it cannot answer (no near entry, a stale one that needs a rebuild, a query it does not recognise)
goes on to the handler unchanged, so the two always agree.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from litestar import Litestar
from litestar.routes import HTTPRoute
from litestar.types import HTTPResponseBodyEvent, HTTPResponseStartEvent, HTTPScope, Receive, Send

from vuga.core.cache.bodies import CachedBody, ResponseCache
from vuga.core.cache.http import HttpCaching, raw_cached_reply
from vuga.core.http import HttpApp

# From the request's query string to its cache storage key, or None to leave the request to the handler.
KeyOf = Callable[[bytes], str | None]

# The handler ``opt`` entry that opts a GET route in: its ``KeyOf``.
NEAR_CACHE_KEY = "near_cache_key"


def near_cache_routes(app: Litestar) -> dict[str, KeyOf]:
    """Path → key function of every GET route that opted in. Only fixed paths can: a hit is found by the
    exact path, before any routing."""
    found: dict[str, KeyOf] = {}
    for route in app.routes:
        if not isinstance(route, HTTPRoute):
            continue
        for handler in route.route_handlers:
            key_of = handler.opt.get(NEAR_CACHE_KEY)
            if key_of is None or "GET" not in handler.http_methods:
                continue
            if route.path_parameters:
                raise ValueError(f"{route.path}: a route with path parameters cannot use {NEAR_CACHE_KEY}")
            found[route.path] = key_of
    return found


class NearCacheAnswers:
    """The ASGI layer: a fresh near-cache hit for an opted-in route is answered here, anything else passes."""

    def __init__(self, app: HttpApp) -> None:
        self.app = app
        self._routes: dict[str, KeyOf] | None = None  # found on the first request, once the app is built

    async def __call__(self, scope: HTTPScope, receive: Receive, send: Send) -> None:
        body = self._fresh_hit(scope)
        if body is None:
            await self.app(scope, receive, send)
            return
        litestar: Litestar = scope["app"]
        scope["path_template"] = scope["path"]  # for the metrics: the route as the router would name it
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

    def _fresh_hit(self, scope: HTTPScope) -> CachedBody | None:
        litestar: Litestar = scope["app"]
        if self._routes is None:
            self._routes = near_cache_routes(litestar)
        key_of = self._routes.get(scope["path"]) if scope["method"] == "GET" else None
        cache: ResponseCache | None = getattr(litestar.state, "response_cache", None)  # none before start-up
        if key_of is None or cache is None or cache.near is None:
            return None
        key = key_of(scope["query_string"])
        body = cache.near.get(key) if key is not None else None
        return body if body is not None and body.fresh_until >= time.time() else None
