"""Counters that are bumped on hot paths and written to the database later, in batches.

Redis in production (``HINCRBY`` into a hash per counter, drained atomically by renaming the hash), a
dictionary in the embedded mode. ``claim`` marks a key for a while (``SET NX EX``), for "once per ... per
hours" rules such as counting a view once per profile and title every 6 hours.

While Redis is unreachable, counts go to this process's memory instead (behind a circuit breaker, so a hung
Redis costs one timeout, not one per count) and are drained with Redis's next time: a share acknowledged
during an outage is still counted, and a view is then de-duplicated per process rather than globally.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from vuga.core.breaker import CircuitBreaker
from vuga.settings import RedisSettings

logger = logging.getLogger("vuga.counters")
PREFIX = "vuga:counter:"
T = TypeVar("T")


class Counters(Protocol):
    async def add(self, counter: str, key: int, amount: int = 1) -> None: ...
    async def drain(self, counter: str) -> dict[int, int]: ...
    async def claim(self, key: str, ttl_s: int) -> bool: ...
    async def close(self) -> None: ...


class MemoryCounters:
    def __init__(self) -> None:
        self._counts: dict[str, defaultdict[int, int]] = defaultdict(lambda: defaultdict(int))
        self._claims: dict[str, float] = {}

    async def add(self, counter: str, key: int, amount: int = 1) -> None:
        self._counts[counter][key] += amount

    async def drain(self, counter: str) -> dict[int, int]:
        return dict(self._counts.pop(counter, {}))

    async def claim(self, key: str, ttl_s: int) -> bool:
        now = time.monotonic()
        if self._claims.get(key, 0.0) > now:
            return False
        self._claims[key] = now + ttl_s
        return True

    async def close(self) -> None:
        self._counts.clear()


class RedisCounters:
    def __init__(self, url: str, timeout_s: float, breaker_open_s: float) -> None:
        self._redis = Redis.from_url(
            url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s, retry=Retry(NoBackoff(), 0)
        )
        self._breaker = CircuitBreaker("redis counters", breaker_open_s)
        self._fallback = MemoryCounters()

    async def _shared(self, operation: Callable[[], Awaitable[T]]) -> tuple[bool, T | None]:
        """Run ``operation`` on Redis; (False, None) when Redis is skipped or fails."""
        if not self._breaker.allow():
            return False, None
        try:
            result = await operation()
        except (RedisError, OSError) as exc:
            self._breaker.failed(exc)
            return False, None
        self._breaker.succeeded()
        return True, result

    async def add(self, counter: str, key: int, amount: int = 1) -> None:
        done, _ = await self._shared(lambda: self._redis.hincrby(PREFIX + counter, str(key), amount))
        if not done:
            await self._fallback.add(counter, key, amount)

    async def drain(self, counter: str) -> dict[int, int]:
        counts = await self._fallback.drain(counter)
        done, drained = await self._shared(lambda: self._drain_shared(counter))
        for key, amount in (drained or {}).items() if done else ():
            counts[key] = counts.get(key, 0) + amount
        return counts

    async def _drain_shared(self, counter: str) -> dict[int, int]:
        # RENAME is atomic: increments after it land in a fresh hash and are drained next time.
        draining = f"{PREFIX}{counter}:draining:{secrets.token_hex(4)}"
        try:
            await self._redis.rename(PREFIX + counter, draining)
        except RedisError as exc:
            if "no such key" in str(exc).lower():
                return {}
            raise
        values = await self._redis.hgetall(draining)
        await self._redis.delete(draining)
        return {int(key): int(value) for key, value in values.items()}

    async def claim(self, key: str, ttl_s: int) -> bool:
        done, claimed = await self._shared(
            lambda: self._redis.set(PREFIX + "claim:" + key, b"1", nx=True, ex=ttl_s)
        )
        return bool(claimed) if done else await self._fallback.claim(key, ttl_s)

    async def close(self) -> None:
        await self._redis.aclose()


def create_counters(settings: RedisSettings) -> Counters:
    if settings.url:
        return RedisCounters(settings.url, settings.socket_timeout_s, settings.breaker_open_s)
    return MemoryCounters()
