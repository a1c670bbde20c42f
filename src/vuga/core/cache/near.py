"""The near cache: the response bodies this process served lately, kept decoded in its own memory.

A hit in Redis still costs a round trip and a copy of every encoding of the body (hundreds of kilobytes for
the home page); a hit here costs a dictionary lookup. It stays coherent with the shared store by watching
the store's generation (bumped by every invalidation, see ``stores``): a watcher reads it every
``interval_s`` and drops everything when it changed, so an admin write reaches every process's near cache
within that interval. While the store cannot be read the near cache is off and empty: without the
generation, this process could not hear of invalidations.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from vuga.core.cache.entries import CachedBody
from vuga.core.cache.stores import Cache

logger = logging.getLogger("vuga.cache")


class NearCache:
    def __init__(self, store: Cache, interval_s: float, max_bytes: int) -> None:
        self.store = store
        self.interval_s = interval_s
        self.max_bytes = max_bytes
        self._entries: dict[str, CachedBody] = {}
        self._bytes = 0
        self._generation: int | None = None  # None: off until the watcher has read the store
        self._watcher: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()

    def get(self, key: str) -> CachedBody | None:
        return self._entries.get(key) if self._generation is not None else None

    def ticket(self) -> int | None:
        """Taken before reading the store: ``put`` keeps what was read only if nothing changed since."""
        return self._generation

    def put(self, key: str, body: CachedBody, ticket: int | None) -> None:
        if ticket is None or ticket != self._generation:
            return
        size = len(body.identity) + len(body.gzip) + len(body.brotli)
        while self._entries and self._bytes + size > self.max_bytes:
            oldest = next(iter(self._entries))  # insertion order: the oldest entry goes first
            self._forget_entry(oldest)
        if size <= self.max_bytes:
            self._forget_entry(key)
            self._entries[key] = body
            self._bytes += size

    def forget(self) -> None:
        """Drop everything and stay off until the watcher has read the store's generation again."""
        self._entries.clear()
        self._bytes = 0
        self._generation = None

    def _forget_entry(self, key: str) -> None:
        body = self._entries.pop(key, None)
        if body is not None:
            self._bytes -= len(body.identity) + len(body.gzip) + len(body.brotli)

    async def check(self) -> None:
        """Compare the store's generation with the one the entries were read under."""
        generation = await self.store.generation()
        if generation != self._generation:
            self.forget()
            self._generation = generation

    def start(self) -> None:
        self._watcher = asyncio.create_task(self._watch(), name="near-cache-watcher")

    async def stop(self) -> None:
        # A flag as well as the cancellation: a Redis client interrupted mid-read may turn the cancellation
        # into a connection error, which the loop would survive.
        self._stopping.set()
        if self._watcher is not None:
            self._watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watcher
        self.forget()

    async def _watch(self) -> None:
        while not self._stopping.is_set():
            try:
                await self.check()
            except Exception:  # the store reports its own failures; never let the watcher die
                logger.exception("checking the cache generation failed")
                self.forget()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.interval_s)
