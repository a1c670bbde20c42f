"""Routes answered in front of the router: each declares it in its own metadata, one layer answers them all.

On the hottest requests the framework's per-request work is most of their cost: routing, the request object,
guards and dependencies, the body parser, the response object (the py-spy profiles in BENCHMARKS.md, "Home
page" and "Heartbeats"). A route whose answer can be given exactly without that work says so in its
handler's ``opt``, with one ``FrontPath`` (``opt=front_path(FrontPath.near_cached(...))``):

- what it answers and for whom. ``near_cached``: a public GET, answered with the bytes of this process's
  near cache (``vuga.core.cache.near``) under the key its ``key_of`` gives for the request's id and query
  string, or None for a request it leaves to the handler (a profile's view, an unknown parameter). Public
  only: what the near cache holds is the same for every caller, so it needs no caller. It is invalidated as
  the near cache is, by the store generation its watcher reads: an admin write reaches every process's
  near cache within the check interval. ``accepting``: a write whose body, up to ``max_body`` bytes, is
  handed whole to the feature's ``accept``, answered with the handler's own (empty) status once it returns;
- which caller it needs: ``caller`` turns the bearer token into the caller (``vuga.accounts.auth``: a live
  session, the same check as the route's guard) or refuses, before ``accept`` runs;
- what it costs: the route's own ``rate_cost`` (``vuga.core.ratelimit``), charged here only when it
  charges anything up front, so a near-cache hit of a cached route costs no count and no await.

``FrontPaths``, in front of the router (``vuga.core.front``), finds the declarations in the route table at
the first request: a dictionary by method and fixed path, and for paths with one id the route's
``IdPath`` matcher. A request that matches none, a cross-origin one (the router adds the CORS headers), a
near-cache miss or a stale entry, and every refusal (``VugaError`` from the caller or ``accept``, a body
that does not decode) go on to the router unchanged, with the body already read put back in front, so the
router gives its own answer and its own checks; the two paths cannot disagree (``tests/test_front_paths``
compares them over the route table). A failure of an accepted write is answered here with the problem the
router would send (503 when the database pool has no free connection, else 500), never handed on: the
router would write it a second time, doubling the write load while the database struggles. Failures are
logged and counted (``vuga_front_errors_total``: ``write`` for the database's, ``bug`` for the rest).

The layer knows only the declarations' shape: the features' logic (decoding a heartbeat, its intake) stays
in the features and is reached through the callables they declare.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, cast

import msgspec
from litestar import Litestar
from litestar.datastructures import State
from litestar.routes import HTTPRoute
from litestar.types import HTTPRequestEvent, HTTPScope, Receive, ReceiveMessage, Send
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError

from vuga.core.cache.bodies import ResponseCache
from vuga.core.cache.entries import CachedBody
from vuga.core.cache.http import HttpCaching, raw_cached_reply
from vuga.core.errors import PROBLEM_MEDIA_TYPE, Problem, VugaError
from vuga.core.headers import cross_origin
from vuga.core.http import HttpApp, IdPath, bearer_token
from vuga.core.metrics import record_front_error
from vuga.core.ratelimit import CHARGED, DEFAULT_COST, RATE_COST, Cost, Decision, RateLimiter

logger = logging.getLogger("vuga.front")

# From the request's id (None for a fixed path; within the route's bounds) and its query string to its near
# cache key, or None to leave the request to the handler.
KeyOf = Callable[[int | None, bytes], str | None]
# From the app's state and the request's bearer token (None without one) to its caller; raises a
# ``VugaError`` (401) to refuse.
Caller = Callable[[State, str | None], Awaitable[object]]
# Takes a write: the app's state, the caller (None when the route needs none), the request's id and its
# body. Raises a ``VugaError`` or ``msgspec.DecodeError`` to refuse (the router answers), anything else fails.
Accept = Callable[[State, Any, int | None, bytes], Awaitable[None]]

# The handler ``opt`` entry that declares a route's ``FrontPath``.
FRONT_PATH = "front_path"
DEFAULT_MAX_BODY = 4096
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

# Status, headers and body of an answer given here.
Answer = tuple[int, list[tuple[bytes, bytes]], bytes]


@dataclass(frozen=True, slots=True)
class FrontPath:
    """What the layer in front of the router may answer for a route (see the module docstring). Made with
    ``near_cached`` or ``accepting``."""

    name: str  # the route's name in the logs and the front errors metric
    key_of: KeyOf | None = None
    accept: Accept | None = None
    caller: Caller | None = None
    max_body: int = DEFAULT_MAX_BODY

    def __post_init__(self) -> None:
        if (self.key_of is None) == (self.accept is None):
            raise ValueError(f"{self.name}: a front path answers from the near cache or accepts a body")
        if self.key_of is not None and self.caller is not None:
            raise ValueError(f"{self.name}: near-cache answers are public and need no caller")

    @classmethod
    def near_cached(cls, name: str, key_of: KeyOf) -> FrontPath:
        return cls(name, key_of=key_of)

    @classmethod
    def accepting(
        cls, name: str, accept: Accept, *, caller: Caller | None = None, max_body: int = DEFAULT_MAX_BODY
    ) -> FrontPath:
        return cls(name, accept=accept, caller=caller, max_body=max_body)


def front_path(declared: FrontPath) -> dict[str, Any]:
    """A handler's ``opt`` declaring its front path: ``opt=front_path(FrontPath.near_cached(...))``."""
    return {FRONT_PATH: declared}


