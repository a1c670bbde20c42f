"""Where cached bytes live: Redis in production, a dictionary in the embedded mode, one interface for both.

Besides plain keys, a store keeps *tagged* entries for the response cache. An entry is tagged with what it
was built from (``title:42``, ``genre:3``, ``listing``); invalidating tags deletes their entries and bumps one
store-wide generation. A builder reads the generation before it reads the database and stores its result
only if no invalidation happened meanwhile, so a build that raced with a write can never put the old data
back after the write's invalidation. (Writes are rare next to reads: a refused store costs one rebuild.)

Redis failing is never an error for a request: reads become misses, writes are skipped, and a circuit
breaker stops asking a dead or hung Redis for a while. Invalidations and revocations that could not reach
Redis are kept and replayed when it answers again, so an outage cannot leave a stale entry behind.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol, TypeVar

from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from vuga.core.breaker import CircuitBreaker
from vuga.settings import RedisSettings

logger = logging.getLogger("vuga.cache")

PREFIX = "vuga:cache:"
MAX_PENDING_REPLAYS = 10_000

T = TypeVar("T")


class Cache(Protocol):
    backend: str

    async def get(self, key: str) -> bytes | None: ...
    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        """The values of ``keys``, in order, in one round trip; misses (and an unavailable store) are None."""
        ...

    async def set(self, key: str, value: bytes, ttl_s: int, *, replay_if_failed: bool = False) -> None: ...
    async def delete(self, *keys: str) -> None: ...
    async def add(self, key: str, value: bytes, ttl_ms: int) -> bool | None:
        """Set ``key`` only if it is absent (a lock): False when it exists, None when the store is down."""
        ...

    async def generation(self) -> int | None:
        """How many invalidations there have been, or None when the store is unavailable."""
        ...

    async def store_tagged(
        self, key: str, value: bytes, ttl_s: int, tags: Sequence[str], generation: int
    ) -> bool:
        """Store ``value`` under ``key`` if there was no invalidation since ``generation`` was read."""
        ...

    async def invalidate(self, tags: Sequence[str]) -> None: ...
    async def ping(self) -> bool: ...
    async def close(self) -> None: ...


class MemoryCache:
    """A per-process dictionary with expiry, for the embedded mode and a single process."""

    backend = "memory"

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._entries: dict[str, tuple[float, bytes]] = {}
        self._generation = 0
        self._tagged: defaultdict[str, set[str]] = defaultdict(set)

    async def get(self, key: str) -> bytes | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        expires_at, value = entry
        if expires_at < self._clock():
            del self._entries[key]
            return None
        return value

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        return [await self.get(key) for key in keys]

    async def set(self, key: str, value: bytes, ttl_s: int, *, replay_if_failed: bool = False) -> None:
        self._entries[key] = (self._clock() + ttl_s, value)

    async def delete(self, *keys: str) -> None:
        for key in keys:
            self._entries.pop(key, None)

    async def add(self, key: str, value: bytes, ttl_ms: int) -> bool:
        if await self.get(key) is not None:
            return False
        self._entries[key] = (self._clock() + ttl_ms / 1000, value)
        return True

    async def generation(self) -> int:
        return self._generation

    async def store_tagged(
        self, key: str, value: bytes, ttl_s: int, tags: Sequence[str], generation: int
    ) -> bool:
        if generation != self._generation:
            return False
        await self.set(key, value, ttl_s)
        for tag in tags:
            self._tagged[tag].add(key)
        return True

    async def invalidate(self, tags: Sequence[str]) -> None:
        self._generation += 1
        for tag in tags:
            await self.delete(*self._tagged.pop(tag, ()))

    async def ping(self) -> bool:
        return True

    def clear(self) -> None:
        """Forget everything: for tests that change rows behind the API's back."""
        self._entries.clear()
        self._tagged.clear()
        self._generation += 1

    async def close(self) -> None:
        self.clear()


GENERATION_KEY = f"{PREFIX}generation"

# KEYS: the generation, the entry, then each tag's member set. ARGV: the generation read, the value, the ttl.
_STORE_TAGGED = """
if tonumber(redis.call('GET', KEYS[1]) or '0') ~= tonumber(ARGV[1]) then return 0 end
local ttl = tonumber(ARGV[3])
redis.call('SET', KEYS[2], ARGV[2], 'EX', ttl)
for i = 3, #KEYS do
    redis.call('SADD', KEYS[i], KEYS[2])
    if redis.call('TTL', KEYS[i]) < ttl then redis.call('EXPIRE', KEYS[i], ttl) end
end
return 1
"""

