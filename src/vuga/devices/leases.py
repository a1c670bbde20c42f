"""Where stream leases live: Redis in production, a dictionary in the embedded mode, one interface for both.

An account's leases are one Redis sorted set (a lease's id scored by when it lapses, by Redis's own clock, so
API processes' clocks do not matter) beside a hash of who holds each. Taking a lease is one Lua script —
drop the lapsed, count, add — so that Redis runs it whole: however many API processes race, an account never
holds more than its limit. Leases outlive an API process (they are Redis's), and lapse by themselves when
their heartbeats stop. The in-process store does the same with no ``await`` inside an operation, which is as
atomic on one event loop.

Unlike the response cache, a lease store that cannot be reached is an error (503), not a miss: admitting every
stream while Redis is down would lift the limit, refusing every one would stop all playback; the caller
decides, and the playback endpoints answer 503 so a player retries.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

import msgspec
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError

from vuga.core.breaker import CircuitBreaker
from vuga.settings import RedisSettings

T = TypeVar("T")

PREFIX = "vuga:streams:"


class Holder(msgspec.Struct, frozen=True):
    """Who plays under a lease: the device (its session and name) and the profile."""

    session_id: int
    device: str
    profile_id: int


@dataclass(frozen=True, slots=True)
class Taken:
    """The outcome of taking a lease: ``granted``, or the holders of the leases that fill the limit."""

    granted: bool
    holders: tuple[Holder, ...] = ()


class LeaseStore(Protocol):
    backend: str

    async def take(self, account_id: int, lease_id: int, holder: Holder, limit: int, ttl_ms: int) -> Taken:
        """Take (or renew, if it is held already) ``lease_id`` unless the account holds ``limit`` others."""
        ...

    async def renew(self, account_id: int, lease_id: int, ttl_ms: int) -> bool:
        """Extend a held lease; False when it has lapsed or was never taken."""
        ...

    async def release(self, account_id: int, lease_id: int) -> bool: ...
    async def holder(self, account_id: int, lease_id: int) -> Holder | None:
        """Who holds the lease, if it is held."""
        ...

    async def close(self) -> None: ...


_decode_holder = msgspec.json.Decoder(Holder).decode


class MemoryLeases:
    """Leases in this process (the embedded mode, a single process)."""

    backend = "memory"

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._accounts: dict[int, dict[int, tuple[float, Holder]]] = {}

    def _live(self, account_id: int) -> dict[int, tuple[float, Holder]]:
        now = self._clock()
        leases = {
            lease: entry for lease, entry in self._accounts.get(account_id, {}).items() if entry[0] > now
        }
        self._accounts[account_id] = leases
        return leases

    async def take(self, account_id: int, lease_id: int, holder: Holder, limit: int, ttl_ms: int) -> Taken:
        leases = self._live(account_id)
        if lease_id not in leases and len(leases) >= limit:
            return Taken(False, tuple(entry[1] for entry in leases.values()))
        leases[lease_id] = (self._clock() + ttl_ms / 1000, holder)
        return Taken(True)

    async def renew(self, account_id: int, lease_id: int, ttl_ms: int) -> bool:
        leases = self._live(account_id)
        if lease_id not in leases:
            return False
        leases[lease_id] = (self._clock() + ttl_ms / 1000, leases[lease_id][1])
        return True

    async def release(self, account_id: int, lease_id: int) -> bool:
        return self._live(account_id).pop(lease_id, None) is not None

    async def holder(self, account_id: int, lease_id: int) -> Holder | None:
        entry = self._live(account_id).get(lease_id)
        return None if entry is None else entry[1]

    async def close(self) -> None:
        self._accounts.clear()


# The sorted set's scores are when each lease lapses, in milliseconds of Redis's clock.
_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lapsed = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)
if #lapsed > 0 then
    redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
    redis.call('HDEL', KEYS[2], unpack(lapsed))
end
"""

