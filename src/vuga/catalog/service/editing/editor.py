"""How editors change the catalog. Each method checks the rules a row cannot enforce alone (a season belongs
to a series, a source to exactly one movie or episode, referenced ids exist), then flushes; the request
commits. Unique clashes surface from the database as 409 so that two editors racing cannot both win.

Each write also names the cached responses it makes stale (``cache_tags``); they are invalidated once the
request's transaction has committed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import (
    Credit,
    Episode,
    Genre,
    Language,
    MediaSource,
    Person,
    Season,
    Subtitle,
    Trailer,
)
from vuga.catalog.repository import CatalogRepository
from vuga.catalog.service import cache_tags
from vuga.catalog.service.editing.artwork import ArtworkEditor
from vuga.catalog.service.editing.genres import GenreEditor
from vuga.catalog.service.editing.media import MediaEditor
from vuga.catalog.service.editing.people import PeopleEditor
from vuga.catalog.service.editing.seasons import SeasonEditor
from vuga.catalog.service.editing.titles import TitleEditor
from vuga.core.db import Base, after_commit

Invalidate = Callable[[Sequence[str]], Awaitable[None]]


class CatalogEditor(TitleEditor, SeasonEditor, GenreEditor, PeopleEditor, MediaEditor, ArtworkEditor):
    """Every edit on one session, collecting the cache tags its writes make stale."""

    @classmethod
    def for_session(cls, session: AsyncSession, invalidate: Invalidate | None = None) -> CatalogEditor:
        """An editor on ``session``; with ``invalidate``, the responses its writes make stale are
        invalidated after the session commits."""
        editor = cls(CatalogRepository(session))
        if invalidate is not None:

            async def invalidate_stale() -> None:
                if editor.stale:
                    await invalidate(sorted(editor.stale))

            after_commit(session, invalidate_stale)
        return editor

    async def catalog_is_empty(self) -> bool:
        return await self.repository.is_empty()

    # --- deletes ----------------------------------------------------------------------------------------

    async def delete(self, entity: str, row_id: int) -> None:
        """Delete one row by entity name; its dependants (a season's episodes, ...) go with it."""
        row = await self._require(DELETABLE[entity], row_id, entity)
        self.stale.update(_stale_after_deleting(row))
        await self.repository.delete(row)
        await self._save()


def _stale_after_deleting(row: Base) -> list[str]:
    if isinstance(row, Genre):
        return [cache_tags.GENRES, cache_tags.genre(row.id), cache_tags.LISTING, cache_tags.SEARCH]
    if isinstance(row, Language):
        return [cache_tags.LANGUAGES, cache_tags.language(row.id), cache_tags.LISTING]
    if isinstance(row, Person):
        return [cache_tags.person(row.id), cache_tags.SEARCH]
    if isinstance(row, Credit):
        return [cache_tags.title(row.title_id), cache_tags.person(row.person_id), cache_tags.SEARCH]
    # seasons, episodes, sources, subtitles and trailers all belong to a title
    title_id: int = row.title_id  # type: ignore[attr-defined]
    return [cache_tags.title(title_id)]


DELETABLE: dict[str, type[Base]] = {
    "season": Season,
    "episode": Episode,
    "genre": Genre,
    "language": Language,
    "person": Person,
    "credit": Credit,
    "source": MediaSource,
    "subtitle": Subtitle,
    "trailer": Trailer,
}
