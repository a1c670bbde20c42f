"""PostgreSQL search: a weighted tsvector per published title under a GIN index per popularity tier, pg_trgm
for typos, prefix tsqueries for type-ahead. The tables and the triggers that keep them current are in
migration 0004, the tier indexes in 0007.

One statement answers most searches. Its candidate set is capped: ``limits.text`` full-text matches taken
from the most popular tier down (so a common word reads a few hundred rows, not a hundred thousand), plus
exact title matches of any popularity (so "Love" finds the film called Love even when thousands of titles
mention love). Only when full text found too little does a second statement add the closest names by trigram
word similarity.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Result, TextClause, text
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.search.backends import (
    Candidate,
    Limits,
    Progress,
    SearchFilters,
    Suggestion,
    index_titles_in_batches,
)
from vuga.search.backends.filters import title_conditions
from vuga.search.query import SearchText, prefix_tsquery

# ts_rank's weights for the D, C, B and A parts: synopsis, genres, people, titles.
RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"

# Popularity tiers (migration 0004: "pop_9" holds the most popular titles), searched from the top down. Each
# has a GIN index of its own, whose predicate is this very test (migration 0007), so a branch reads only its
# tier's postings. The top tiers hold few titles and are searched together (each branch costs an index scan
# even when it finds nothing); the bottom tier, 99% of titles, is split in four by id, read a quarter at a
# time.
TIER_GROUPS = [
    "pop_9 | pop_8 | pop_7 | pop_6 | pop_5 | pop_4 | pop_3",
    "pop_2",
    "pop_1",
    "pop_0a",
    "pop_0b",
    "pop_0c",
    "pop_0d",
]


def by_tier(select: str, vector: str, query: str) -> str:
    """``select`` once per popularity tier, most popular first, as one UNION ALL. Under a LIMIT, PostgreSQL
    runs the branches in order and stops as soon as it has enough rows, so a common word reads its matches
    among the popular titles only. The tier test is a condition of its own, the one the tier's index is
    partial on: the planner uses that index only for a condition it can match to the index's predicate."""
    return "\nUNION ALL\n".join(
        f"{select} AND {vector} @@ {query} AND {vector} @@ '{group}'::tsquery" for group in TIER_GROUPS
    )


def source(filters: SearchFilters) -> tuple[str, str, dict[str, Any]]:
    """The FROM and WHERE of a search over ``search_titles s``. Only published titles are in the index, so
    without filters ``titles`` is not joined at all: simpler plans, planned faster."""
    if filters == SearchFilters():
        return "search_titles s", "TRUE", {}
    conditions, params = title_conditions(filters)
    return "search_titles s JOIN titles t ON t.id = s.title_id", conditions, params


_CANDIDATES = """
WITH matched AS MATERIALIZED (
    SELECT * FROM ({text_branches}) AS tiers
    LIMIT :text_limit
), exact AS MATERIALIZED (
    SELECT s.title_id, s.document FROM {source}
    WHERE s.title_key = vuga_search_normalize(:normalized) AND {conditions}
    LIMIT :exact_limit
), found AS (
    SELECT title_id, ts_rank('{weights}', document, to_tsquery('vuga_search', :tsquery)) AS relevance
    FROM (SELECT * FROM matched UNION SELECT * FROM exact) AS text_hits
)
SELECT t.id, t.title, t.title || ' ' || coalesce(t.original_title, '') AS names, t.popularity,
       found.relevance
FROM found JOIN titles t ON t.id = found.title_id
"""

# Typo tolerance, a statement of its own run only when full text found too little. Inside the statement
# above, even behind a one-time filter that skipped it, this branch was planned in parallel and its workers
# started on every search: 14-20 ms of a 24 ms search at a million titles (EXPLAIN ANALYZE in
# bench/results/search.md).
_FUZZY = """
SELECT t.id, t.title, t.title || ' ' || coalesce(t.original_title, '') AS names, t.popularity,
       NULL AS relevance
FROM (
    SELECT s.title_id FROM {source}
    WHERE vuga_search_normalize(:normalized) <% s.names AND {conditions}
    ORDER BY word_similarity(vuga_search_normalize(:normalized), s.names) DESC, s.title_id DESC
    LIMIT :fuzzy_limit
) AS fuzzy JOIN titles t ON t.id = fuzzy.title_id
"""

