"""Search's rules: how a query is read, which candidates count, how they rank, how results are paged.

Ranking blends, for each candidate a backend found:

- text relevance (0 to 1, the engine's weighted score: a word in the title counts ten times one in the
  synopsis),
- a bonus when the whole query is the title (or original title): "Up" puts *Up* first, not *Up in the Air*,
- popularity, bounded (``p / (p + POPULARITY_HALF)``) so that it orders equally relevant titles without
  burying a relevant unpopular one,
- for titles found only by the typo-tolerant match, the trigram similarity of the query to their names,
  below any full-text match of the same strength, and nothing under ``MIN_SIMILARITY``.

Pages are keyset pages over (score, id): a cursor holds the last item's score and id and a fingerprint of the
query and its filters.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.schemas import TitleSummary
from vuga.catalog.service import CatalogReader, ListFilters, cache_tags
from vuga.catalog.service.pages import variant
from vuga.core.bounds import FiniteFloat, Id
from vuga.core.cache import CachedBody, CacheKey, ResponseCache
from vuga.core.db import Database
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.core.pagination import Page, decode_cursor, paginate, query_fingerprint
from vuga.search.backends import Candidate, Limits, Progress, SearchBackend, SearchFilters, backend_for
from vuga.search.query import SearchText, normalize, similarity, words_of
from vuga.search.schemas import SuggestionKind, SuggestionOut

LIMITS = Limits(text=100, exact=20, fuzzy=50, fuzzy_below=5)
# Typo tolerance needs a query of this many letters: shorter ones share their trigrams with too many names to
# be told apart (and to be looked up fast).
FUZZY_MIN_LETTERS = 5
EXACT_TITLE_BONUS = 1.0
POPULARITY_WEIGHT = 0.25
POPULARITY_HALF = 1000.0
FUZZY_WEIGHT = 0.5
MIN_SIMILARITY = 0.45
SUGGEST_LIMIT = 10
SUGGEST_MIN_CHARACTERS = 2


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchRequest(ListFilters):
    q: str

    def fingerprint(self, text: SearchText) -> str:
        return self.fingerprint_of(q=text.text)


@dataclass(frozen=True, slots=True)
class Ranked:
    score: float
    title_id: int


def score(candidate: Candidate, query: str) -> float | None:
    """The candidate's place in the results (higher first), or None when it is not a match after all."""
    popularity = POPULARITY_WEIGHT * max(candidate.popularity, 0.0)
    popularity /= max(candidate.popularity, 0.0) + POPULARITY_HALF
    if candidate.relevance is not None:
        exact = _could_equal(candidate.names, query) and query in (
            normalize(candidate.title),
            normalize(candidate.names),
        )
        return candidate.relevance + (EXACT_TITLE_BONUS if exact else 0.0) + popularity
    matched = similarity(query, normalize(candidate.names))
    return FUZZY_WEIGHT * matched + popularity if matched >= MIN_SIMILARITY else None


def _could_equal(names: str, query: str) -> bool:
    """A cheap test before normalising: a name equal to the query once normalised is at least as long and
    not much longer (normalising drops accents and punctuation, never letters)."""
    return len(query) <= len(names) and len(names) <= 3 * len(query) + 20


def rank(candidates: Sequence[Candidate], query: str) -> list[Ranked]:
    ranked = [
        Ranked(value, candidate.title_id)
        for candidate in candidates
        if (value := score(candidate, query)) is not None
    ]
    ranked.sort(key=lambda item: (item.score, item.title_id), reverse=True)
    return ranked


