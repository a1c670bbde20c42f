"""The search index's tables differ by engine (a tsvector table on PostgreSQL, FTS5 virtual tables on SQLite),
so migration 0004 creates them and no model describes them: schema comparisons leave them out."""

from __future__ import annotations

SEARCH_TABLES = frozenset({"search_titles", "search_people", "search_title_trigrams"})


def is_search_index(name: str | None, type_: str) -> bool:
    """Whether a reflected table or index belongs to the search index."""
    if name is None:
        return False
    if type_ == "table":  # FTS5 keeps each virtual table's data in shadow tables named after it
        return name in SEARCH_TABLES or name.startswith(tuple(f"{table}_" for table in SEARCH_TABLES))
    return type_ == "index" and name.startswith(("ix_search_titles_", "ix_search_people_"))
