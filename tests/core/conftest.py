"""The cache stores under test: the in-process one (embedded mode) and a real Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from vuga.core.cache import Cache, MemoryCache, RedisCache


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[Cache]:
    if request.param == "memory":
        yield MemoryCache()
        return
    url: str = request.getfixturevalue("redis_url")
    await Redis.from_url(url).flushdb()
    cache = RedisCache(url, socket_timeout_s=0.5, breaker_open_s=5.0)
    yield cache
    await cache.close()
