"""Presence: who was seen lately, per key — "watching now" on a live channel.

A member (a profile's playback session) is *present* on a key (a channel) while it was seen within the last
``window_s``; players send a heartbeat every 10 seconds, so a window of a minute forgives a lost beat or two
and forgets a closed player within a minute.

Redis in production: a sorted set per key (members scored by when they were last seen), plus one sorted set
of the keys themselves, so a sampler finds the keys with anyone present without scanning Redis. Each sighting
also trims its key's set, which keeps every set as small as its audience. In the embedded mode, the same in
this process's memory.

Presence is best effort, like the view counters' de-duplication: while Redis is unreachable (behind a circuit
breaker) sightings are dropped and counts read as zero. No acknowledged write depends on it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol, TypeVar

from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from vuga.core.breaker import CircuitBreaker
from vuga.settings import RedisSettings

logger = logging.getLogger("vuga.presence")
PREFIX = "vuga:presence:"
T = TypeVar("T")


class Presence(Protocol):
    async def seen(self, group: str, key: int, member: str, window_s: float) -> None:
        """``member`` is present on ``key`` now (and for ``window_s`` unless seen again)."""
        ...

    async def counts(self, group: str, keys: Sequence[int], window_s: float) -> dict[int, int]:
        """How many members each key has had within the window (keys with none are left out)."""
        ...

    async def active_keys(self, group: str, window_s: float) -> list[int]:
        """The keys anyone was seen on within the window."""
        ...

    async def close(self) -> None: ...


class MemoryPresence:
    """The same in this process's memory, trimmed as Redis's sets are: a sighting drops its key's members
    older than the window, and listing the active keys drops keys nobody was seen on within it."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._seen: dict[str, dict[int, dict[str, float]]] = {}

    async def seen(self, group: str, key: int, member: str, window_s: float) -> None:
        now = self._clock()
        members = self._seen.setdefault(group, {}).setdefault(key, {})
        for old in [m for m, at in members.items() if at < now - window_s]:
            del members[old]
        members[member] = now

    async def counts(self, group: str, keys: Sequence[int], window_s: float) -> dict[int, int]:
        since = self._clock() - window_s
        keyed = self._seen.get(group, {})
        found = {key: sum(at >= since for at in keyed.get(key, {}).values()) for key in keys}
        return {key: count for key, count in found.items() if count}

    async def active_keys(self, group: str, window_s: float) -> list[int]:
        since = self._clock() - window_s
        keyed = self._seen.get(group, {})
        for key in [k for k, members in keyed.items() if max(members.values(), default=0.0) < since]:
            del keyed[key]
        return sorted(keyed)

    async def close(self) -> None:
        self._seen.clear()


class RedisPresence:
    def __init__(self, url: str, timeout_s: float, breaker_open_s: float) -> None:
        self._redis = Redis.from_url(
            url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s, retry=Retry(NoBackoff(), 0)
        )
        self._breaker = CircuitBreaker("redis presence", breaker_open_s)

    async def _call(self, operation: Callable[[], Awaitable[T]], otherwise: T) -> T:
        if not self._breaker.allow():
            return otherwise
        try:
            result = await operation()
        except (RedisError, OSError) as exc:
            self._breaker.failed(exc)
            return otherwise
        self._breaker.succeeded()
        return result

    @staticmethod
    def _key(group: str, key: int) -> str:
        return f"{PREFIX}{group}:{key}"

    async def seen(self, group: str, key: int, member: str, window_s: float) -> None:
        now = time.time()
        members = self._key(group, key)

        async def record() -> None:
            async with self._redis.pipeline(transaction=False) as pipe:
                pipe.zadd(members, {member: now})
                pipe.zremrangebyscore(members, "-inf", now - window_s)
                pipe.expire(members, int(window_s) + 1)
                pipe.zadd(PREFIX + group, {str(key): now})
                await pipe.execute()

        await self._call(record, None)

    async def counts(self, group: str, keys: Sequence[int], window_s: float) -> dict[int, int]:
        since = time.time() - window_s

        async def count() -> dict[int, int]:
            async with self._redis.pipeline(transaction=False) as pipe:
                for key in keys:
                    pipe.zcount(self._key(group, key), since, "+inf")
                found = await pipe.execute()
            return {key: int(n) for key, n in zip(keys, found, strict=True) if n}

        return await self._call(count, {})

    async def active_keys(self, group: str, window_s: float) -> list[int]:
        since = time.time() - window_s

        async def active() -> list[int]:
            async with self._redis.pipeline(transaction=False) as pipe:
                pipe.zremrangebyscore(PREFIX + group, "-inf", since)
                pipe.zrange(PREFIX + group, 0, -1)
                _, keys = await pipe.execute()
            return sorted(int(key) for key in keys)

        return await self._call(active, [])

    async def close(self) -> None:
        await self._redis.aclose()


def create_presence(settings: RedisSettings) -> Presence:
    if settings.url:
        return RedisPresence(settings.url, settings.socket_timeout_s, settings.breaker_open_s)
    return MemoryPresence()
