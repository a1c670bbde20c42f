"""The library's rules: a profile keeps only what it may see, and ratings move the title's average exactly."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.accounts.service import ProfileService
from vuga.catalog.service import CatalogEditor, CatalogReader
from vuga.core.bounds import AwareDateTime, Id, Text
from vuga.core.clock import utcnow
from vuga.core.errors import NotFound
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.core.pagination import Page, decode_cursor, paginate, query_fingerprint
from vuga.library.repository import LibraryRepository
from vuga.library.schemas import ItemKind, LibraryItem, RatingOut, Shelf


class LibraryService:
    def __init__(self, session: AsyncSession, profiles: ProfileService, media: MediaUrls) -> None:
        self.repository = LibraryRepository(session)
        self.profiles = profiles
        self.catalog = CatalogReader.for_session(session, media)
        self.catalog_editor = CatalogEditor.for_session(session)

    async def _ceiling(self, viewer: Viewer, profile_id: int) -> Maturity:
        return await self.profiles.ceiling(viewer, profile_id)

    async def put(self, viewer: Viewer, profile_id: int, shelf: Shelf, kind: ItemKind, item_id: int) -> None:
        ceiling = await self._ceiling(viewer, profile_id)
        if kind is ItemKind.TITLE:
            await self.catalog.require_visible_title(item_id, ceiling)
        else:
            await self.catalog.require_visible_episode(item_id, ceiling)
        await self.repository.put(shelf, kind, profile_id, item_id, utcnow())

    async def remove(
        self, viewer: Viewer, profile_id: int, shelf: Shelf, kind: ItemKind, item_id: int
    ) -> None:
        await self._ceiling(viewer, profile_id)  # the profile must be the viewer's
        await self.repository.remove(shelf, kind, profile_id, item_id)

    async def contains(
        self, viewer: Viewer, profile_id: int, shelf: Shelf, kind: ItemKind, item_id: int
    ) -> bool:
        await self._ceiling(viewer, profile_id)  # the profile must be the viewer's
        return await self.repository.contains(shelf, kind, profile_id, item_id)

    async def shelves_holding(
        self, viewer: Viewer, profile_id: int, kind: ItemKind, item_id: int
    ) -> set[Shelf]:
        """The profile's shelves the item is on (a title page's watchlist and favourite marks)."""
        await self._ceiling(viewer, profile_id)
        return {shelf for shelf in Shelf if await self.repository.contains(shelf, kind, profile_id, item_id)}

    async def toggle(
        self, viewer: Viewer, profile_id: int, shelf: Shelf, kind: ItemKind, item_id: int
    ) -> bool:
        """Put the item on the shelf, or take it off if it is there (the VUGA apps' one button); True: it
        is on the shelf now."""
        if await self.contains(viewer, profile_id, shelf, kind, item_id):
            await self.repository.remove(shelf, kind, profile_id, item_id)
            return False
        await self.put(viewer, profile_id, shelf, kind, item_id)
        return True

    async def title_ids(self, viewer: Viewer, profile_id: int, shelf: Shelf, limit: int = 100) -> list[int]:
        """The ids of the titles on the profile's shelf, latest first (what a VUGA app marks as saved)."""
        await self._ceiling(viewer, profile_id)
        return await self.repository.title_ids(shelf, profile_id, limit)

    async def list(
        self, viewer: Viewer, profile_id: int, shelf: Shelf, cursor: str | None, limit: int
    ) -> Page[LibraryItem]:
        """A shelf, most recently added first. Items the profile may no longer see (unpublished, or above a
        lowered ceiling) are left out of their page, so a page can hold fewer than ``limit`` items."""
        return await self.shelf_of(
            profile_id,
            ceiling=await self._ceiling(viewer, profile_id),
            shelf=shelf,
            cursor=cursor,
            limit=limit,
        )

    async def shelf_of(
        self, profile_id: int, *, ceiling: Maturity, shelf: Shelf, cursor: str | None, limit: int
    ) -> Page[LibraryItem]:
        """A shelf of a profile whose ownership and ceiling the caller has checked."""
        fingerprint = query_fingerprint(shelf=shelf, profile=profile_id)
        after = decode_cursor(cursor, fingerprint, tuple[AwareDateTime, Text, Id]) if cursor else None
        rows = await self.repository.page(shelf, profile_id, after, limit + 1)
        page, next_cursor = paginate(
            rows, limit, fingerprint, lambda row: (row["added_at"], row["kind"], row["item_id"])
        )
        episodes = await self.catalog.episode_refs(
            [row["item_id"] for row in page if row["kind"] == ItemKind.EPISODE], ceiling
        )
        title_ids = [row["item_id"] for row in page if row["kind"] == ItemKind.TITLE]
        titles = await self.catalog.summaries(title_ids + [e.title_id for e in episodes.values()], ceiling)
        items = []
        for row in page:
            if row["kind"] == ItemKind.TITLE and row["item_id"] in titles:
                items.append(
                    LibraryItem(kind=ItemKind.TITLE, added_at=row["added_at"], title=titles[row["item_id"]])
                )
            elif (episode := episodes.get(row["item_id"])) is not None and episode.title_id in titles:
                items.append(
                    LibraryItem(
                        kind=ItemKind.EPISODE,
                        added_at=row["added_at"],
                        title=titles[episode.title_id],
                        episode=episode,
                    )
                )
        return Page(items=items, next_cursor=next_cursor)

    async def rate(self, viewer: Viewer, profile_id: int, title_id: int, score: int) -> RatingOut:
        await self.catalog.require_visible_title(title_id, await self._ceiling(viewer, profile_id))
        previous = await self.repository.rate(profile_id, title_id, score, utcnow())
        total_delta, count_delta = (score, 1) if previous is None else (score - previous, 0)
        average, count = await self.catalog_editor.record_rating_change(title_id, total_delta, count_delta)
        return RatingOut(title_id=title_id, score=score, rating_avg=round(average, 2), rating_count=count)

    async def unrate(self, viewer: Viewer, profile_id: int, title_id: int) -> None:
        await self._ceiling(viewer, profile_id)
        removed = await self.repository.unrate(profile_id, title_id)
        if removed is not None:
            await self.catalog_editor.record_rating_change(title_id, -removed, -1)

    async def rating(self, viewer: Viewer, profile_id: int, title_id: int) -> int:
        await self._ceiling(viewer, profile_id)
        score = await self.repository.score(profile_id, title_id)
        if score is None:
            raise NotFound(f"profile {profile_id} has not rated title {title_id}")
        return score