# KEYS: the account's lease set, its holders. ARGV: the lease, its holder, the limit, the ttl (ms).
# Returns {1} when granted, else {0, holder, holder, ...}.
_TAKE = (
    _NOW
    + """
local ttl = tonumber(ARGV[4])
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
    local held = redis.call('ZRANGE', KEYS[1], 0, -1)
    local refused = {0}
    for i = 1, #held do refused[#refused + 1] = redis.call('HGET', KEYS[2], held[i]) or '' end
    return refused
end
redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('PEXPIRE', KEYS[2], ttl)
return {1}
"""
)

# KEYS: as for taking. ARGV: the lease, the ttl (ms). Returns 1 when the lease was held and is extended.
_RENEW = (
    _NOW
    + """
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
local ttl = tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
if redis.call('PTTL', KEYS[1]) < ttl then
    redis.call('PEXPIRE', KEYS[1], ttl)
    redis.call('PEXPIRE', KEYS[2], ttl)
end
return 1
"""
)

# KEYS: as for taking. ARGV: the lease. Returns its holder, or false when it is not held.
_HOLDER = (
    _NOW
    + """
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return false end
return redis.call('HGET', KEYS[2], ARGV[1])
"""
)


class RedisLeases:
    """Leases in Redis, shared by every API process (see the module docstring)."""

    backend = "redis"

    def __init__(self, url: str, socket_timeout_s: float, breaker_open_s: float = 5.0) -> None:
        self._redis = Redis.from_url(
            url,
            socket_timeout=socket_timeout_s,
            socket_connect_timeout=socket_timeout_s,
            retry=Retry(NoBackoff(), 0),
        )
        # A dead or hung Redis costs one timeout, then fails fast for a while: heartbeats renew leases, and
        # a heartbeat must not wait a timeout each while Redis is away.
        self._breaker = CircuitBreaker("redis stream leases", breaker_open_s)
        self._take = self._redis.register_script(_TAKE)
        self._renew = self._redis.register_script(_RENEW)
        self._holder = self._redis.register_script(_HOLDER)

    async def _call(self, operation: Callable[[], Awaitable[T]]) -> T:
        if not self._breaker.allow():
            raise RedisConnectionError("the stream leases' Redis is unavailable (circuit open)")
        try:
            result = await operation()
        except (RedisError, OSError) as exc:
            self._breaker.failed(exc)
            raise
        self._breaker.succeeded()
        return result

    @staticmethod
    def _keys(account_id: int) -> list[str]:
        # One hash tag per account: on a Redis Cluster both keys of a script live in the same slot.
        return [f"{PREFIX}{{{account_id}}}", f"{PREFIX}{{{account_id}}}:holders"]

    async def take(self, account_id: int, lease_id: int, holder: Holder, limit: int, ttl_ms: int) -> Taken:
        args: list[bytes | int] = [lease_id, msgspec.json.encode(holder), limit, ttl_ms]
        outcome = await self._call(lambda: self._take(keys=self._keys(account_id), args=args))
        if int(outcome[0]) == 1:
            return Taken(True)
        return Taken(False, tuple(_decode_holder(raw) for raw in outcome[1:] if raw))

    async def renew(self, account_id: int, lease_id: int, ttl_ms: int) -> bool:
        keys = self._keys(account_id)
        return bool(await self._call(lambda: self._renew(keys=keys, args=[lease_id, ttl_ms])))

    async def release(self, account_id: int, lease_id: int) -> bool:
        lease_set, holders = self._keys(account_id)

        async def release() -> list[int]:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.zrem(lease_set, lease_id)
                pipe.hdel(holders, str(lease_id))
                return await pipe.execute()

        removed, _ = await self._call(release)
        return bool(removed)

    async def holder(self, account_id: int, lease_id: int) -> Holder | None:
        raw = await self._call(lambda: self._holder(keys=self._keys(account_id), args=[lease_id]))
        return _decode_holder(raw) if raw else None

    async def close(self) -> None:
        await self._redis.aclose()


def create_lease_store(settings: RedisSettings) -> LeaseStore:
    if settings.url:
        # Not the cache's 0.2 s: a lease must be taken under load too, when a busy loop answers late.
        return RedisLeases(settings.url, max(settings.socket_timeout_s, 0.5), settings.breaker_open_s)
    return MemoryLeases()
