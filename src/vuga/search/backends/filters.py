"""The catalog filters as SQL conditions on ``titles t``, the same text on both engines."""

from __future__ import annotations

from typing import Any

from vuga.search.backends import SearchFilters


def title_conditions(filters: SearchFilters) -> tuple[str, dict[str, Any]]:
    """``WHERE`` conditions (joined by AND; always at least "published") and their bound parameters."""
    conditions = ["t.is_published"]
    params: dict[str, Any] = {}
    if filters.kind is not None:
        conditions.append("t.kind = :kind")
        params["kind"] = filters.kind
    if filters.year_from is not None:
        conditions.append("t.release_year >= :year_from")
        params["year_from"] = filters.year_from
    if filters.year_to is not None:
        conditions.append("t.release_year <= :year_to")
        params["year_to"] = filters.year_to
    if filters.max_age is not None:
        conditions.append("t.maturity_age <= :max_age")
        params["max_age"] = filters.max_age
    if filters.language is not None:
        conditions.append("t.language_id = (SELECT l.id FROM languages l WHERE l.code = :language)")
        params["language"] = filters.language
    if filters.genre_id is not None:
        conditions.append(
            "EXISTS (SELECT 1 FROM title_genres tg WHERE tg.title_id = t.id AND tg.genre_id = :genre_id)"
        )
        params["genre_id"] = filters.genre_id
    elif filters.genre_slug is not None:
        conditions.append(
            "EXISTS (SELECT 1 FROM title_genres tg JOIN genres g ON g.id = tg.genre_id "
            "WHERE tg.title_id = t.id AND g.slug = :genre_slug)"
        )
        params["genre_slug"] = filters.genre_slug
    return " AND ".join(conditions), params
