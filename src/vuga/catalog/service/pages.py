"""Public catalog responses served from the response cache: genres, languages, browse first pages, title
details and people, each built once per lifetime (or write) and kept serialised and compressed.

A build opens its own read session: it may outlive the request that started it (other requests wait on
it, and stale entries are rebuilt in the background), so it cannot borrow that request's session.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable

import msgspec

from vuga.catalog.service import cache_tags
from vuga.catalog.service.reading import BrowseQuery, CatalogReader
from vuga.core.cache import CachedBody, CacheKey, ResponseCache
from vuga.core.db import Database
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.settings import CacheSettings

Built = tuple[bytes, Iterable[str]]


def variant(max_maturity: Maturity | None) -> str:
    """The part of a key that says which ceiling a response was filtered for."""
    return max_maturity.value if max_maturity else "any"


def title_page_key(title_id: int, max_maturity: Maturity | None) -> CacheKey:
    return CacheKey("title", f"{title_id}:{variant(max_maturity)}")


class CatalogPages:
    def __init__(
        self, database: Database, media: MediaUrls, cache: ResponseCache, settings: CacheSettings
    ) -> None:
        self.database = database
        self.media = media
        self.cache = cache
        self.settings = settings

    async def _read(self, work: Callable[[CatalogReader], Awaitable[Built]]) -> Built:
        async with self.database.reader() as session:
            return await work(CatalogReader.for_session(session, self.media))

    async def genres(self) -> CachedBody:
        async def build(catalog: CatalogReader) -> Built:
            return msgspec.json.encode(await catalog.genres()), [cache_tags.GENRES]

        key = CacheKey("genres", "all")
        return await self.cache.get_or_build(key, self.settings.list_ttl_s, lambda: self._read(build))

    async def languages(self) -> CachedBody:
        async def build(catalog: CatalogReader) -> Built:
            return msgspec.json.encode(await catalog.languages()), [cache_tags.LANGUAGES]

        key = CacheKey("languages", "all")
        return await self.cache.get_or_build(key, self.settings.list_ttl_s, lambda: self._read(build))

    async def browse_first_page(self, query: BrowseQuery, limit: int) -> CachedBody:
        async def build(catalog: CatalogReader) -> Built:
            return msgspec.json.encode(await catalog.browse(query, None, limit)), [cache_tags.LISTING]

        query.filters()  # a query that cannot be valid is refused before it takes a cache key
        key = CacheKey("browse", f"{query.fingerprint()}:{limit}")
        return await self.cache.get_or_build(key, self.settings.list_ttl_s, lambda: self._read(build))

    async def title(self, title_id: int, max_maturity: Maturity | None) -> CachedBody:
        async def build(catalog: CatalogReader) -> Built:
            detail = await catalog.title(title_id, max_maturity)
            return msgspec.json.encode(detail), cache_tags.of_title_detail(detail)

        key = title_page_key(title_id, max_maturity)
        return await self.cache.get_or_build(key, self.settings.title_ttl_s, lambda: self._read(build))

    async def person(self, person_id: int, max_maturity: Maturity | None) -> CachedBody:
        async def build(catalog: CatalogReader) -> Built:
            page = await catalog.person(person_id, max_maturity)
            return msgspec.json.encode(page), cache_tags.of_person(page)

        key = CacheKey("person", f"{person_id}:{variant(max_maturity)}")
        return await self.cache.get_or_build(key, self.settings.title_ttl_s, lambda: self._read(build))