@dataclass(frozen=True, slots=True)
class FrontRoute:
    """A declared route as the layer serves it: its declaration, where it is, what it costs and answers."""

    declared: FrontPath
    key_of: KeyOf | None  # the declaration's, here for the hit path: one attribute less to read
    method: str
    template: str  # the route as the router names it, for the metrics
    id_path: IdPath | None
    cost: Cost
    charges: bool  # whether a request may cost anything up front: only then is the limiter asked
    max_body: int | None  # the handler's, which a charge by size assumes of a request without a length
    status: int  # an accepted write's answer: the handler's own status...
    headers: list[tuple[bytes, bytes]]  # ...and the headers its route declares (Cache-Control), encoded once


# Per method: the routes of fixed paths by path, and those of one-id paths with the matcher of their id.
FrontTable = dict[str, tuple[dict[str, FrontRoute], tuple[tuple[IdPath, FrontRoute], ...]]]


def front_routes(app: Litestar) -> FrontTable:
    """Every route of ``app`` that declares a ``FrontPath``. A declaration the layer cannot serve exactly
    (another method, an answer with a body, a path with other parameters) is refused here, loudly."""
    fixed: dict[str, dict[str, FrontRoute]] = {}
    with_id: dict[str, list[tuple[IdPath, FrontRoute]]] = {}
    for route in app.routes:
        if not isinstance(route, HTTPRoute):
            continue
        for handler in route.route_handlers:
            declared: FrontPath | None = handler.opt.get(FRONT_PATH)
            if declared is None:
                continue
            methods = set(handler.http_methods)
            if declared.key_of is not None:
                if methods != {"GET"}:
                    raise ValueError(f"{route.path}: only a GET is answered from the near cache")
            elif len(methods) != 1 or not methods <= WRITE_METHODS or handler.status_code != 204:
                raise ValueError(f"{route.path}: an accepted write is one method answered with 204")
            if handler.resolve_response_cookies():
                raise ValueError(f"{route.path}: the front layer sends no cookies")
            declared_headers = [
                (header.name.lower().encode(), header.value.encode())
                for header in handler.resolve_response_headers()
                if not header.documentation_only and header.value is not None
            ]
            if declared_headers and declared.key_of is not None:
                # The near-cache answer is the handler's cached_response, whose headers are its own.
                raise ValueError(f"{route.path}: a near-cached route declares no response headers")
            method = methods.pop()
            cost: Cost = handler.opt.get(RATE_COST, DEFAULT_COST)
            upfront = cost.read if method == "GET" else cost.write
            charges = bool(upfront or cost.per_mib or cost.free_per_minute)
            max_body = getattr(handler, "request_max_body_size", None)  # as the router's rate limit reads it
            max_body = max_body if isinstance(max_body, int) else None
            id_path = IdPath.of(route) if route.path_parameters else None
            template = id_path.template if id_path is not None else route.path
            served = FrontRoute(
                declared,
                declared.key_of,
                method,
                template,
                id_path,
                cost,
                charges,
                max_body,
                handler.status_code,
                declared_headers,
            )
            if id_path is None:
                fixed.setdefault(method, {})[route.path] = served
            else:
                with_id.setdefault(method, []).append((id_path, served))
    return {
        method: (fixed.get(method, {}), tuple(with_id.get(method, ())))
        for method in fixed.keys() | with_id.keys()
    }


class FrontPaths:
    """The ASGI layer: answers what the declared routes let it answer, passes everything else on."""

    def __init__(self, app: HttpApp) -> None:
        self.app = app
        self._table: FrontTable | None = None  # found on the first request, once the app is built

    async def __call__(self, scope: HTTPScope, receive: Receive, send: Send) -> None:
        table = self._table
        if table is None:
            table = self._table = front_routes(scope["app"])
        routes = table.get(scope["method"])
        if routes is not None:
            path = scope["path"]
            fixed, with_id = routes
            route = fixed.get(path)
            found: int | None = None
            if route is None:
                for id_path, candidate in with_id:
                    found = id_path.id_in(path)
                    if found is not None:
                        route = candidate
                        break
            if route is not None and not cross_origin(scope):
                key_of = route.key_of
                if key_of is None:
                    await self._accepting(route, found, scope, receive, send)
                    return
                body = _near_hit(key_of, found, scope)
                if body is not None:
                    decision = None
                    if route.charges:  # a route whose reads cost something pays here as behind the router
                        charged, decision = await _charge(route, scope)
                        if not charged:
                            await self.app(scope, receive, send)  # the router refuses it, the same way
                            return
                    scope["path_template"] = route.template  # for the metrics: as the router names it
                    status, headers, content = _near_reply(body, scope)
                    if decision is not None:
                        headers = (*headers, *decision.raw_headers())
                    await send({"type": "http.response.start", "status": status, "headers": headers})
                    await send({"type": "http.response.body", "body": content, "more_body": False})
                    return
        await self.app(scope, receive, send)

    async def _accepting(
        self, route: FrontRoute, found: int | None, scope: HTTPScope, receive: Receive, send: Send
    ) -> None:
        body, more_body = await _read_body(receive, route.declared.max_body)
        if body is None:
            return  # the client went away before sending its body: nothing to take or answer
        if not more_body:
            charged, decision = await _charge(route, scope) if route.charges else (True, None)
            answer = await _accepted(route, found, scope, body) if charged else None
            if answer is not None:
                scope["path_template"] = route.template
                status, headers, content = answer
                if decision is not None:
                    headers = [*headers, *decision.raw_headers()]
                await send({"type": "http.response.start", "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": content, "more_body": False})
                return
            if charged:  # the router must not charge it again (a refused charge spent nothing: it may)
                cast(dict[str, Any], scope)[CHARGED] = decision
        await self.app(scope, _replaying(body, more_body, receive), send)


