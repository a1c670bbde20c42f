"""Search engines behind one interface. The service ranks and pages what a backend finds; a backend only
finds: the candidate titles of a query (with the engine's own text relevance) and type-ahead matches.

``PostgresSearch`` (tsvector + GIN, pg_trgm) and ``SqliteSearch`` (FTS5) are chosen by the database's
dialect; an external engine (OpenSearch, Meilisearch) would be a third class with the same methods, fed by
the same catalog writes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.search.query import SearchText


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """The catalog filters a search can carry (the same as browsing's)."""

    kind: str | None = None
    genre_id: int | None = None
    genre_slug: str | None = None
    language: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    max_age: int | None = None


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


def backend_for(session: AsyncSession) -> SearchBackend:
    if session.get_bind().dialect.name == "postgresql":
        from vuga.search.backends.postgres import PostgresSearch

        return PostgresSearch(session)
    from vuga.search.backends.sqlite import SqliteSearch

    return SqliteSearch(session)