class SearchService:
    def __init__(self, backend: SearchBackend, catalog: CatalogReader) -> None:
        self.backend = backend
        self.catalog = catalog

    @classmethod
    def for_session(cls, session: AsyncSession, media: MediaUrls) -> SearchService:
        return cls(backend_for(session), CatalogReader.for_session(session, media))

    async def search(self, request: SearchRequest, cursor: str | None, limit: int) -> Page[TitleSummary]:
        filters = request.filters()
        text = SearchText.parse(request.q)
        fingerprint = request.fingerprint(text)
        after = decode_cursor(cursor, fingerprint, tuple[FiniteFloat, Id]) if cursor else None
        if text.is_empty:  # nothing searchable (empty, punctuation, emoji only): nothing found
            return Page(items=[])
        return await self.compute_page(text, filters, request.max_maturity, fingerprint, after, limit)

    async def compute_page(
        self,
        text: SearchText,
        filters: SearchFilters,
        max_maturity: Maturity | None,
        fingerprint: str,
        after: tuple[float, ...] | None,
        limit: int,
    ) -> Page[TitleSummary]:
        """One page of results. The seam for caching: a page depends only on the catalog and on
        (fingerprint, after, limit) — the fingerprint covers the query text and every filter — so a cache
        keyed by those and cleared on catalog writes can wrap this method."""
        limits = LIMITS
        if len(text.normalized.replace(" ", "")) < FUZZY_MIN_LETTERS:
            limits = dataclasses.replace(LIMITS, fuzzy_below=0)
        ranked = rank(await self.backend.candidates(text, filters, limits), text.normalized)
        if after is not None:
            ranked = [item for item in ranked if (item.score, item.title_id) < after]
        page, next_cursor = paginate(
            ranked[: limit + 1], limit, fingerprint, lambda item: (item.score, item.title_id)
        )
        summaries = await self.catalog.summaries([item.title_id for item in page], max_maturity)
        return Page(
            items=[summaries[item.title_id] for item in page if item.title_id in summaries],
            next_cursor=next_cursor,
        )

    async def suggest(self, q: str, max_maturity: Maturity | None) -> Page[SuggestionOut]:
        """Up to ``SUGGEST_LIMIT`` titles and people whose names start with what was typed, word by word.
        Names starting with the whole query come first; then titles, most popular first; then people."""
        words = words_of(" ".join(SearchText.parse(q).text.split()))
        if sum(len(word) for word in words) < SUGGEST_MIN_CHARACTERS:
            return Page(items=[])
        found = await self.backend.suggest(
            words, max_maturity.min_age if max_maturity else None, SUGGEST_LIMIT
        )
        typed = normalize(" ".join(words))
        ordered = sorted(
            found,
            key=lambda s: (
                not normalize(s.name).startswith(typed),
                s.kind != SuggestionKind.TITLE,
                -s.popularity,
                len(s.name),
                s.id,
            ),
        )
        return Page(
            items=[SuggestionOut(kind=SuggestionKind(s.kind), id=s.id, name=s.name) for s in ordered][
                :SUGGEST_LIMIT
            ]
        )


async def reindex(session: AsyncSession, batch_size: int, on_progress: Progress) -> int:
    """Rebuild the whole search index from the catalog, ``batch_size`` titles per transaction."""
    return await backend_for(session).reindex(batch_size, on_progress)


class SearchPages:
    """First result pages and type-ahead answers from the response cache.

    Most searches are a few popular queries and the prefixes typed on the way to them; their answers are kept
    as ready bytes (``search`` namespace) and invalidated by every catalog write that changes what a search
    can find (the ``search`` tag: titles' text and publication, credits, people and genre names). A build
    opens its own read session, as it may outlive the request that started it.
    """

    def __init__(self, database: Database, media: MediaUrls, cache: ResponseCache, ttl_s: int) -> None:
        self.database = database
        self.media = media
        self.cache = cache
        self.ttl_s = ttl_s

    async def first_page(self, request: SearchRequest, limit: int) -> CachedBody:
        request.filters()  # a request that cannot be valid is refused before it takes a cache key
        fingerprint = request.fingerprint(SearchText.parse(request.q))

        async def build() -> tuple[bytes, list[str]]:
            async with self.database.reader() as session:
                page = await SearchService.for_session(session, self.media).search(request, None, limit)
            return msgspec.json.encode(page), [cache_tags.SEARCH]

        return await self.cache.get_or_build(CacheKey("search", f"{fingerprint}:{limit}"), self.ttl_s, build)

    async def suggestions(self, q: str, max_maturity: Maturity | None) -> CachedBody:
        typed = normalize(" ".join(SearchText.parse(q).text.split()))

        async def build() -> tuple[bytes, list[str]]:
            async with self.database.reader() as session:
                page = await SearchService.for_session(session, self.media).suggest(q, max_maturity)
            return msgspec.json.encode(page), [cache_tags.SEARCH]

        key = CacheKey("suggest", f"{variant(max_maturity)}:{query_fingerprint(q=typed)}")
        return await self.cache.get_or_build(key, self.ttl_s, build)