def _near_hit(key_of: KeyOf, found: int | None, scope: HTTPScope) -> CachedBody | None:
    """The fresh near-cache entry answering the request, if there is one."""
    key = key_of(found, scope["query_string"])
    if key is None:
        return None
    cache: ResponseCache | None = getattr(scope["app"].state, "response_cache", None)  # none before start-up
    if cache is None or cache.near is None:
        return None
    body = cache.near.get(key)
    return body if body is not None and body.fresh_until >= time.time() else None


def _near_reply(body: CachedBody, scope: HTTPScope) -> tuple[int, tuple[tuple[bytes, bytes], ...], bytes]:
    """The answer the handler gives for ``body``: 304 for a current ETag, else the encoding accepted."""
    caching: HttpCaching = scope["app"].state.http_caching
    if_none_match, accept_encoding = None, ""
    for name, value in scope["headers"]:
        if name == b"if-none-match":
            if_none_match = value.decode("latin-1")
        elif name == b"accept-encoding":
            accept_encoding = value.decode("latin-1")
    return raw_cached_reply(body, caching.public, if_none_match, accept_encoding)


async def _charge(route: FrontRoute, scope: HTTPScope) -> tuple[bool, Decision | None]:
    """Charge the request its route's cost, as the router would: whether it may go on, and the decision
    (None when it was free or limits are off)."""
    state: Any = scope["app"].state
    if not state.settings.rate_limit.enabled:
        return True, None
    limiter: RateLimiter = state.rate_limiter
    identity = limiter.identity(scope, state.access_tokens)
    decision = await limiter.admit(scope, route.cost, identity, route.max_body)
    return decision is None or decision.allowed, decision


async def _accepted(route: FrontRoute, found: int | None, scope: HTTPScope, body: bytes) -> Answer | None:
    """The answer to a write taken here (the route's status, or the problem of a failure); None for a
    refusal, which the router gives."""
    declared = route.declared
    state: State = scope["app"].state
    try:
        caller = await declared.caller(state, bearer_token(scope)) if declared.caller is not None else None
        await cast(Accept, declared.accept)(state, caller, found, body)
    except (VugaError, msgspec.DecodeError):  # refused: the router answers it, with the same checks
        return None
    except SQLAlchemyTimeoutError:  # no free connection: the router's 503
        logger.warning("no database connection free within the pool timeout for a %s", declared.name)
        record_front_error(declared.name, "write")
        return _problem(503, "The server is busy; retry in a moment.", [(b"retry-after", b"1")])
    except (SQLAlchemyError, OSError) as exc:
        logger.error("a %s could not be stored: %s", declared.name, exc)
        record_front_error(declared.name, "write")
        return _problem(500, "The server could not complete the request.")
    except Exception:
        logger.exception("the %s shortcut failed", declared.name)
        record_front_error(declared.name, "bug")
        return _problem(500, "The server could not complete the request.")
    return route.status, route.headers, b""


def _problem(status: int, detail: str, extra: list[tuple[bytes, bytes]] | None = None) -> Answer:
    """The problem response the router's error handlers send for the same failure."""
    body = msgspec.json.encode(Problem.of(status, detail))
    headers = [
        (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),  # as vuga.core.errors.problem_response
        *(extra or []),
    ]
    return status, headers, body


async def _read_body(receive: Receive, max_body: int) -> tuple[bytes | None, bool]:
    """The request's body, up to ``max_body`` bytes, and whether more follows; None if the client left."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None, False
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        more_body = message.get("more_body", False)
        if not more_body or size > max_body:
            return b"".join(chunks), more_body


def _replaying(body: bytes, more_body: bool, receive: Receive) -> Receive:
    """``receive`` with what was already read put back in front."""
    replayed = False

    async def replay() -> ReceiveMessage:
        nonlocal replayed
        if replayed:
            return await receive()
        replayed = True
        read: HTTPRequestEvent = {"type": "http.request", "body": body, "more_body": more_body}
        return read

    return replay
