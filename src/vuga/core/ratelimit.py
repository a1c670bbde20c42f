"""Rate limits: per account when the request carries a valid access token, per client address otherwise.

Counting uses the ``limits`` library's moving window: in Redis its check-and-count is one Lua script, so the
limit holds exactly across any number of API processes; without Redis it is counted in this process. A
Redis failure falls back to the in-process counter rather than failing the request, and a circuit breaker
keeps a dead or hung Redis from costing every request its timeout.

Responses carry ``RateLimit-Limit``, ``RateLimit-Remaining``, ``RateLimit-Reset`` and ``RateLimit-Policy``;
a refusal is a 429 problem with ``Retry-After``.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass

import msgspec
from limits import RateLimitItem, RateLimitItemPerMinute
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.errors import StorageError
from litestar.types import HTTPScope, Message, Receive, Send
from redis.asyncio import BlockingConnectionPool
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from vuga.core.breaker import CircuitBreaker
from vuga.core.errors import PROBLEM_MEDIA_TYPE, Problem
from vuga.core.http import HttpApp, Layer, bearer_token
from vuga.core.metrics import record_rate_limit_rejection
from vuga.core.security import AccessTokens, InvalidToken
from vuga.settings import RateLimitSettings, RedisSettings

logger = logging.getLogger("vuga.ratelimit")

LIMITER_CONNECTIONS = 32
# Longer than the cache's timeout: a limit must hold under load, when a busy event loop makes replies late.
LIMITER_TIMEOUT_S = 1.0


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    reset_after_s: int
    window_s: int

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
        self._local = MovingWindowRateLimiter(MemoryStorage())
        self._shared: MovingWindowRateLimiter | None = None
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
            self._shared = MovingWindowRateLimiter(storage)

    @property
    def default(self) -> RateLimitItem:
        return RateLimitItemPerMinute(self.settings.per_minute)

    async def hit(self, item: RateLimitItem, *identity: str) -> Decision:
        shared = self._shared if self._shared is not None and self._breaker.allow() else None
        for limiter in (shared, self._local):
            if limiter is None:
                continue
            try:
                allowed = await limiter.hit(item, *identity)
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
                limit=item.amount,
                remaining=max(stats.remaining, 0),
                reset_after_s=max(math.ceil(stats.reset_time - time.time()), 0),
                window_s=item.get_expiry(),
            )
        raise AssertionError("the in-process limiter cannot fail")


class RateLimited:
    """Counts every API request against its caller's limit before any other work is done (an ASGI layer in
    front of the framework, ``vuga.core.front``)."""

    # Probes, the scrape, the API's own docs and static artwork are not API calls.
    unlimited_prefixes = ("/healthz", "/readyz", "/metrics", "/api/docs", "/api/openapi.json", "/media/")

    def __init__(self, app: HttpApp, limiter: RateLimiter, tokens: AccessTokens) -> None:
        self.app = app
        self.limiter = limiter
        self.tokens = tokens

    def identity(self, scope: HTTPScope) -> str:
        token = bearer_token(scope)
        if token is not None:
            try:
                # The signature is enough to attribute the request; the session is checked later, by auth.
                return f"account:{self.tokens.verify(token).account_id}"
            except InvalidToken:
                pass
        client = scope.get("client")
        return f"ip:{client[0] if client else 'unknown'}"

    async def __call__(self, scope: HTTPScope, receive: Receive, send: Send) -> None:
        if scope["path"].startswith(self.unlimited_prefixes):
            await self.app(scope, receive, send)
            return
        decision = await self.limiter.hit(self.limiter.default, self.identity(scope))
        headers = [(name.lower().encode(), value.encode()) for name, value in decision.headers().items()]
        if not decision.allowed:
            body = msgspec.json.encode(
                Problem.of(429, "the request rate limit is exceeded; retry after the delay given")
            )
            await send(
                {
                    "type": "http.response.start",
                    "status": 429,
                    "headers": [
                        (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                        (b"content-length", str(len(body)).encode()),
                        *headers,
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body, "more_body": False})
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *headers]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def rate_limited(limiter: RateLimiter, tokens: AccessTokens) -> Layer:
    return lambda app: RateLimited(app, limiter, tokens)
