"""Rate limits by cost: each caller has a budget a minute, and each request spends what it costs the server.

The budget is ``per_minute`` (the plan's 60) *expensive* requests, per account when the request carries a
validly signed access token, per client address otherwise (``vuga.core.proxies`` says when a proxy may name
that address). A route states its own cost in its handler's ``opt`` (``RATE_COST: Cost(...)``), in
fractions of one expensive request:

- what is answered from the response cache costs nothing: a near-cache hit in front of the router is not
  even counted, and a cached route's handler is charged its ``built`` cost only when the cache has to build
  (``charge_build``, called by the response cache on a miss and by handlers for pages they build
  uncached), so a household, school or carrier behind one address browses freely, while a caller who asks
  for what is not cached pays for the database work it causes;
- every other request is charged before its handler runs: ``read`` for GET and HEAD, ``write`` otherwise
  (a tenth and a quarter of an expensive request unless the route says more: search, login, register,
  refresh and admin writes say 1);
- ``per_mib`` adds a charge by the request's declared size (``Content-Length``; a request without it is
  charged as the largest body the route accepts), so an upload is metered by its bytes, not its requests;
- ``free_per_minute`` requests a minute are free (heartbeats at their normal rate), the rest pay.

Counting uses the ``limits`` library's sliding window counter, whose cost of a hit does not grow with its
weight: in Redis its check-and-count is one Lua script, so the limit holds across any number of API
processes; without Redis it is counted in this process. A Redis failure falls back to the in-process counter
rather than failing the request, and a circuit breaker keeps a dead or hung Redis from costing every
request its timeout.

Charged responses carry ``RateLimit-Limit``, ``RateLimit-Remaining`` (in expensive requests),
``RateLimit-Reset`` and ``RateLimit-Policy``; a refusal is a 429 problem with ``Retry-After``. A refused
charge spends nothing.
"""

from __future__ import annotations

import contextvars
import logging
import math
import time
from dataclasses import dataclass, field
from typing import Any, cast

from limits import RateLimitItem, RateLimitItemPerMinute
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.errors import StorageError
from litestar.enums import ScopeType
from litestar.types import ASGIApp, HTTPScope, Message, Receive, Scope, Send
from redis.asyncio import BlockingConnectionPool
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from vuga.core.breaker import CircuitBreaker
from vuga.core.errors import TooManyRequests
from vuga.core.http import bearer_token
from vuga.core.metrics import record_rate_limit_rejection
from vuga.core.security import AccessTokens, InvalidToken
from vuga.settings import RateLimitSettings, RedisSettings

logger = logging.getLogger("vuga.ratelimit")

LIMITER_CONNECTIONS = 32
# Longer than the cache's timeout: a limit must hold under load, when a busy event loop makes replies late.
LIMITER_TIMEOUT_S = 1.0

# Costs are counted in hundredths of an expensive request.
SCALE = 100
EXPENSIVE = 1.0
WRITE = 0.25
READ = 0.1
TYPE_AHEAD = 0.02
DEFAULT_MAX_BODY = 10 * 2**20  # Litestar's default request_max_body_size

# The handler ``opt`` entry that states a route's ``Cost``.
RATE_COST = "rate_cost"
# Where a layer in front of the router leaves the charge it already made, so the router does not repeat it.
CHARGED = "vuga.rate_charged"
_NOT_CHARGED = object()
UNLIMITED_PREFIXES = (
    "/healthz",
    "/readyz",
    "/metrics",
    "/api/docs",
    "/api/openapi.json",
    "/media/",
    "/assets/",  # the web app's hashed files: static, cached for a year by browsers and CDNs
)


def units(cost: float) -> int:
    return round(cost * SCALE)


@dataclass(frozen=True, slots=True)
class Cost:
    """What one request of a route costs, in expensive requests (see the module docstring)."""

    read: float = READ
    write: float = WRITE
    built: float = 0.0
    per_mib: float = 0.0
    free_per_minute: int = 0
    allowance: str = ""  # the free requests' counter, by name: shared by every process
    _free: RateLimitItem | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        if self.free_per_minute and not self.allowance:
            raise ValueError("free requests need an allowance name")
        free = RateLimitItemPerMinute(self.free_per_minute) if self.free_per_minute else None
        object.__setattr__(self, "_free", free)  # made once; a frozen dataclass's own field

    def upfront(self, scope: HTTPScope, max_body: int | None) -> int:
        """What a request is charged before its handler runs, in hundredths."""
        charge = self.read if scope["method"] in ("GET", "HEAD") else self.write
        if self.per_mib:
            size = max_body or DEFAULT_MAX_BODY
            for name, value in scope["headers"]:
                if name == b"content-length":
                    size = int(value) if value.isdigit() else size
            charge += self.per_mib * size / 2**20
        return units(charge)