# KEYS: the generation, then each tag's member set.
_INVALIDATE = """
redis.call('INCR', KEYS[1])
for i = 2, #KEYS do
    local members = redis.call('SMEMBERS', KEYS[i])
    for j = 1, #members, 500 do
        redis.call('DEL', unpack(members, j, math.min(j + 499, #members)))
    end
    redis.call('DEL', KEYS[i])
end
return 1
"""


def _members_key(tag: str) -> str:
    return f"{PREFIX}tag:{tag}"


class RedisCache:
    """Redis as a cache: an unreachable or slow Redis is a miss, never an error for the request."""

    backend = "redis"

    def __init__(self, url: str, socket_timeout_s: float, breaker_open_s: float) -> None:
        # Tight timeouts and no retries: a slow Redis must cost a request milliseconds, not seconds, and
        # the breaker (not a retry loop) decides when to try again.
        self._redis = Redis.from_url(
            url,
            socket_timeout=socket_timeout_s,
            socket_connect_timeout=socket_timeout_s,
            retry=Retry(NoBackoff(), 0),
        )
        self.breaker = CircuitBreaker("redis cache", breaker_open_s)
        self._store_tagged = self._redis.register_script(_STORE_TAGGED)
        self._invalidate = self._redis.register_script(_INVALIDATE)
        self._replays: deque[Callable[[], Awaitable[object]]] = deque(maxlen=MAX_PENDING_REPLAYS)
        self._unavailable = (
            False  # the last call was skipped or failed (read right after it, no await between)
        )

    async def _call(
        self, operation: Callable[[], Awaitable[T]], *, replay_if_failed: bool = False
    ) -> T | None:
        """Run one Redis operation through the breaker; None when skipped or failed."""
        self._unavailable = True
        if not self.breaker.allow():
            if replay_if_failed:
                self._replays.append(operation)
            return None
        try:
            if self._replays:
                await self._replay()
            result = await operation()
        except (RedisError, OSError) as exc:
            self.breaker.failed(exc)
            if replay_if_failed:
                self._replays.append(operation)
            self._unavailable = True
            return None
        self.breaker.succeeded()
        self._unavailable = False
        return result

    async def _replay(self) -> None:
        while self._replays:
            await self._replays[0]()
            self._replays.popleft()

    async def get(self, key: str) -> bytes | None:
        value = await self._call(lambda: self._redis.get(PREFIX + key))
        return value.encode() if isinstance(value, str) else value

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        values = await self._call(lambda: self._redis.mget([PREFIX + key for key in keys]))
        if values is None:
            return [None] * len(keys)
        return [value.encode() if isinstance(value, str) else value for value in values]

    async def set(self, key: str, value: bytes, ttl_s: int, *, replay_if_failed: bool = False) -> None:
        await self._call(
            lambda: self._redis.set(PREFIX + key, value, ex=ttl_s), replay_if_failed=replay_if_failed
        )

    async def delete(self, *keys: str) -> None:
        if keys:
            await self._call(
                lambda: self._redis.delete(*(PREFIX + key for key in keys)), replay_if_failed=True
            )

    async def add(self, key: str, value: bytes, ttl_ms: int) -> bool | None:
        added = await self._call(lambda: self._redis.set(PREFIX + key, value, px=ttl_ms, nx=True))
        return None if self._unavailable else bool(added)

    async def generation(self) -> int | None:
        value = await self._call(lambda: self._redis.get(GENERATION_KEY))
        if value is None:
            return None if self._unavailable else 0
        return int(value)

    async def store_tagged(
        self, key: str, value: bytes, ttl_s: int, tags: Sequence[str], generation: int
    ) -> bool:
        keys = [GENERATION_KEY, PREFIX + key, *map(_members_key, tags)]
        stored = await self._call(lambda: self._store_tagged(keys=keys, args=[generation, value, ttl_s]))
        return bool(stored)

    async def invalidate(self, tags: Sequence[str]) -> None:
        keys = [GENERATION_KEY, *map(_members_key, tags)]
        await self._call(lambda: self._invalidate(keys=keys), replay_if_failed=True)

    async def ping(self) -> bool:
        try:
            return bool(await self._redis.ping())
        except (RedisError, OSError):
            return False

    async def close(self) -> None:
        await self._redis.aclose()


def create_cache(settings: RedisSettings) -> Cache:
    if settings.url:
        return RedisCache(settings.url, settings.socket_timeout_s, settings.breaker_open_s)
    return MemoryCache()
