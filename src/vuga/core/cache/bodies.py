"""The response cache: whole response bodies, serialised once, compressed once, served many times.

An entry holds the JSON body as built, its gzip and brotli encodings and its strong ETag, so a hit does no
JSON and no compression work: the handler picks the bytes the client accepts and sends them.

On a miss exactly one request per key rebuilds: requests in the same process wait for the same build, and
other processes wait (briefly) for the one holding the key's lock. Past its freshness an entry is still
served, stale, for ``stale_s`` while a single background build replaces it, so a popular key expiring never
sends a burst of identical queries to the database.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass

import msgspec

from vuga.core.cache.entries import CachedBody
from vuga.core.cache.near import NearCache
from vuga.core.cache.stores import Cache
from vuga.core.metrics import record_cache_lookup
from vuga.core.ratelimit import charge_build

logger = logging.getLogger("vuga.cache")

# Bumped whenever CachedBody's layout changes, so processes of two releases never read each other's entries.
FORMAT = "v2"
POLL_START_S = 0.005

# A build returns the JSON body and the tags of what it was made from (see ``stores``); it may add how long
# the body stays true, when that is less than the key's lifetime: a channel's "now and next" holds until
# the next programme starts, not for a fixed time.
Build = Callable[[], Awaitable[tuple[bytes, Iterable[str]] | tuple[bytes, Iterable[str], float]]]


_decoder = msgspec.msgpack.Decoder(CachedBody)
_encoder = msgspec.msgpack.Encoder()


@dataclass(frozen=True, slots=True)
class CacheKey:
    """One cached response: ``namespace`` is its kind (``home``, ``title``), ``name`` which one it is."""

    namespace: str
    name: str
    # A fragment is JSON spliced into other bodies, never sent alone: it is kept without encodings.
    fragment: bool = False

    @property
    def storage_key(self) -> str:
        return f"{FORMAT}:{self.namespace}:{self.name}"


class ResponseCache:
    def __init__(
        self,
        store: Cache,
        *,
        stale_s: int,
        lock_ms: int,
        wait_s: float,
        repeat_invalidation_after_s: float | None = None,
        near: NearCache | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.near = near
        self.stale_s = stale_s
        self.lock_ms = lock_ms
        self.wait_s = wait_s
        self.repeat_invalidation_after_s = repeat_invalidation_after_s
        self._clock = clock
        self._flights: dict[str, asyncio.Task[CachedBody]] = {}
        self._refreshes: dict[str, asyncio.Task[None]] = {}
        self._repeats: dict[asyncio.Task[None], Sequence[str]] = {}

    async def get_or_build(
        self, key: CacheKey, fresh_s: int, build: Build, *, serve_stale: bool = True
    ) -> CachedBody:
        """The body of ``key``, built at most once at a time. Without ``serve_stale``, an entry past its
        freshness is rebuilt before it is answered: for bodies that are wrong, not merely old, once stale."""
        storage_key = key.storage_key
        cached = self.near.get(storage_key) if self.near else None
        if cached is None:
            ticket = self.near.ticket() if self.near else None
            cached = await self._read(storage_key)
            record_cache_lookup(key.namespace, hit=cached is not None)
            if cached is None:
                await charge_build()  # the request pays for the work no cache answered (may refuse it)
                return await self._single_flight(key, fresh_s, build)  # a build fills the near cache
            if self.near:
                self.near.put(storage_key, cached, ticket)
        else:
            record_cache_lookup(key.namespace, hit=True)
        if not serve_stale and cached.fresh_until < self._clock():
            return await self._single_flight(key, fresh_s, build)
        if cached.fresh_until < self._clock() and storage_key not in self._refreshes:
            refresh = asyncio.create_task(self._refresh(key, fresh_s, build))
            self._refreshes[storage_key] = refresh
            refresh.add_done_callback(lambda _: self._refreshes.pop(storage_key, None))
        return cached

    async def invalidate(self, tags: Sequence[str]) -> None:
        """Make everything built from ``tags`` stale, now (after the write's commit).

        With a read replica, builds read a copy that may lag the write by a moment and could cache the
        old rows again right after this; ``repeat_invalidation_after_s`` invalidates once more when the
        replica has caught up.
        """
        tags = sorted(set(tags))
        if self.near:
            self.near.forget()
        await self.store.invalidate(tags)
        if self.repeat_invalidation_after_s:
            repeat = asyncio.create_task(self._invalidate_later(tags, self.repeat_invalidation_after_s))
            self._repeats[repeat] = tags
            repeat.add_done_callback(lambda done: self._repeats.pop(done, None))

    async def _invalidate_later(self, tags: Sequence[str], delay_s: float) -> None:
        await asyncio.sleep(delay_s)
        if self.near:
            self.near.forget()
        await self.store.invalidate(tags)

    async def close(self) -> None:
        if self.near is not None:
            await self.near.stop()
        # Repeated invalidations are finished, not dropped: they are what keeps a lagging replica honest.
        repeats = dict(self._repeats)
        tasks = [*repeats, *self._refreshes.values(), *self._flights.values()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for tags in repeats.values():
            await self.store.invalidate(tags)

    async def _read(self, storage_key: str) -> CachedBody | None:
        raw = await self.store.get(storage_key)
        if raw is None:
            return None
        try:
            return _decoder.decode(raw)
        except msgspec.DecodeError:
            logger.warning("unreadable cache entry %s, rebuilding it", storage_key)
            return None

    async def _single_flight(self, key: CacheKey, fresh_s: int, build: Build) -> CachedBody:
        # The build is a task of its own, not part of the first request: if that client goes away, the
        # requests waiting on the same key still get the body.
        storage_key = key.storage_key
        flight = self._flights.get(storage_key)
        if flight is None:
            flight = asyncio.create_task(self._build_once_across_processes(key, fresh_s, build))
            self._flights[storage_key] = flight
            flight.add_done_callback(lambda done: self._landed(storage_key, done))
        return await asyncio.shield(flight)

    def _landed(self, storage_key: str, flight: asyncio.Task[CachedBody]) -> None:
        self._flights.pop(storage_key, None)
        if not flight.cancelled():
            flight.exception()  # retrieved here, so a failure nobody waited for is not reported twice

    async def _build_once_across_processes(self, key: CacheKey, fresh_s: int, build: Build) -> CachedBody:
        lock = f"lock:{key.storage_key}"
        locked = await self.store.add(lock, b"1", self.lock_ms)
        if locked is False:
            # Another process is building this key: its result is worth a short wait.
            waited = await self._wait_for_other_build(key.storage_key)
            if waited is not None:
                return waited
        try:
            return await self._build(key, fresh_s, build)
        finally:
            if locked:
                await self.store.delete(lock)

    async def _wait_for_other_build(self, storage_key: str) -> CachedBody | None:
        deadline = self._clock() + self.wait_s
        pause = POLL_START_S
        while self._clock() < deadline:
            await asyncio.sleep(pause)
            pause = min(pause * 2, 0.05)
            cached = await self._read(storage_key)
            # The other process's build, not the stale entry it replaces (which a key that may not be
            # served stale would otherwise get back here).
            if cached is not None and cached.fresh_until >= self._clock():
                return cached
        return None

    async def _build(self, key: CacheKey, fresh_s: int, build: Build) -> CachedBody:
        # The generation before the database: a write that lands during the build makes the store refuse.
        ticket = self.near.ticket() if self.near else None
        generation = await self.store.generation()
        built = await build()
        payload, built_from = built[0], built[1]
        fresh = min(float(fresh_s), built[2]) if len(built) == 3 else float(fresh_s)
        tags = tuple(sorted(set(built_from)))
        body = CachedBody.of(payload, self._clock() + fresh, encoded=not key.fragment, tags=tags)
        if generation is not None:
            kept_s = max(1, int(fresh + 0.999)) + self.stale_s
            stored = await self.store.store_tagged(
                key.storage_key, _encoder.encode(body), kept_s, list(tags), generation
            )
            if stored and self.near:
                self.near.put(key.storage_key, body, ticket)
        return body

    async def _refresh(self, key: CacheKey, fresh_s: int, build: Build) -> None:
        lock = f"lock:{key.storage_key}"
        if not await self.store.add(lock, b"1", self.lock_ms):
            return  # another process is refreshing it (or the store is down): keep serving the stale copy
        try:
            await self._build(key, fresh_s, build)
        except Exception:
            logger.exception("background rebuild of %s failed; the stale copy stays", key.storage_key)
        finally:
            await self.store.delete(lock)
