"""Counters that are bumped on hot paths and written to the database later, in batches.

Redis in production (``HINCRBY`` into a hash per counter, drained atomically by renaming the hash), a
dictionary in the embedded mode. ``claim`` marks a key for a while (``SET NX EX``), for "once per ... per
hours" rules such as counting a view once per profile and title every 6 hours.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections import defaultdict
from typing import Protocol

from redis.asyncio import Redis
from redis.exceptions import RedisError

from vuga.settings import RedisSettings

logger = logging.getLogger("vuga.counters")
PREFIX = "vuga:counter:"


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
    def __init__(self, url: str, timeout_s: float) -> None:
        self._redis = Redis.from_url(url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s)

    async def add(self, counter: str, key: int, amount: int = 1) -> None:
        await self._redis.hincrby(PREFIX + counter, str(key), amount)

    async def drain(self, counter: str) -> dict[int, int]:
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
        return bool(await self._redis.set(PREFIX + "claim:" + key, b"1", nx=True, ex=ttl_s))

    async def close(self) -> None:
        await self._redis.aclose()


def create_counters(settings: RedisSettings) -> Counters:
    # Counting is not a cache: a slow Redis should slow a flush, not lose counts; hence the longer timeout.
    return RedisCounters(settings.url, timeout_s=1.0) if settings.url else MemoryCounters()
