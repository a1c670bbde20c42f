"""The cache: Redis in production, an in-process store in the embedded mode, one interface for both.

This module holds the connection and the health check; the read-through layer with pre-compressed bodies
and stampede protection builds on it.
"""

from __future__ import annotations

import logging
import time
from typing import Protocol

from redis.asyncio import Redis
from redis.exceptions import RedisError

from vuga.core.metrics import cache_namespace, record_cache_lookup
from vuga.settings import RedisSettings

logger = logging.getLogger("vuga.cache")


class Cache(Protocol):
    backend: str

    async def get(self, key: str) -> bytes | None: ...
    async def set(self, key: str, value: bytes, ttl_s: int) -> None: ...
    async def delete(self, *keys: str) -> None: ...
    async def ping(self) -> bool: ...
    async def close(self) -> None: ...


class MemoryCache:
    """A per-process dictionary with expiry, for the embedded mode and a single process."""

    backend = "memory"

    def __init__(self) -> None:
        self._entries: dict[str, tuple[float, bytes]] = {}

    async def get(self, key: str) -> bytes | None:
        entry = self._entries.get(key)
        if entry is not None and entry[0] < time.monotonic():
            del self._entries[key]
            entry = None
        record_cache_lookup(cache_namespace(key), hit=entry is not None)
        return None if entry is None else entry[1]

    async def set(self, key: str, value: bytes, ttl_s: int) -> None:
        self._entries[key] = (time.monotonic() + ttl_s, value)

    async def delete(self, *keys: str) -> None:
        for key in keys:
            self._entries.pop(key, None)

    async def ping(self) -> bool:
        return True

    async def close(self) -> None:
        self._entries.clear()


class RedisCache:
    """Redis as a cache: an unreachable or slow Redis is a miss, never an error for the request.

    Every caller has the database to fall back on; a failure is logged and the request goes on.
    """

    backend = "redis"

    def __init__(self, url: str, socket_timeout_s: float) -> None:
        # Tight timeouts: a slow Redis must cost a request milliseconds, not seconds.
        self._redis = Redis.from_url(
            url, socket_timeout=socket_timeout_s, socket_connect_timeout=socket_timeout_s
        )

    async def get(self, key: str) -> bytes | None:
        try:
            value = await self._redis.get(key)
        except (RedisError, OSError) as exc:
            logger.warning("cache read failed, treated as a miss: %s", exc)
            record_cache_lookup(cache_namespace(key), hit=False)
            return None
        record_cache_lookup(cache_namespace(key), hit=value is not None)
        return value.encode() if isinstance(value, str) else value  # str only with decode_responses

    async def set(self, key: str, value: bytes, ttl_s: int) -> None:
        try:
            await self._redis.set(key, value, ex=ttl_s)
        except (RedisError, OSError) as exc:
            logger.warning("cache write failed: %s", exc)

    async def delete(self, *keys: str) -> None:
        if not keys:
            return
        try:
            await self._redis.delete(*keys)
        except (RedisError, OSError) as exc:
            logger.warning("cache delete failed: %s", exc)

    async def ping(self) -> bool:
        try:
            return bool(await self._redis.ping())
        except (RedisError, OSError):
            return False

    async def close(self) -> None:
        await self._redis.aclose()


def create_cache(settings: RedisSettings) -> Cache:
    if settings.url:
        return RedisCache(settings.url, settings.socket_timeout_s)
    return MemoryCache()
