"""What every HTTP request crosses before the framework: its client's address (behind trusted proxies), its
id, security headers, log line and metrics, and, for the hottest public pages, an answer straight from this
process's near cache.

These are plain ASGI layers run in front of Litestar, not Litestar middleware. Litestar runs app middleware
per route, after routing and inside its own wrappers; on a cached home hit, that machinery and the generic
request-id and Prometheus middleware took most of the request's time (the py-spy profile in BENCHMARKS.md,
"Home page"). Here a near-cache hit costs one lookup and two sends, and the layers every request needs run
once each, with no framework objects built for them:

    forwarded client (when proxies are trusted) -> Observed -> NearCacheAnswers -> features' shortcuts
        -> Litestar's router -> the rate limit (route middleware: the route states its cost)

A near-cache hit costs nothing against the rate limit, so it needs no count; a shortcut answering a route
that does cost something charges it through the same limiter, with the route's own declared cost.

A feature may put a shortcut of its own in front of the router for a route too hot for the framework's
per-request work (the app lists them); like the near cache, it answers only what it can answer exactly as the
route would, and passes everything else on.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any, cast

import structlog
from litestar import Litestar
from litestar.types import HTTPScope, Message, Receive, Send

from vuga.core.headers import SecurityHeaders
from vuga.core.http import HttpApp, Layer
from vuga.core.logs import REQUEST_ID_HEADER, request_id_from
from vuga.core.metrics import http_request_started, record_http_request

logger = structlog.get_logger("vuga.http")

_ID_HEADER = REQUEST_ID_HEADER.encode()
# Paths whose traffic is not counted: the scrape itself, and static artwork (a CDN's job, unbounded paths).
_UNOBSERVED_PREFIXES = ("/metrics", "/media/")


class FrontedLitestar(Litestar):
    """Litestar with plain ASGI layers in front of its router for HTTP requests; lifespan and everything else
    go to Litestar as usual. ``front`` lists the layers outermost first."""

    def __init__(self, *, front: Sequence[Layer], **config: Any) -> None:
        super().__init__(**config)
        app = cast(HttpApp, super().__call__)  # Litestar's own entry point, for HTTP requests only
        for layer in reversed(front):
            app = layer(app)
        self._fronted = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            scope["app"] = scope["litestar_app"] = self  # the layers read the app's state
            await self._fronted(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)


class Observed:
    """Gives every request an id (the client's ``X-Request-ID`` when sane, else a new one), binds it to every
    log line of the request, echoes it in the response with the security headers (``vuga.core.headers``),
    counts the request in the HTTP metrics by route template (``unmatched`` for paths no route knows: never
    a raw path) and writes the access log line. Outermost, so whichever layer answers, its response gets
    them all."""

    def __init__(self, app: HttpApp, access_log: bool, security: SecurityHeaders) -> None:
        self.app = app
        self.access_log = access_log
        self.security = security

    async def __call__(self, scope: HTTPScope, receive: Receive, send: Send) -> None:
        request_id = request_id_from(scope["headers"])
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id)
        observed = not scope["path"].startswith(_UNOBSERVED_PREFIXES)
        finished = http_request_started(scope["method"]) if observed else None
        id_header = (_ID_HEADER, request_id.encode())
        security = self.security.for_path(scope["path"])
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message = {**message, "headers": [*message.get("headers", ()), id_header, *security]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            route = scope.get("path_template") or "unmatched"
            if finished is not None:
                finished()
                record_http_request(scope["method"], route, status, seconds)
            if self.access_log:
                logger.info(
                    "request",
                    method=scope["method"],
                    route=route,
                    status=status,
                    duration_ms=round(seconds * 1000, 2),
                )
            structlog.contextvars.clear_contextvars()


def observed(access_log: bool, security: SecurityHeaders) -> Layer:
    return lambda app: Observed(app, access_log, security)
