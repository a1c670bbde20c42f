"""Counters that are bumped on hot paths and written to the database later, in batches.

Redis in production (``HINCRBY`` into a hash per counter), a dictionary in the embedded mode. A flush takes
the counts gathered so far as a *batch* (the hash is renamed atomically, so increments after it start a new
one) and the batch stays until the flush says it is finished — after the database committed it. A flush that
dies half-way leaves its batch for the next one; the database side records each batch id it applied (see
``catalog.counting``), so a batch is added exactly once however often it is retried.

``claim`` marks a key for a while (``SET NX EX``), for "once per ... per hours" rules such as counting a view
once per profile and title every 6 hours.

While Redis is unreachable, counts go to this process's memory instead (behind a circuit breaker, so a hung
Redis costs one timeout, not one per count) and are taken with Redis's batches next time: a share
acknowledged during an outage is still counted, and a view is then de-duplicated per process rather than
globally.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from vuga.core.breaker import CircuitBreaker
from vuga.settings import RedisSettings

logger = logging.getLogger("vuga.counters")
PREFIX = "vuga:counter:"
BATCHES = PREFIX + "batches"  # the set of batch keys taken and not yet finished
T = TypeVar("T")

# Rename the live hash to a batch key and remember the batch, atomically: a crash cannot separate the two.
_TAKE_BATCH = """
if redis.call('EXISTS', KEYS[1]) == 1 then
    redis.call('RENAME', KEYS[1], KEYS[2])
    redis.call('SADD', KEYS[3], KEYS[2])
    return 1
end
return 0
"""


@dataclass(frozen=True, slots=True)
class CounterBatch:
    id: str
    counter: str
    counts: dict[int, int]


class Counters(Protocol):
    async def add(self, counter: str, key: int, amount: int = 1) -> None: ...
    async def take_batches(self, counter: str) -> list[CounterBatch]:
        """The counts gathered since the last call, as a new batch, after any batch left unfinished."""
        ...

    async def finish(self, batch: CounterBatch) -> None: ...
    async def claim(self, key: str, ttl_s: int) -> bool: ...
    async def close(self) -> None: ...


def _batch_key(counter: str) -> str:
    return f"{PREFIX}batch:{counter}:{secrets.token_hex(8)}"


class MemoryCounters:
    def __init__(self) -> None:
        self._counts: dict[str, defaultdict[int, int]] = defaultdict(lambda: defaultdict(int))
        self._batches: dict[str, CounterBatch] = {}
        self._claims: dict[str, float] = {}

    async def add(self, counter: str, key: int, amount: int = 1) -> None:
        self._counts[counter][key] += amount

    async def take_batches(self, counter: str) -> list[CounterBatch]:
        counts = self._counts.pop(counter, None)
        if counts:
            batch = CounterBatch(_batch_key(counter), counter, dict(counts))
            self._batches[batch.id] = batch
        return [batch for batch in self._batches.values() if batch.counter == counter]

    async def finish(self, batch: CounterBatch) -> None:
        self._batches.pop(batch.id, None)

    async def owns(self, batch: CounterBatch) -> bool:
        return batch.id in self._batches

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
        self._take = self._redis.register_script(_TAKE_BATCH)
        self._breaker = CircuitBreaker("redis counters", breaker_open_s)
        self._fallback = MemoryCounters()  # counts made while Redis is unreachable

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

    async def take_batches(self, counter: str) -> list[CounterBatch]:
        batches = await self._fallback.take_batches(counter)
        _, shared = await self._shared(lambda: self._take_shared(counter))
        return batches + (shared or [])

    async def _take_shared(self, counter: str) -> list[CounterBatch]:
        await self._take(keys=[PREFIX + counter, _batch_key(counter), BATCHES])
        prefix = f"{PREFIX}batch:{counter}:"
        batches = []
        for raw_key in sorted(await self._redis.smembers(BATCHES)):
            key = raw_key.decode() if isinstance(raw_key, bytes) else str(raw_key)
            if not key.startswith(prefix):
                continue
            values = await self._redis.hgetall(key)
            batches.append(CounterBatch(key, counter, {int(k): int(v) for k, v in values.items()}))
        return batches

    async def finish(self, batch: CounterBatch) -> None:
        if await self._fallback.owns(batch):
            await self._fallback.finish(batch)
            return

        async def finish_shared() -> None:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.delete(batch.id)
                pipe.srem(BATCHES, batch.id)
                await pipe.execute()

        # Not finished (Redis down): the batch is taken again later and its receipt makes it a no-op.
        await self._shared(finish_shared)

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
