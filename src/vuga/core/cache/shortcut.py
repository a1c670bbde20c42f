"""Answering the hottest public GETs straight from the near cache, before Litestar does any work.

On the home page a cache hit is still most of a request's cost in the framework: resolving dependencies,
calling the handler, building a response object. This middleware, put on such a route, looks the body up in
this process's near cache with a key computed from the request alone and sends the bytes itself; anything
it cannot answer (no near entry, a stale one that needs a rebuild, a query it does not recognise) goes on to
the handler unchanged, so the two always agree.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from litestar.enums import ScopeType
from litestar.middleware import ASGIMiddleware
from litestar.types import ASGIApp, HTTPResponseBodyEvent, HTTPResponseStartEvent, Receive, Scope, Send

from vuga.core.cache.http import HttpCaching, cached_reply
from vuga.core.cache.near import NearCache

# From the request's query string to its cache storage key, or None to leave the request to the handler.
KeyOf = Callable[[bytes], str | None]


class NearCacheShortcut(ASGIMiddleware):
    scopes = (ScopeType.HTTP,)

    def __init__(self, key_of: KeyOf) -> None:
        self.key_of = key_of

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        near: NearCache | None = scope["app"].state.response_cache.near
        is_get = scope.get("method") == "GET"
        key = self.key_of(scope["query_string"]) if near is not None and is_get else None
        body = near.get(key) if near is not None and key is not None else None
        if body is None or body.fresh_until < time.time():
            await next_app(scope, receive, send)
            return
        caching: HttpCaching = scope["app"].state.http_caching
        request_headers = dict(scope["headers"])
        if_none_match = request_headers.get(b"if-none-match")
        status, headers, content = cached_reply(
            body,
            caching.public,
            if_none_match.decode("latin-1") if if_none_match is not None else None,
            request_headers.get(b"accept-encoding", b"").decode("latin-1"),
        )
        if status == 200:
            headers["Content-Length"] = str(len(content))
        raw = [(name.lower().encode(), value.encode()) for name, value in headers.items()]
        start: HTTPResponseStartEvent = {"type": "http.response.start", "status": status, "headers": raw}
        answer: HTTPResponseBodyEvent = {"type": "http.response.body", "body": content, "more_body": False}
        await send(start)
        await send(answer)
