"""SQLite search: FTS5 tables (``unicode61 remove_diacritics 2``) for words and prefixes, a ``trigram``
FTS5 table over the names for typos. The tables and their triggers are in migration 0004.

FTS5 has no similarity operator, so typo candidates are the names sharing the most trigrams with the query
(an OR of its trigrams, ranked by bm25); the service then scores them the same way on both engines.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
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
from vuga.search.query import SearchText, prefix_fts5, trigrams

# bm25 column weights, in the table's column order: names, people, genres, synopsis.
BM25_WEIGHTS = "10.0, 4.0, 2.0, 1.0"
# bm25 grows without bound; b / (b + HALF) maps it onto 0..1 (a score of HALF gives 0.5).
HALF = 8.0

# One statement, as on PostgreSQL: the most popular matches; exact title matches when the cap was reached;
# trigram matches when full text found too little.
_CANDIDATES = """
WITH text_hits AS MATERIALIZED (
    SELECT t.id, -bm25(search_titles, {weights}) AS score
    FROM search_titles JOIN titles t ON t.id = search_titles.rowid
    WHERE search_titles MATCH :match AND {conditions}
    ORDER BY t.popularity DESC, t.id DESC
    LIMIT :text_limit
), exact_hits AS MATERIALIZED (
    SELECT t.id, -bm25(search_titles, {weights}) AS score
    FROM search_titles JOIN titles t ON t.id = search_titles.rowid
    WHERE (SELECT count(*) FROM text_hits) >= :text_limit AND search_titles MATCH :exact_match
      AND {conditions}
    LIMIT :exact_limit
), fuzzy_hits AS MATERIALIZED ({fuzzy}), found AS (
    SELECT * FROM text_hits UNION ALL SELECT * FROM exact_hits UNION ALL SELECT * FROM fuzzy_hits
)
SELECT t.id, t.title, t.title || ' ' || coalesce(t.original_title, '') AS names, t.popularity,
       max(found.score) AS score
FROM found JOIN titles t ON t.id = found.id
GROUP BY t.id
"""

_FUZZY = """
    SELECT t.id, NULL AS score
    FROM search_title_trigrams JOIN titles t ON t.id = search_title_trigrams.rowid
    WHERE (SELECT count(*) FROM text_hits) < :fuzzy_below AND search_title_trigrams MATCH :fuzzy_match
      AND {conditions}
    ORDER BY bm25(search_title_trigrams)
    LIMIT :fuzzy_limit"""

_NO_FUZZY = "SELECT NULL AS id, NULL AS score WHERE 0"

_SUGGEST_TITLES = """
SELECT t.id, t.title AS name, t.popularity
FROM search_titles JOIN titles t ON t.id = search_titles.rowid
WHERE search_titles MATCH :match AND {conditions}
ORDER BY t.popularity DESC, t.id DESC
LIMIT :limit
"""

_SUGGEST_PEOPLE = """
SELECT p.id, p.name
FROM search_people JOIN people p ON p.id = search_people.rowid
WHERE search_people MATCH :match
ORDER BY length(p.name), p.id
LIMIT :limit
"""


class SqliteSearch:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def candidates(
        self, query: SearchText, filters: SearchFilters, limits: Limits
    ) -> Sequence[Candidate]:
        conditions, params = title_conditions(filters)
        grams = sorted({gram for word in query.normalized.split() for gram in trigrams(word)})
        # The trigram tokenizer matches three-character strings; padded ends ("  g") are not among them.
        inner = [gram for gram in grams if " " not in gram]
        fuzzy = _FUZZY.format(conditions=conditions) if inner and limits.fuzzy_below > 0 else _NO_FUZZY
        statement = _CANDIDATES.format(conditions=conditions, weights=BM25_WEIGHTS, fuzzy=fuzzy)
        rows = await self.session.execute(
            text(statement),
            params
            | {
                "match": query.fts5(),
                "exact_match": '{names} : ^"' + " ".join(query.words) + '"',
                "fuzzy_match": " OR ".join(f'"{gram}"' for gram in inner),
                "text_limit": limits.text,
                "exact_limit": limits.exact,
                "fuzzy_limit": limits.fuzzy,
                "fuzzy_below": limits.fuzzy_below,
            },
        )
        return [
            self._candidate(row, None if row.score is None else row.score / (row.score + HALF))
            for row in rows
        ]

    @staticmethod
    def _candidate(row: Any, relevance: float | None) -> Candidate:
        return Candidate(
            title_id=row.id, title=row.title, names=row.names, popularity=row.popularity, relevance=relevance
        )

    async def suggest(self, words: list[str], max_age: int | None, limit: int) -> Sequence[Suggestion]:
        conditions, params = title_conditions(SearchFilters(max_age=max_age))
        expression = prefix_fts5(words)
        titles = await self.session.execute(
            text(_SUGGEST_TITLES.format(conditions=conditions)),
            params | {"match": f"{{names}} : ({expression})", "limit": limit},
        )
        people = await self.session.execute(text(_SUGGEST_PEOPLE), {"match": expression, "limit": limit})
        return [Suggestion("title", row.id, row.name, row.popularity) for row in titles] + [
            Suggestion("person", row.id, row.name, 0.0) for row in people
        ]

    async def reindex(self, batch_size: int, on_progress: Progress) -> int:
        for table in ("search_titles", "search_title_trigrams", "search_people"):
            await self.session.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - fixed table names
        done = await index_titles_in_batches(self.session, batch_size, on_progress, self._index_titles)
        await self.session.execute(
            text("INSERT INTO search_people (rowid, name) SELECT id, name FROM people")
        )
        await self.session.commit()
        return done

    async def _index_titles(self, ids: Sequence[int]) -> None:
        selected = {"ids": json.dumps(list(ids))}
        await self.session.execute(
            text(
                """
                INSERT INTO search_titles (rowid, names, people, genres, synopsis)
                SELECT t.id, t.title || ' ' || coalesce(t.original_title, ''),
                       coalesce((SELECT group_concat(p.name, ' ') FROM credits c
                                 JOIN people p ON p.id = c.person_id WHERE c.title_id = t.id), ''),
                       coalesce((SELECT group_concat(g.name, ' ') FROM title_genres tg
                                 JOIN genres g ON g.id = tg.genre_id WHERE tg.title_id = t.id), ''),
                       t.synopsis
                FROM titles t WHERE t.id IN (SELECT value FROM json_each(:ids)) AND t.is_published
                """
            ),
            selected,
        )
        await self.session.execute(
            text(
                """
                INSERT INTO search_title_trigrams (rowid, names)
                SELECT t.id, t.title || ' ' || coalesce(t.original_title, '')
                FROM titles t WHERE t.id IN (SELECT value FROM json_each(:ids)) AND t.is_published
                """
            ),
            selected,
        )
