"""Assembling the home page.

The shared part (featured, top 10, new releases, genre rails) is the same for every viewer under one
maturity ceiling, so it is built once per ceiling and kept in the response cache as finished bytes. A
profile's home adds its own rails, from small indexed queries, and splices the cached shared bytes in after
them, so the shared part is never decoded or encoded again per request; gzipped, it is deflated once per
version and process, and only the profile's own rails are compressed per request.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.accounts.service import ProfileService
from vuga.catalog.service import CatalogRails, CatalogReader, RailSizes, RailsReader, cache_tags
from vuga.catalog.service.pages import variant
from vuga.core.cache import CachedBody, CacheKey, ResponseCache
from vuga.core.cache.compression import DeflatedTail, gzip_joined
from vuga.core.db import Database
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.home.schemas import Home, PersonalRails, Rail, RailKind
from vuga.library.schemas import LibraryItem, Shelf
from vuga.library.service import LibraryService
from vuga.playback.schemas import ProgressItem
from vuga.playback.service import PlaybackService
from vuga.settings import CacheSettings, HomeSettings

MY_LIST_SIZE = 20
# Deflated shared parts kept per process: one per maturity variant, and the previous versions of a few.
DEFLATED_TAILS_KEPT = 16
T = TypeVar("T")


def shared_variant(max_maturity: Maturity | None) -> Maturity | None:
    """The ceiling the shared home is built for: nothing is rated above 18+, so 18+ and none are one."""
    return None if max_maturity is Maturity.AGE_18 else max_maturity


@functools.cache  # one per maturity value; asked on every near-cache answer of the home page
def shared_home_key(max_maturity: Maturity | None) -> str:
    return _key(shared_variant(max_maturity)).storage_key


def _key(ceiling: Maturity | None) -> CacheKey:
    return CacheKey("home", variant(ceiling))


class SharedHome:
    def __init__(
        self,
        database: Database,
        media: MediaUrls,
        cache: ResponseCache,
        settings: HomeSettings,
        cache_settings: CacheSettings,
    ) -> None:
        self.database = database
        self.media = media
        self.cache = cache
        self.settings = settings
        self.ttl_s = cache_settings.home_ttl_s
        self._deflated_tails: dict[str, DeflatedTail] = {}
        self.sizes = RailSizes(
            rail=settings.rail_size,
            featured=settings.featured_size,
            genre_rail_min_titles=settings.genre_rail_min_titles,
            genre_rail_pool=settings.genre_rail_pool,
        )

    async def body(self, max_maturity: Maturity | None) -> CachedBody:
        ceiling = shared_variant(max_maturity)
        return await self.cache.get_or_build(_key(ceiling), self.ttl_s, lambda: self.build(ceiling))

    async def because_you_watched(self, title_id: int, max_maturity: Maturity | None) -> bytes:
        """The "because you watched" rail that follows ``title_id`` at a ceiling, as JSON (``null`` when the
        title is not visible or nothing is like it). It depends on the title, not on who watched it: built
        once per title and ceiling, kept in the response cache as a fragment of the personal homes."""
        key = CacheKey("because-you-watched", f"{title_id}:{variant(max_maturity)}", fragment=True)
        body = await self.cache.get_or_build(
            key, self.ttl_s, lambda: self._build_because_you_watched(title_id, max_maturity)
        )
        return body.identity

    async def _build_because_you_watched(
        self, title_id: int, max_maturity: Maturity | None
    ) -> tuple[bytes, list[str]]:
        async with self.database.reader() as session:
            found = await CatalogReader.for_session(session, self.media).more_like(title_id, max_maturity)
        if found is None or not found[1]:
            return b"null", [cache_tags.LISTING, cache_tags.title(title_id)]
        watched, similar = found
        rail = Rail(
            id="because-you-watched",
            kind=RailKind.BECAUSE_YOU_WATCHED,
            name=f"Because you watched {watched.title}",
            items=similar,
            because_of=watched,
        )
        return msgspec.json.encode(rail), cache_tags.of_more_like(watched, similar)

    def deflated_tail(self, body: CachedBody) -> DeflatedTail:
        """What a profile's home sends of ``body`` (all but its opening brace), deflated once per version."""
        tail = self._deflated_tails.get(body.etag)
        if tail is None:
            if len(self._deflated_tails) >= DEFLATED_TAILS_KEPT:
                self._deflated_tails.clear()  # old versions: the current ones are deflated again once
            tail = self._deflated_tails[body.etag] = DeflatedTail.of(body.identity[1:])
        return tail

    async def build(self, max_maturity: Maturity | None) -> tuple[bytes, list[str]]:
        async with self.database.reader() as session:
            rails = await RailsReader(session, self.media).rails_for(max_maturity, self.sizes)
        home = Home(featured=rails.featured, rails=self._ordered(rails))
        return msgspec.json.encode(home), [cache_tags.LISTING, cache_tags.GENRES]

    def _ordered(self, rails: CatalogRails) -> list[Rail]:
        ordered = []
        for name in self.settings.rails:
            if name == "top10" and rails.top10:
                ordered.append(Rail(id="top10", kind=RailKind.TOP10, name="Top 10", items=rails.top10))
            elif name == "new_releases" and rails.new_releases:
                ordered.append(
                    Rail(
                        id="new-releases",
                        kind=RailKind.NEW_RELEASES,
                        name="New releases",
                        items=rails.new_releases,
                    )
                )
            elif name == "genres":
                ordered.extend(
                    Rail(
                        id=f"genre-{genre.slug}",
                        kind=RailKind.GENRE,
                        name=genre.name,
                        items=items,
                        genre=genre,
                    )
                    for genre, items in rails.genres
                )
        return ordered


