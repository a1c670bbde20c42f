"""Live-TV answers from the response cache, pre-serialised and pre-compressed, one build per key.

Lists and the guide live as long as the catalog's lists (admin writes and imports invalidate them); a
channel's now-and-next lives until its next programme boundary (at most ``now_next_max_fresh_s``) and is
never served stale past it: a "now" that has ended is wrong, not old.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import TypeVar

import msgspec

from vuga.core.cache import CachedBody, CacheKey, ResponseCache
from vuga.core.clock import utcnow
from vuga.core.db import Database
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.core.pagination import query_fingerprint
from vuga.livetv.service import cache_tags
from vuga.livetv.service.reading import LiveReader
from vuga.settings import CacheSettings, LiveTvSettings

T = TypeVar("T")


def variant(ceiling: Maturity | None) -> str:
    return ceiling.value if ceiling else "any"


class LivePages:
    def __init__(
        self,
        database: Database,
        cache: ResponseCache,
        settings: CacheSettings,
        live: LiveTvSettings,
        media: MediaUrls,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.database = database
        self.media = media
        self.cache = cache
        self.settings = settings
        self.live = live
        self.clock = clock

    async def _read(self, work: Callable[[LiveReader], Awaitable[T]]) -> T:
        # Its own session: a build may outlive the request that started it (vuga.catalog.service.pages).
        async with self.database.reader() as session:
            return await work(LiveReader(session, self.media))

    async def categories(self, ceiling: Maturity | None) -> CachedBody:
        async def build() -> tuple[bytes, list[str]]:
            page = await self._read(lambda reader: reader.categories(ceiling))
            return msgspec.json.encode(page), [cache_tags.CHANNELS]

        key = CacheKey("live-categories", variant(ceiling))
        return await self.cache.get_or_build(key, self.settings.list_ttl_s, build)

    async def channels(self, ceiling: Maturity | None, category: str | None, limit: int) -> CachedBody:
        async def build() -> tuple[bytes, list[str]]:
            page = await self._read(lambda reader: reader.channel_list(ceiling, category, None, limit))
            return msgspec.json.encode(page), [cache_tags.CHANNELS]

        key = CacheKey("live-channels", f"{variant(ceiling)}:{limit}:{category or ''}")
        return await self.cache.get_or_build(key, self.settings.list_ttl_s, build)

    async def channel(self, channel_id: int, ceiling: Maturity | None) -> CachedBody:
        async def build() -> tuple[bytes, list[str], float]:
            now = self.clock()
            detail, boundary = await self._read(lambda reader: reader.channel(channel_id, ceiling, now))
            fresh_s = float(self.live.now_next_max_fresh_s)
            if boundary is not None:
                fresh_s = min(fresh_s, max(0.0, (boundary - now).total_seconds()))
            return msgspec.json.encode(detail), [cache_tags.CHANNELS, cache_tags.GUIDE], fresh_s

        key = CacheKey("live-channel", f"{channel_id}:{variant(ceiling)}")
        return await self.cache.get_or_build(key, self.live.now_next_max_fresh_s, build, serve_stale=False)

    async def guide(
        self,
        ceiling: Maturity | None,
        *,
        start: datetime,
        end: datetime,
        channel_ids: Sequence[int] | None,
        category: str | None,
        cursor: str | None,
        limit: int,
    ) -> CachedBody:
        async def build() -> tuple[bytes, list[str]]:
            guide = await self._read(
                lambda reader: reader.guide(
                    ceiling,
                    start=start,
                    end=end,
                    channel_ids=channel_ids,
                    category=category,
                    cursor=cursor,
                    limit=limit,
                )
            )
            return msgspec.json.encode(guide), [cache_tags.CHANNELS, cache_tags.GUIDE]

        name = query_fingerprint(
            ceiling=variant(ceiling),
            start=start.isoformat(),
            end=end.isoformat(),
            channels=",".join(map(str, channel_ids)) if channel_ids is not None else None,
            category=category,
            cursor=cursor,
            limit=limit,
        )
        return await self.cache.get_or_build(CacheKey("live-guide", name), self.settings.list_ttl_s, build)

    async def search(self, ceiling: Maturity | None, query: str, limit: int) -> CachedBody:
        async def build() -> tuple[bytes, list[str]]:
            page = await self._read(lambda reader: reader.search(ceiling, query, limit))
            return msgspec.json.encode(page), [cache_tags.CHANNELS]

        name = query_fingerprint(ceiling=variant(ceiling), q=query, limit=limit)
        return await self.cache.get_or_build(CacheKey("live-search", name), self.settings.search_ttl_s, build)