DEFAULT_COST = Cost()
# Routes whose answers come from the response cache: a hit is free, a build costs a read...
CACHED = Cost(read=0, built=READ)
# ...search a hair more, and a search the database has to answer a whole expensive request.
SEARCH = Cost(read=TYPE_AHEAD, built=EXPENSIVE)
SUGGEST = Cost(read=0, built=TYPE_AHEAD)
EXPENSIVE_WRITE = Cost(write=EXPENSIVE)
# An upload weighs an expensive request per MiB it declares, whether it comes in one request or in the
# many PATCH requests of a resumable (tus) upload: a route that takes uploads says ``opt=rate_cost(UPLOAD)``.
UPLOAD = Cost(per_mib=EXPENSIVE)


def rate_cost(cost: Cost) -> dict[str, Any]:
    """A handler's ``opt`` stating its cost: ``@get(..., opt=rate_cost(CACHED))``."""
    return {RATE_COST: cost}


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    reset_after_s: int
    window_s: int

    def raw_headers(self) -> list[tuple[bytes, bytes]]:
        return [(name.lower().encode(), value.encode()) for name, value in self.headers().items()]

    def headers(self) -> dict[str, str]:
        headers = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset_after_s),
            "RateLimit-Policy": f"{self.limit};w={self.window_s}",
        }
        if not self.allowed:
            headers["Retry-After"] = str(max(self.reset_after_s, 1))
        return headers


class RateLimiter:
    def __init__(self, settings: RateLimitSettings, redis: RedisSettings) -> None:
        self.settings = settings
        self._local = SlidingWindowCounterRateLimiter(MemoryStorage())
        self._shared: SlidingWindowCounterRateLimiter | None = None
        self._breaker = CircuitBreaker("redis rate limits", redis.breaker_open_s)
        if redis.url:
            # A bounded pool that waits for a free connection: a burst of requests must not open a connection
            # each (and time out doing so), or requests would fall back to counting in-process and the
            # limit would loosen exactly when it matters.
            pool = BlockingConnectionPool.from_url(
                redis.url,
                max_connections=LIMITER_CONNECTIONS,
                timeout=LIMITER_TIMEOUT_S,
                socket_timeout=LIMITER_TIMEOUT_S,
                socket_connect_timeout=LIMITER_TIMEOUT_S,
                retry=Retry(NoBackoff(), 0),  # the breaker, not a retry loop, decides when to try again
            )
            storage: Storage = RedisStorage(
                "async+redis://",
                implementation="redispy",
                connection_pool=pool,  # type: ignore[arg-type]  # passed through to redis-py, typed too narrowly
                key_prefix="vuga:ratelimit",
            )
            self._shared = SlidingWindowCounterRateLimiter(storage)

        self.budget = RateLimitItemPerMinute(settings.per_minute * SCALE)

    async def enforce(self, item: RateLimitItem, *identity: str, refusal: str) -> None:
        """A limit tighter than the API's on one kind of request (credentials, mailed links, PINs), on top of
        the route's cost: count one for ``identity``, and raise a 429 with ``refusal`` once it is spent. Off
        with the rate limits (``VUGA_RATE_LIMIT_ENABLED``)."""
        if not self.settings.enabled:
            return
        decision = await self.hit(item, *identity)
        if not decision.allowed:
            raise TooManyRequests(refusal, headers=decision.headers())

    async def hit(self, item: RateLimitItem, *identity: str, cost: int = 1, scale: int = 1) -> Decision:
        """Spend ``cost`` of ``item`` for ``identity``; ``scale`` is the unit the headers count in."""
        shared = self._shared if self._shared is not None and self._breaker.allow() else None
        for limiter in (shared, self._local):
            if limiter is None:
                continue
            try:
                allowed = await limiter.hit(item, *identity, cost=cost)
                stats = await limiter.get_window_stats(item, *identity)
            except (StorageError, RedisError, OSError, TimeoutError) as exc:
                self._breaker.failed(exc)  # it logs once, then counts in this process until Redis is back
                continue
            if limiter is shared:
                self._breaker.succeeded()
            if not allowed:  # labelled by the kind of identity (account, ip, auth-ip, auth-email): bounded
                record_rate_limit_rejection(identity[0].split(":", 1)[0] if identity else "other")
            return Decision(
                allowed=allowed,
                limit=item.amount // scale,
                remaining=max(stats.remaining, 0) // scale,
                reset_after_s=max(math.ceil(stats.reset_time - time.time()), 0),
                window_s=item.get_expiry(),
            )
        raise AssertionError("the in-process limiter cannot fail")

    async def peek(self, item: RateLimitItem, *identity: str) -> Decision:
        """Whether ``identity`` has any of ``item`` left, spending nothing (for limits counting failures)."""
        shared = self._shared if self._shared is not None and self._breaker.allow() else None
        for limiter in (shared, self._local):
            if limiter is None:
                continue
            try:
                stats = await limiter.get_window_stats(item, *identity)
            except (StorageError, RedisError, OSError, TimeoutError) as exc:
                self._breaker.failed(exc)
                continue
            allowed = stats.remaining > 0
            if not allowed:
                record_rate_limit_rejection(identity[0] if identity else "other")
            return Decision(
                allowed=allowed,
                limit=item.amount,
                remaining=max(stats.remaining, 0),
                reset_after_s=max(math.ceil(stats.reset_time - time.time()), 0),
                window_s=item.get_expiry(),
            )
        raise AssertionError("the in-process limiter cannot fail")

    async def _free(self, item: RateLimitItem, *identity: str) -> bool:
        """Whether one of a route's free requests is left; spends it if so (nothing is refused here)."""
        shared = self._shared if self._shared is not None and self._breaker.allow() else None
        for limiter in (shared, self._local):
            if limiter is None:
                continue
            try:
                return await limiter.hit(item, *identity)
            except (StorageError, RedisError, OSError, TimeoutError) as exc:
                self._breaker.failed(exc)
        raise AssertionError("the in-process limiter cannot fail")

    def identity(self, scope: Scope, tokens: AccessTokens) -> str:
        token = bearer_token(scope)
        if token is not None:
            try:
                # The signature is enough to attribute the request; the session is checked later, by auth.
                return f"account:{tokens.verify(token).account_id}"
            except InvalidToken:
                pass
        client = scope.get("client")
        return f"ip:{client[0] if client else 'unknown'}"

    async def admit(
        self, scope: HTTPScope, cost: Cost, identity: str, max_body: int | None
    ) -> Decision | None:
        """Charge a request its upfront cost; None when it costs nothing (nothing was counted)."""
        charge = cost.upfront(scope, max_body)
        if not charge:
            return None
        if cost._free is not None and await self._free(cost._free, "free", cost.allowance, identity):
            return None
        return await self.hit(self.budget, identity, cost=charge, scale=SCALE)


