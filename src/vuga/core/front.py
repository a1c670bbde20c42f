"""What every HTTP request crosses before the framework: its client's address (behind trusted proxies), its
id, security headers, log line and metrics, and, for the routes that declare it, an answer without the
framework's per-request work.

These are plain ASGI layers run in front of Litestar, not Litestar middleware. Litestar runs app middleware
per route, after routing and inside its own wrappers; on a cached home hit, that machinery and the generic
request-id and Prometheus middleware took most of the request's time (the py-spy profile in BENCHMARKS.md,
"Home page"). Here a near-cache hit costs one lookup and two sends, and the layers every request needs run
once each, with no framework objects built for them. Outermost first:

    forwarded client (only when proxies are trusted: vuga.core.proxies)
    -> Observed: request id, security headers, access log and metrics, on every answer below it
    -> FrontPaths: the routes that declare a FrontPath in their own metadata (vuga.core.front_paths):
       public near-cache hits, and writes handed to a feature's intake (heartbeats)
    -> Litestar's router -> the rate limit (route middleware: each route states its cost) -> the handler

There is one mechanism for answering in front of the router, and a route opts in by its own declaration:
no feature adds a layer of its own. What ``FrontPaths`` cannot answer exactly as the route would, it passes
on unchanged. It charges a route's declared cost through the same limiter as the router, and only a route
whose requests cost something up front pays there (a near-cache hit of a cached route costs nothing, so it
is not counted). ``FrontedLitestar.bypassing`` gives the same app without one layer, which is how the
conformance test compares the front's answers with the router's.
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
        self._front = tuple(front)
        self._fronted = self._built(self._front)

    def _built(self, front: Sequence[Layer]) -> HttpApp:
        app = cast(HttpApp, super().__call__)  # Litestar's own entry point, for HTTP requests only
        for layer in reversed(front):
            app = layer(app)
        return app

    def bypassing(self, layer: Layer) -> HttpApp:
        """This app's HTTP entry point with ``layer`` left out of the front: the same routes, state and other
        layers, for comparing what a layer answers with what the router behind it would."""
        app = self._built([kept for kept in self._front if kept is not layer])

        async def bypassed(scope: HTTPScope, receive: Receive, send: Send) -> None:
            scope["app"] = scope["litestar_app"] = self
            await app(scope, receive, send)

        return bypassed

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