# Type-ahead in one statement. A short prefix ("ma") matches a large share of all titles, and expanding it in
# GIN would read all those matches: so the most popular titles are walked first, in popularity order (at most
# ``walk`` of them, each a primary-key probe), which finds the suggestions of a dense prefix at once. Only
# when they give too few does GIN look for the rest, which is then a rare prefix, cheap to expand.
_SUGGEST = """
WITH popular AS MATERIALIZED (
    SELECT p.id, p.title, p.popularity
    FROM (
        SELECT t.id, t.title, t.popularity FROM titles t WHERE {conditions}
        ORDER BY t.popularity DESC, t.id DESC LIMIT :walk
    ) AS p
    CROSS JOIN LATERAL (
        SELECT 1 FROM search_titles s
        WHERE s.title_id = p.id AND s.name_vector @@ to_tsquery('vuga_search', :tsquery)
        OFFSET 0  -- a probe per title: keeps the planner from turning this into a GIN scan and a hash join
    ) AS matched
    ORDER BY p.popularity DESC, p.id DESC
    LIMIT :limit
), rest AS MATERIALIZED (
    SELECT t.id, t.title, t.popularity
    FROM search_titles s JOIN titles t ON t.id = s.title_id
    WHERE :look_further AND (SELECT count(*) FROM popular) < :limit
      AND s.name_vector @@ to_tsquery('vuga_search', :tsquery) AND {conditions}
    LIMIT :candidates
), titles_found AS (
    SELECT * FROM popular UNION SELECT * FROM rest ORDER BY popularity DESC, id DESC LIMIT :limit
), people_found AS (
    SELECT p.id, p.name
    FROM search_people s JOIN people p ON p.id = s.person_id
    WHERE s.name_vector @@ to_tsquery('vuga_search', :tsquery)
    LIMIT :limit
)
SELECT 'title' AS kind, id, title AS name, popularity FROM titles_found
UNION ALL
SELECT 'person', id, name, 0.0 FROM people_found
"""

# Type-ahead looks at this many of the most popular titles first, then at most this many GIN matches. A
# prefix of one or two letters is common enough to be found among the popular titles, and too costly to
# expand in GIN: it gets a longer walk and no GIN look-up.
SUGGEST_WALK = 400
SUGGEST_SHORT_WALK = 2000
SUGGEST_SHORT_PREFIX = 2
SUGGEST_CANDIDATES = 100


# Statements by the shape of their filters (a handful of combinations): built and parsed once, not per search.
@functools.cache
def candidates_statement(tables: str, conditions: str) -> TextClause:
    branches = by_tier(
        f"SELECT s.title_id, s.document FROM {tables} WHERE {conditions}",  # noqa: S608 - fixed fragments
        "s.document",
        "to_tsquery('vuga_search', :tsquery)",
    )
    return text(
        _CANDIDATES.format(source=tables, conditions=conditions, weights=RANK_WEIGHTS, text_branches=branches)
    )


@functools.cache
def _fuzzy_statement(tables: str, conditions: str) -> TextClause:
    return text(_FUZZY.format(source=tables, conditions=conditions))


@functools.cache
def _suggest_statement(conditions: str) -> TextClause:
    return text(_SUGGEST.format(conditions=conditions))


def _candidates(rows: Result[int, str, str, float, float | None]) -> list[Candidate]:
    return [
        Candidate(title_id, names, title, popularity, None if relevance is None else float(relevance))
        for title_id, title, names, popularity, relevance in rows
    ]


class PostgresSearch:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def candidates(
        self, query: SearchText, filters: SearchFilters, limits: Limits
    ) -> Sequence[Candidate]:
        tables, conditions, params = source(filters)
        normalized = " ".join(query.words)
        rows = await self.session.execute(
            candidates_statement(tables, conditions),
            params
            | {
                "tsquery": query.tsquery(),
                "normalized": normalized,
                "text_limit": limits.text,
                "exact_limit": limits.exact,
            },
        )
        found = _candidates(rows)
        if len(found) >= limits.fuzzy_below:
            return found
        fuzzy = await self.session.execute(
            _fuzzy_statement(tables, conditions),
            params | {"normalized": normalized, "fuzzy_limit": limits.fuzzy},
        )
        known = {candidate.title_id for candidate in found}
        return found + [candidate for candidate in _candidates(fuzzy) if candidate.title_id not in known]

    async def suggest(self, words: list[str], max_age: int | None, limit: int) -> Sequence[Suggestion]:
        conditions, params = title_conditions(SearchFilters(max_age=max_age))
        short = sum(len(word) for word in words) <= SUGGEST_SHORT_PREFIX
        rows = await self.session.execute(
            _suggest_statement(conditions),
            params
            | {
                "tsquery": prefix_tsquery(words),
                "limit": limit,
                "walk": SUGGEST_SHORT_WALK if short else SUGGEST_WALK,
                "look_further": not short,
                "candidates": SUGGEST_CANDIDATES,
            },
        )
        return [Suggestion(*row) for row in rows]

    async def reindex(self, batch_size: int, on_progress: Progress) -> int:
        done = await index_titles_in_batches(self.session, batch_size, on_progress, self._index_titles)
        await self.session.execute(text("SELECT search_refresh_people(ARRAY(SELECT id FROM people))"))
        await self.session.commit()
        return done

    async def _index_titles(self, ids: Sequence[int]) -> None:
        await self.session.execute(text("SELECT search_refresh_titles(:ids)"), {"ids": list(ids)})