@dataclass(slots=True)
class Charge:
    """The request being served: whom to charge for builds, what a build costs, and the latest decision."""

    limiter: RateLimiter
    identity: str
    built: int
    decision: Decision | None


_current: contextvars.ContextVar[Charge | None] = contextvars.ContextVar("vuga_rate_charge", default=None)


async def charge_build() -> None:
    """Charge the current request its route's ``built`` cost: it needs work no cache answers. Refused, it
    raises the 429 before the work is done. Outside a request (jobs, rewarming), nothing is charged."""
    charge = _current.get()
    if charge is None or not charge.built:
        return
    decision = await charge.limiter.hit(
        charge.limiter.budget, charge.identity, cost=charge.built, scale=SCALE
    )
    # A refusal's headers travel with its exception; the response must not get a second set.
    charge.decision = decision if decision.allowed else None
    if not decision.allowed:
        raise TooManyRequests(
            "the request rate limit is exceeded; retry after the delay given", headers=decision.headers()
        )


class RateLimitMiddleware:
    """Litestar middleware: charges each routed request its route's cost before the handler runs, lets the
    handler's builds be charged (``charge_build``), and puts the rate-limit headers on a charged response.
    After routing, so that the route's own ``opt`` says what it costs; unknown paths (404) cost nothing."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP or scope["path"].startswith(UNLIMITED_PREFIXES):
            await self.app(scope, receive, send)
            return
        http = scope
        state = http["app"].state
        limiter: RateLimiter = state.rate_limiter
        handler = http["route_handler"]
        cost: Cost = handler.opt.get(RATE_COST, DEFAULT_COST)
        identity = limiter.identity(http, state.access_tokens)
        # A layer in front of the router may have charged the request already (None: it was free).
        charged = cast(dict[str, Any], http).pop(CHARGED, _NOT_CHARGED)
        decision: Decision | None = None if charged is _NOT_CHARGED else charged
        if charged is _NOT_CHARGED:
            max_body = getattr(handler, "request_max_body_size", None)
            max_body = max_body if isinstance(max_body, int) else None
            decision = await limiter.admit(http, cost, identity, max_body)
        if decision is not None and not decision.allowed:
            raise TooManyRequests(
                "the request rate limit is exceeded; retry after the delay given", headers=decision.headers()
            )
        charge = Charge(limiter, identity, units(cost.built), decision)
        if charge.decision is None and not charge.built:
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start" and charge.decision is not None:
                message = {
                    **message,
                    "headers": [*message.get("headers", []), *charge.decision.raw_headers()],
                }
            await send(message)

        reset = _current.set(charge)
        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            _current.reset(reset)