@dataclass(frozen=True, slots=True)
class PersonalBody:
    """A profile's home as its two parts: the profile's own rails, as the start of the JSON object, and the
    cached shared rails, which end it."""

    head: bytes
    shared: CachedBody
    home: SharedHome

    def identity(self) -> bytes:
        return self.head + self.shared.identity[1:]

    def gzip(self) -> bytes:
        return gzip_joined(self.head, self.home.deflated_tail(self.shared))


class PersonalHome:
    """One profile's home, for one request.

    Its own rails are independent reads, so they run on read sessions of their own, side by side with each
    other and with the shared part's cache lookup: the home costs about its slowest rail, not their sum.
    "Because you watched" needs only the title last finished: the rail itself is shared by everyone who
    finished it (``SharedHome.because_you_watched``).
    The request's own session, which checked the profile, gives its connection back first: a request that
    held one connection while waiting for more would, with more requests than connections in the pool, wait
    for requests that wait for it (64 of them against a pool of 30 failed after the pool's timeout in the
    benchmark suite).
    """

    def __init__(
        self,
        database: Database,
        request_session: AsyncSession,
        profiles: ProfileService,
        media: MediaUrls,
        shared: SharedHome,
    ) -> None:
        self.database = database
        self.request_session = request_session
        self.profiles = profiles  # on the request's session: checks the profile is the caller's
        self.media = media
        self.shared = shared

    async def body(self, viewer: Viewer, profile_id: int) -> PersonalBody:
        ceiling = await self.profiles.ceiling(viewer, profile_id)  # 404 for another account's profile
        await self.request_session.rollback()  # its connection back to the pool before the rails take theirs
        (continue_watching, last_finished), my_list, shared = await asyncio.gather(
            self._read(lambda session: self._viewing(session, profile_id, ceiling)),
            self._read(lambda session: self._my_list(session, profile_id, ceiling)),
            self.shared.body(ceiling),
        )
        because_you_watched = (
            await self.shared.because_you_watched(last_finished, ceiling) if last_finished else b"null"
        )
        personal = PersonalRails(
            continue_watching=continue_watching,
            my_list=my_list,
            because_you_watched=msgspec.Raw(because_you_watched),
        )
        # '{"continue_watching":...,"because_you_watched":...}' + '{"featured":...}' → one object
        return PersonalBody(msgspec.json.encode(personal)[:-1] + b",", shared, self.shared)

    async def _read(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        async with self.database.reader() as session:
            return await work(session)

    async def _viewing(
        self, session: AsyncSession, profile_id: int, ceiling: Maturity
    ) -> tuple[list[ProgressItem], int | None]:
        """Continue watching, and the title the profile finished last."""
        playback = PlaybackService(session, self.profiles, self.media)
        continue_watching = await playback.continue_watching_of(profile_id, ceiling)
        return continue_watching, await playback.last_completed_title(profile_id)

    async def _my_list(self, session: AsyncSession, profile_id: int, ceiling: Maturity) -> list[LibraryItem]:
        library = LibraryService(session, self.profiles, self.media)
        page = await library.shelf_of(
            profile_id, ceiling=ceiling, shelf=Shelf.WATCHLIST, cursor=None, limit=MY_LIST_SIZE
        )
        return page.items
