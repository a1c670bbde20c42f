"""PostgreSQL search: a weighted tsvector per published title under GIN, pg_trgm for typos, prefix tsqueries
for type-ahead. The tables and the triggers that keep them current are in migration 0004.

One statement answers a search. Its candidate set is capped: ``limits.text`` full-text matches taken from the
most popular tier down (so a common word reads a few hundred rows, not a hundred thousand), plus exact title
matches of any popularity (so "Love" finds the film called Love even when thousands of titles mention love),
plus, only when full text found too little, the closest names by trigram word similarity.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.search.backends import Candidate, Limits, Progress, SearchFilters, Suggestion
from vuga.search.backends.filters import title_conditions
from vuga.search.query import SearchText, prefix_tsquery

# ts_rank's weights for the D, C, B and A parts: synopsis, genres, people, titles.
RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"

# Popularity tiers (migration 0004: "pop_9" holds the most popular titles), searched from the top down; the
# top ones hold few titles and are searched together (each branch costs a GIN scan even when it finds
# nothing: with the top tiers apart, searches were 10% slower at a million titles).
TIER_GROUPS = [
    "pop_9 | pop_8 | pop_7 | pop_6 | pop_5 | pop_4 | pop_3",
    "pop_2",
    "pop_1",
    *(f"pop_0{shard}" for shard in "abcd"),
]


def by_tier(select: str, vector: str, query: str) -> str:
    """``select`` once per popularity tier, most popular first, as one UNION ALL. Under a LIMIT, PostgreSQL
    runs the branches in order and stops as soon as it has enough rows, so a common word reads its matches
    among the popular titles only, each branch a GIN intersection of the words with one tier."""
    return "\nUNION ALL\n".join(
        f"{select} AND {vector} @@ ({query} && '{tiers}'::tsquery)" for tiers in TIER_GROUPS
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
), fuzzy AS MATERIALIZED ({fuzzy}), found AS (
    SELECT title_id, ts_rank('{weights}', document, to_tsquery('vuga_search', :tsquery)) AS relevance
    FROM (SELECT * FROM matched UNION SELECT * FROM exact) AS text_hits
    UNION ALL
    SELECT title_id, NULL FROM fuzzy
)
SELECT t.id, t.title, t.title || ' ' || coalesce(t.original_title, '') AS names, t.popularity,
       max(found.relevance) AS relevance
FROM found JOIN titles t ON t.id = found.title_id
GROUP BY t.id
"""

_FUZZY = """
    SELECT s.title_id FROM {source}
    WHERE (SELECT count(*) FROM matched) < :fuzzy_below
      AND vuga_search_normalize(:normalized) <% s.names AND {conditions}
    ORDER BY word_similarity(vuga_search_normalize(:normalized), s.names) DESC, s.title_id DESC
    LIMIT :fuzzy_limit"""

# Left out of the statement altogether when typo tolerance is off: even a branch that a one-time filter
# skips can be planned in parallel, and starting the workers costs more than the whole search.
_NO_FUZZY = "SELECT NULL::integer AS title_id WHERE false"

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


class PostgresSearch:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def candidates(
        self, query: SearchText, filters: SearchFilters, limits: Limits
    ) -> Sequence[Candidate]:
        tables, conditions, params = source(filters)
        branches = by_tier(
            f"SELECT s.title_id, s.document FROM {tables} WHERE {conditions}",  # noqa: S608 - fixed fragments
            "s.document",
            "to_tsquery('vuga_search', :tsquery)",
        )
        fuzzy = _FUZZY.format(source=tables, conditions=conditions) if limits.fuzzy_below > 0 else _NO_FUZZY
        statement = text(
            _CANDIDATES.format(
                source=tables,
                conditions=conditions,
                weights=RANK_WEIGHTS,
                text_branches=branches,
                fuzzy=fuzzy,
            )
        )
        rows = await self.session.execute(
            statement,
            params
            | {
                "tsquery": query.tsquery(),
                "normalized": " ".join(query.words),
                "text_limit": limits.text,
                "exact_limit": limits.exact,
                "fuzzy_limit": limits.fuzzy,
                "fuzzy_below": limits.fuzzy_below,
            },
        )
        return [
            Candidate(
                title_id=row.id,
                title=row.title,
                names=row.names,
                popularity=row.popularity,
                relevance=None if row.relevance is None else float(row.relevance),
            )
            for row in rows
        ]

    async def suggest(self, words: list[str], max_age: int | None, limit: int) -> Sequence[Suggestion]:
        conditions, params = title_conditions(SearchFilters(max_age=max_age))
        short = sum(len(word) for word in words) <= SUGGEST_SHORT_PREFIX
        rows = await self.session.execute(
            text(_SUGGEST.format(conditions=conditions)),
            params
            | {
                "tsquery": prefix_tsquery(words),
                "limit": limit,
                "walk": SUGGEST_SHORT_WALK if short else SUGGEST_WALK,
                "look_further": not short,
                "candidates": SUGGEST_CANDIDATES,
            },
        )
        return [Suggestion(row.kind, row.id, row.name, row.popularity) for row in rows]

    async def reindex(self, batch_size: int, on_progress: Progress) -> int:
        total = (await self.session.execute(text("SELECT count(*) FROM titles"))).scalar_one()
        done, last_id = 0, 0
        while True:
            ids = (
                (
                    await self.session.execute(
                        text("SELECT id FROM titles WHERE id > :after ORDER BY id LIMIT :size"),
                        {"after": last_id, "size": batch_size},
                    )
                )
                .scalars()
                .all()
            )
            if not ids:
                break
            await self.session.execute(text("SELECT search_refresh_titles(:ids)"), {"ids": list(ids)})
            await self.session.commit()
            done, last_id = done + len(ids), ids[-1]
            on_progress(done, total)
        await self.session.execute(text("SELECT search_refresh_people(ARRAY(SELECT id FROM people))"))
        await self.session.commit()
        return done
