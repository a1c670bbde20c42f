"""Search engines behind one interface. The service ranks and pages what a backend finds; a backend only
finds: the candidate titles of a query (with the engine's own text relevance) and type-ahead matches.

``PostgresSearch`` (tsvector + GIN, pg_trgm) and ``SqliteSearch`` (FTS5) are chosen by the database's
dialect; an external engine (OpenSearch, Meilisearch) would be a third class with the same methods, fed by
the same catalog writes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.service import TitleFilters
from vuga.search.query import SearchText

# The catalog filters a search can carry: browsing's own, so both lists filter alike.
SearchFilters = TitleFilters


@dataclass(frozen=True, slots=True)
class Candidate:
    """A title a query found. ``relevance`` (0 to 1) is the engine's text score, None for a title found only
    by the typo-tolerant match; ``names`` are its title and original title, for the service's checks."""

    title_id: int
    names: str
    title: str
    popularity: float
    relevance: float | None


@dataclass(frozen=True, slots=True)
class Suggestion:
    kind: str  # "title" or "person"
    id: int
    name: str
    popularity: float


@dataclass(frozen=True, slots=True)
class Limits:
    """How much a backend may look at: the most popular ``text`` full-text matches, exact title matches
    whatever their popularity, and (only when full text found fewer than ``fuzzy_below``) ``fuzzy``
    typo-tolerant matches."""

    text: int
    exact: int
    fuzzy: int
    fuzzy_below: int


Progress = Callable[[int, int], None]


class SearchBackend(Protocol):
    async def candidates(
        self, text: SearchText, filters: SearchFilters, limits: Limits
    ) -> Sequence[Candidate]: ...

    async def suggest(self, words: list[str], max_age: int | None, limit: int) -> Sequence[Suggestion]: ...

    async def reindex(self, batch_size: int, on_progress: Progress) -> int:
        """Rebuild the whole index (after a bulk import that bypassed the triggers); returns titles seen."""
        ...


async def index_titles_in_batches(
    session: AsyncSession,
    batch_size: int,
    on_progress: Progress,
    index: Callable[[Sequence[int]], Awaitable[None]],
) -> int:
    """Every title through ``index``, ``batch_size`` ids per transaction in id order, reporting progress;
    returns the titles seen. The walk both backends' ``reindex`` share."""
    total = (await session.execute(text("SELECT count(*) FROM titles"))).scalar_one()
    done, last_id = 0, 0
    while True:
        ids = (
            (
                await session.execute(
                    text("SELECT id FROM titles WHERE id > :after ORDER BY id LIMIT :size"),
                    {"after": last_id, "size": batch_size},
                )
            )
            .scalars()
            .all()
        )
        if not ids:
            return done
        await index(ids)
        await session.commit()
        done, last_id = done + len(ids), ids[-1]
        on_progress(done, total)


def backend_for(session: AsyncSession) -> SearchBackend:
    if session.get_bind().dialect.name == "postgresql":
        from vuga.search.backends.postgres import PostgresSearch

        return PostgresSearch(session)
    from vuga.search.backends.sqlite import SqliteSearch

    return SqliteSearch(session)
