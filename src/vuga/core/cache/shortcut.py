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

from vuga.core.cache.bodies import preferred_encoding
from vuga.core.cache.http import HttpCaching, etag_matches
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
        headers = dict(scope["headers"])
        response_headers = [
            (b"etag", body.etag.encode()),
            (b"cache-control", caching.public.encode()),
            (b"vary", b"Accept-Encoding"),
        ]
        if etag_matches(headers.get(b"if-none-match", b"").decode("latin-1"), body.etag):
            await self._send(send, 304, response_headers, b"")
            return
        encoding = preferred_encoding(headers.get(b"accept-encoding", b"").decode("latin-1"))
        content = body.brotli if encoding == "br" else body.gzip if encoding == "gzip" else body.identity
        response_headers += [
            (b"content-type", b"application/json"),
            (b"content-length", b"%d" % len(content)),
        ]
        if encoding is not None:
            response_headers.append((b"content-encoding", encoding.encode()))
        await self._send(send, 200, response_headers, content)

    @staticmethod
    async def _send(send: Send, status: int, headers: list[tuple[bytes, bytes]], content: bytes) -> None:
        start: HTTPResponseStartEvent = {"type": "http.response.start", "status": status, "headers": headers}
        body: HTTPResponseBodyEvent = {"type": "http.response.body", "body": content, "more_body": False}
        await send(start)
        await send(body)
